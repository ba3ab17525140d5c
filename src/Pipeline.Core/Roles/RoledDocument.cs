using System.Collections.Immutable;
using Pipeline.Lines;

namespace Pipeline.Roles;

/// <summary>The output of the role stage: every line of the prepared document with its role.</summary>
public sealed record RoledDocument(PreparedDocument Prepared, ImmutableArray<RoledLine> Lines)
{
    public IEnumerable<RoledLine> WithRole(LineRole role) => Lines.Where(l => l.Role == role);
    public RoledLine? First(LineRole role) => Lines.FirstOrDefault(l => l.Role == role);

    /// <summary>A role of the body's text: running text, a section heading or an item (what tasks are read from).</summary>
    public static bool IsBodyText(LineRole role) => role is LineRole.Body or LineRole.ListItem or LineRole.SectionHeading;

    /// <summary>The texts of the body's lines in reading order (<see cref="IsBodyText"/>).</summary>
    public IEnumerable<string> BodyTexts() => Lines.Where(l => IsBodyText(l.Role)).Select(l => l.Text);

    /// <summary>The first line with the role and the lines right after it that share it (a line OCR broke in two).</summary>
    public IReadOnlyList<RoledLine> FirstRun(LineRole role)
    {
        var start = 0;
        while (start < Lines.Length && Lines[start].Role != role) start++;
        if (start == Lines.Length) return [];
        var end = start;
        while (end + 1 < Lines.Length && Lines[end + 1].Role == role) end++;
        return Lines[start..(end + 1)];
    }
}
