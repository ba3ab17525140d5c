using Pipeline.Sources;

namespace Pipeline.Lines;

/// <summary>
/// Puts paragraph breaks into pages read from geometry (PDF text layers, OCR), which have no blank lines:
/// a vertical gap clearly wider than the page's usual line spacing is where a title ends or a block starts,
/// as a blank line is in typed text.
/// </summary>
public static class GapBreaks
{
    /// <summary>A gap larger than this many median line heights counts as a break.</summary>
    private const double BreakFactor = 0.9;

    public static IReadOnlyList<Line> Insert(Page page)
    {
        if (page.Origin == LineOrigin.Text || page.Lines.Length < 3) return page.Lines;
        var heights = page.Lines.Where(l => l.Box is not null).Select(l => l.Box!.Value.Height).OrderBy(h => h).ToList();
        if (heights.Count < 3) return page.Lines;
        var median = heights[heights.Count / 2];

        var output = new List<Line>(page.Lines.Length + 8);
        Line? previous = null;
        foreach (var line in page.Lines)
        {
            if (previous?.Box is { } p && line.Box is { } b && line.Column == previous.Column && !line.IsBlank && !previous.IsBlank)
            {
                var gap = b.Y - p.Bottom;
                if (gap > BreakFactor * median) output.Add(new Line("", page.Number, Column: line.Column));
            }
            output.Add(line);
            if (!line.IsBlank) previous = line;
        }
        return output;
    }
}
