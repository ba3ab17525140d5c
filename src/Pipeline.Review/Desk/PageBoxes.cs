using System.Globalization;
using Pipeline.Records;
using Pipeline.Review.Storage;

namespace Pipeline.Review.Desk;

/// <summary>A box to draw over a page image, as percentages of the image, for the input it belongs to.</summary>
public sealed record PageBox(string For, int Page, double Left, double Top, double Width, double Height)
{
    public string Style => string.Create(CultureInfo.InvariantCulture, $"left:{Left:0.###}%;top:{Top:0.###}%;width:{Width:0.###}%;height:{Height:0.###}%");

    /// <summary>
    /// Places a provenance region on the stored image of its page: PDF points scaled by the dpi the page was
    /// rendered at, scan pixels by the ratio of dpis (1 when the image is the scan itself), fractions as they are.
    /// </summary>
    public static PageBox? On(string field, Region r, IReadOnlyList<PageInfo> pages)
    {
        var page = pages.FirstOrDefault(p => p.Number == r.Page);
        if (page is null || page.Width <= 0 || page.Height <= 0) return null;
        double sx, sy;
        switch (r.Unit)
        {
            case "page": sx = 100; sy = 100; break;
            case "pt" when page.Dpi is { } dpi: sx = sy = dpi / 72.0; sx *= 100.0 / page.Width; sy *= 100.0 / page.Height; break;
            case "px":
                var f = page.Dpi is { } rendered && r.Dpi is { } scanned ? (double)rendered / scanned : 1.0;
                sx = f * 100.0 / page.Width; sy = f * 100.0 / page.Height; break;
            default: return null;
        }
        // A little margin so the box frames the text instead of cutting through it.
        return new PageBox(field, r.Page, Math.Max(0, r.X * sx - 0.4), Math.Max(0, r.Y * sy - 0.3), r.Width * sx + 0.8, r.Height * sy + 0.6);
    }
}
