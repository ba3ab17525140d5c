using System.Collections.Immutable;

namespace Pipeline.Sources.Text;

/// <summary>
/// Reads .txt and .md inputs: typed transcriptions (markdown-flavoured, one paragraph per line) and
/// layout-preserving renderings (pdftotext -layout, hard-wrapped, columns as runs of spaces).
/// Form feeds separate pages.
/// </summary>
public sealed class TextFileReader : ISourceReader
{
    public bool CanRead(SourceFile file) => file.Extension is ".txt" or ".md" or ".markdown";

    public SourceDocument Read(SourceFile file, CancellationToken cancellationToken = default)
    {
        var text = TextDecoder.Decode(file.Bytes).Normalize(System.Text.NormalizationForm.FormC);
        if (text.Contains('\0')) throw new SourceException("the file holds binary data (NUL bytes), not text") { Code = "binary" };
        if (string.IsNullOrWhiteSpace(text)) throw new SourceException("the file holds no text") { Code = "empty" };

        text = text.Replace("\r\n", "\n").Replace('\r', '\n');
        var rawPages = text.Split('\f');
        var pages = ImmutableArray.CreateBuilder<Page>();
        for (var i = 0; i < rawPages.Length; i++)
        {
            var rawLines = rawPages[i].Split('\n');
            var number = i + 1;
            if (rawPages.Length > 1 && i == rawPages.Length - 1 && string.IsNullOrWhiteSpace(rawPages[i])) break;
            var laidOut = LayoutText.LooksLaidOut(rawLines);
            var lines = laidOut ? WithBlankRows(rawLines, number) : TypedLines(rawLines, number);
            pages.Add(new Page(number, lines.ToImmutableArray(), LineOrigin.Text) { Wrapped = laidOut });
        }
        var mediaType = file.Extension == ".txt" ? "text/plain" : "text/markdown";
        return new SourceDocument(file, mediaType, pages.ToImmutable(), []);
    }

    /// <summary>
    /// Segments a laid-out page, then puts back the blank rows that separate paragraphs and page breaks,
    /// which the geometry alone does not carry.
    /// </summary>
    private static List<Line> WithBlankRows(IReadOnlyList<string> rawLines, int page)
    {
        var arranged = LayoutText.Segment(rawLines, page);
        var rows = Math.Max(rawLines.Count, 1);
        var output = new List<Line>();
        Line? previous = null;
        foreach (var line in arranged)
        {
            if (previous?.Box is { } p && line.Box is { } b && line.Column == previous.Column)
            {
                var gapRows = (int)Math.Round((b.Y - p.Bottom) * rows);
                for (var g = 0; g < Math.Min(gapRows, 3); g++) output.Add(new Line("", page, Column: line.Column));
            }
            output.Add(line);
            previous = line;
        }
        return output;
    }

    private static List<Line> TypedLines(IReadOnlyList<string> rawLines, int page)
    {
        var lines = new List<Line>();
        foreach (var raw in rawLines)
        {
            if (MarkdownCleaner.IsTableSeparator(raw)) continue;
            var cells = MarkdownCleaner.TableCells(raw);
            if (cells is { Count: >= 2 })
            {
                // A table row that holds a two-column block: left cell, then right cell.
                var nonEmpty = cells.Where(c => c.Length > 0).ToList();
                for (var c = 0; c < cells.Count; c++)
                {
                    var side = nonEmpty.Count >= 2 ? (c == 0 ? Column.Left : Column.Right) : Column.Full;
                    foreach (var part in SplitBreaks(cells[c]))
                    {
                        var cleaned = MarkdownCleaner.Clean(part);
                        if (cleaned.Text.Length > 0) lines.Add(new Line(cleaned.Text, page, Column: side, Bold: cleaned.Bold));
                    }
                }
                continue;
            }
            var parts = SplitBreaks(raw);
            foreach (var part in parts)
            {
                var cleaned = MarkdownCleaner.Clean(part);
                var indent = part.Length - part.TrimStart().Length;
                if (cleaned.Text.Length == 0 && parts.Count > 1) continue;
                lines.Add(new Line(cleaned.Text, page, Bold: cleaned.Bold, Indent: indent));
            }
        }
        return lines;
    }

    private static IReadOnlyList<string> SplitBreaks(string raw) =>
        raw.Split(["<br>", "<br/>", "<br />", "<BR>"], StringSplitOptions.None);
}
