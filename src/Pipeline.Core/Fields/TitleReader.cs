using System.Text.RegularExpressions;
using Pipeline.Roles;
using Pipeline.Text;

namespace Pipeline.Fields;

/// <summary>Trích yếu: the title lines joined; for a công văn the text after "V/v".</summary>
public static partial class TitleReader
{
    public static string? Read(RoledDocument doc)
    {
        var parts = new List<string>();
        if (doc.First(LineRole.DocType) is { } typeLine && typeLine.DocType is { Remainder.Length: > 0 } word)
            parts.Add(word.Remainder);
        parts.AddRange(doc.WithRole(LineRole.Title).Select(l => l.Text.Trim('*', ' ')));
        if (parts.Count == 0) return null;
        var title = VnText.Squash(string.Join(' ', parts));
        title = Subject().Replace(title, "");
        return title.Length == 0 ? null : title;
    }

    [GeneratedRegex(@"^[Vv]\s*/\s*[Vv]\s*[:.]?\s*")] private static partial Regex Subject();
}
