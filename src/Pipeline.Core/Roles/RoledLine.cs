using Pipeline.Sources;

namespace Pipeline.Roles;

/// <summary>A line with the role given to it and how sure the classifier is.</summary>
public sealed record RoledLine(int Index, Line Line, LineRole Role, double Confidence = 1.0)
{
    public string Text => Line.Text;
}
