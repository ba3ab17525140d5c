using System.Text.RegularExpressions;

namespace Pipeline.Sources.Pdf;

/// <summary>
/// The block a Vietnamese digital-signing tool stamps on the page (chữ ký số): "Người ký: …",
/// "Ký bởi: …", "Email: …", "Cơ quan: …", "Thời gian ký: …". It is not part of the notice, and on a
/// signed scan it is the only text there is, so it must neither reach extraction nor count as a text layer.
/// </summary>
internal static partial class SignatureBanner
{
    [GeneratedRegex(@"^\s*(người\s+ký|ký\s+bởi|signed\s+by|e-?mail|cơ\s+quan|thời\s+gian\s+ký|ngày\s+ký|chức\s+vụ)\s*:",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Label();

    [GeneratedRegex(@"^[\w.+-]+@[\w-]+(\.[\w-]+)+$", RegexOptions.CultureInvariant)]
    private static partial Regex EmailOnly();

    [GeneratedRegex(@"^\d{1,2}[./]\d{1,2}[./]\d{4}\s+\d{1,2}:\d{2}(:\d{2})?(\s*[+-]\d{2}:?\d{2})?$", RegexOptions.CultureInvariant)]
    private static partial Regex TimestampOnly();

    /// <summary>True for a line that belongs to a signature stamp.</summary>
    public static bool IsBannerLine(string text)
    {
        var t = text.Normalize(System.Text.NormalizationForm.FormC).Trim();
        return Label().IsMatch(t) || EmailOnly().IsMatch(t) || TimestampOnly().IsMatch(t);
    }

    /// <summary>
    /// Drops banner lines. "Cơ quan:" and "Email:" can begin a real sentence of a notice, so they only
    /// count when a signing label ("Ký bởi", "Người ký", "Thời gian ký") is on the page too.
    /// </summary>
    public static List<Line> Remove(IReadOnlyList<Line> lines)
    {
        var signed = lines.Any(l => SigningLabel().IsMatch(l.Text.Normalize(System.Text.NormalizationForm.FormC)));
        if (!signed) return lines.ToList();
        return lines.Where(l => !IsBannerLine(l.Text)).ToList();
    }

    [GeneratedRegex(@"^\s*(người\s+ký|ký\s+bởi|signed\s+by|thời\s+gian\s+ký)\s*:", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SigningLabel();
}
