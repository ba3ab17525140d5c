using Pipeline.Roles;
using Pipeline.Text;

namespace Pipeline.Fields;

/// <summary>Trích yếu: the title lines joined; for a công văn the text after "V/v".</summary>
public sealed class TitleReader : IFieldReader
{
    public DocumentFields Read(RoledDocument doc, DocumentFields fields, ICollection<string> warnings)
    {
        var title = Read(doc);
        if (title is null) warnings.Add("title not found");
        return fields with { Title = title };
    }

    public static string? Read(RoledDocument doc)
    {
        var parts = new List<string>();
        if (doc.First(LineRole.DocType) is { } typeLine && typeLine.DocType is { Remainder.Length: > 0 } word)
            parts.Add(word.Remainder);
        parts.AddRange(doc.WithRole(LineRole.Title).Select(l => l.Content ?? l.Text.Trim('*', ' ')));
        if (parts.Count == 0) return null;
        var title = VnText.Squash(string.Join(' ', parts));
        return title.Length == 0 ? null : title;
    }
}
