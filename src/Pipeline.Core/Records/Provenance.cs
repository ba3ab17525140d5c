using Pipeline.Roles;
using Pipeline.Sources;
using Pipeline.Text;

namespace Pipeline.Records;

/// <summary>
/// Where a value came from (added in 1.1, schema/provenance.fragment.json): the indices of the prepared lines
/// it was read from, and for sources with geometry one region per page, in page coordinates.
/// </summary>
public sealed record Provenance(IReadOnlyList<int> Lines, IReadOnlyList<Region> Regions)
{
    /// <summary>The lines' union per page; coordinates in the page's unit when the source knows its size.</summary>
    public static Provenance? From(IEnumerable<RoledLine> lines, IReadOnlyList<Page> pages)
    {
        var used = lines.Where(l => !l.Line.IsBlank).DistinctBy(l => l.Index).OrderBy(l => l.Index).ToList();
        if (used.Count == 0) return null;
        var regions = used.Where(l => l.Line.Box is not null)
            .GroupBy(l => l.Line.Page)
            .Select(g => Region.Of(g.Key, g.Select(l => l.Line.Box!.Value).Aggregate(Box.Union), pages.FirstOrDefault(p => p.Number == g.Key)?.Size))
            .ToList();
        return new Provenance(used.Select(l => l.Index).ToList(), regions);
    }

    /// <summary>The lines among <paramref name="lines"/> that print <paramref name="name"/> (folded), else all of them.</summary>
    public static IEnumerable<RoledLine> Naming(string name, IReadOnlyList<RoledLine> lines)
    {
        var key = VnText.Fold(name);
        var words = key.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var head = words.Length == 0 ? key : string.Join(' ', words.Take(Math.Min(3, words.Length)));
        var naming = lines.Where(l => VnText.Fold(l.Text).Contains(head, StringComparison.Ordinal)).ToList();
        return naming.Count > 0 ? naming : lines;
    }
}

/// <summary>
/// A rectangle on one page: x, y from the top-left corner. <c>unit</c> is "pt" (PDF points), "px" (image
/// pixels, with <c>dpi</c>) or "page" (fractions of the page, when the source gave no size).
/// </summary>
public sealed record Region(int Page, double X, double Y, double Width, double Height, string Unit, int? Dpi)
{
    public static Region Of(int page, Box box, PageExtent? size)
    {
        var (w, h, unit) = size is null ? (1.0, 1.0, "page") : (size.Width, size.Height, size.Unit);
        var digits = size is null ? 4 : 1;
        return new Region(page, Math.Round(box.X * w, digits), Math.Round(box.Y * h, digits),
            Math.Round(box.Width * w, digits), Math.Round(box.Height * h, digits), unit, size?.Dpi);
    }

}
