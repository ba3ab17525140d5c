using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Pipeline.Sources.Word;

/// <summary>
/// Footnotes (chú thích) are appended after the body as lines "[n] text", n counting the references
/// in body order as Word numbers them. The reference marks themselves are dropped from the body text,
/// so no stray digit sticks to the word it annotates.
/// </summary>
internal static class WordFootnotes
{
    public static List<string> Read(MainDocumentPart main, WordStyles styles)
    {
        var notes = main.FootnotesPart?.Footnotes?.Elements<Footnote>()
            .Where(f => f.Id?.Value is { } id && id > 0 && f.Type is null)
            .ToDictionary(f => f.Id!.Value!, f => f) ?? [];
        if (notes.Count == 0) return [];

        var referenced = main.Document?.Body?.Descendants<FootnoteReference>()
            .Select(r => r.Id?.Value).OfType<long>().Distinct().ToList() ?? [];
        var lines = new List<string>();
        var number = 0;
        foreach (var id in referenced)
        {
            if (!notes.TryGetValue(id, out var note)) continue;
            number++;
            var text = string.Join(' ', note.Elements<Paragraph>()
                .SelectMany(p => ParagraphText.Read(p, styles)).Select(p => p.Text).Where(t => t.Length > 0));
            if (text.Length > 0) lines.Add($"[{number}] {text}");
        }
        return lines;
    }
}
