using System.Collections.Immutable;
using Pipeline.Sources;
using Pipeline.Text;

namespace Pipeline.Lines;

/// <summary>The line stage: one reading-order list of lines, page furniture and footnotes taken out.</summary>
public static class LinePreparer
{
    public static PreparedDocument Prepare(SourceDocument source)
    {
        var wrapped = source.Pages.Any(p => p.Wrapped);
        var lines = new List<Line>();
        // Where a printed page number was taken out: the page ends there even when the rendering lost its form feed
        // (pdftotext text copied through a viewer), so a footnote printed above it ends there too.
        var pageNumberBreaks = new HashSet<int>();
        var running = RunningHeader.Find(source.Pages);
        foreach (var page in source.Pages)
        {
            foreach (var line in GapBreaks.Insert(page))
            {
                if (PageFurniture.IsPageNumber(line)) pageNumberBreaks.Add(lines.Count);
                if (PageFurniture.Is(line) || running.Count > 0 && running.Contains(RunningHeader.Key(line.Text))) continue;
                lines.Add(line with { Text = VnText.PrintedLetters(line.Text) });
            }
            if (lines.Count > 0 && lines[^1].Text.Length > 0) lines.Add(new Line("", page.Number));
        }
        var (body, notes, markers) = FootnoteSeparator.Separate(lines, wrapped, pageNumberBreaks);
        return new PreparedDocument(source, body.ToImmutableArray(), notes.ToImmutableArray(), markers.ToImmutableHashSet(), wrapped);
    }
}
