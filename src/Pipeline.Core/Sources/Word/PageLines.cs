using System.Collections.Immutable;

namespace Pipeline.Sources.Word;

/// <summary>
/// Collects lines page by page. Word records a page break twice over (the explicit break, then the
/// lastRenderedPageBreak where the next page starts), so a break with nothing written since the previous
/// one is the same break and does not open another page. Consecutive blank lines collapse into one.
/// </summary>
internal sealed class PageLines
{
    private readonly List<List<Line>> _pages = [[]];
    private bool _written;

    public int Number => _pages.Count;

    public void Break()
    {
        if (!_written) return;
        _pages.Add([]);
        _written = false;
    }

    public void Add(string text, Column column, bool bold)
    {
        // Runs of empty paragraphs (spacing, the signature's blank space) are one paragraph break.
        var page = _pages[^1];
        if (text.Length == 0 && (page.Count == 0 || page[^1].IsBlank)) return;
        _pages[^1].Add(new Line(text, Number, null, column, null, bold));
        if (text.Length > 0) _written = true;
    }

    public ImmutableArray<Page> ToPages() =>
        [.. _pages.Select((lines, i) => new Page(i + 1, [.. lines], LineOrigin.Text))
            .Where(p => p.Lines.Length > 0 || p.Number == 1)];
}
