using Pipeline.Sources;
using Pipeline.Text;

namespace Pipeline.Lines;

/// <summary>
/// A running head or foot printed on many pages: the gazette's "CÔNG BÁO/Số 677 + 678/Ngày 24-4-2023", a
/// portal's print header. It belongs to the page, not to the text, and left in place it splits a clause that
/// runs over the page break. A line counts when the same text stands among the first or last lines of at least
/// a third of the pages, and of three at least; a line printed once in the text never does.
/// </summary>
public static class RunningHeader
{
    private const int EdgeLines = 3;
    private const int MinPages = 3;

    public static IReadOnlySet<string> Find(IReadOnlyList<Page> pages)
    {
        if (pages.Count < MinPages) return BesidePageNumbers(pages);
        var pagesWith = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var page in pages)
        {
            var filled = page.Lines.Where(l => !string.IsNullOrWhiteSpace(l.Text)).ToList();
            var edges = filled.Take(EdgeLines).Concat(filled.Skip(Math.Max(EdgeLines, filled.Count - EdgeLines)));
            foreach (var key in edges.Select(l => Key(l.Text)).Where(k => k.Length > 0).Distinct())
                pagesWith[key] = pagesWith.GetValueOrDefault(key) + 1;
        }
        var needed = Math.Max(MinPages, (pages.Count + 2) / 3);
        return pagesWith.Where(p => p.Value >= needed).Select(p => p.Key).ToHashSet(StringComparer.Ordinal);
    }

    /// <summary>
    /// A text layer saved without its page breaks (one page, no form feeds) still prints the head at every break, next
    /// to the page number ("CÔNG BÁO/Số 302/Ngày 02-06-2026" over "71"): a line standing right beside a page number
    /// (<see cref="PageFurniture"/>) at least three times is the head. Text that merely follows a break differs from
    /// page to page and never repeats there.
    /// </summary>
    private static HashSet<string> BesidePageNumbers(IReadOnlyList<Page> pages)
    {
        var besideNumber = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var page in pages)
        {
            // Each printed line counts once, however many numbers it stands beside.
            var beside = new SortedSet<int>();
            for (var i = 0; i < page.Lines.Length; i++)
                if (PageFurniture.Is(page.Lines[i]))
                    foreach (var k in new[] { i - 1, i + 1 })
                        if (k >= 0 && k < page.Lines.Length && !PageFurniture.Is(page.Lines[k])) beside.Add(k);
            foreach (var key in beside.Select(k => Key(page.Lines[k].Text)).Where(k => k.Length > 0))
                besideNumber[key] = besideNumber.GetValueOrDefault(key) + 1;
        }
        return besideNumber.Where(p => p.Value >= MinPages).Select(p => p.Key).ToHashSet(StringComparer.Ordinal);
    }

    public static string Key(string text) => VnText.Squash(text.Normalize(System.Text.NormalizationForm.FormC));
}
