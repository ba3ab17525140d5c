using System.Text.RegularExpressions;

namespace Pipeline.Sources.Pdf;

/// <summary>
/// The block a Vietnamese digital-signing tool stamps on the page (chữ ký số): "Người ký: …",
/// "Ký bởi: …", "Email: …", "Cơ quan: …", "Thời gian ký: …". It is not part of the notice, and on a
/// signed scan it is the only text there is, so it must neither reach extraction nor count as a text layer.
/// The one pattern of the banner: the PDF text-layer reader and the OCR noise filter both use it. Labels are
/// matched with or without their marks and with ':' ';' or '.' after them, as OCR reads them.
/// </summary>
public static partial class SignatureBanner
{
    // Người ký = signer, Ký bởi = signed by, Cơ quan = agency, Thời gian ký / Ngày ký = signing time, Chức vụ = post.
    [GeneratedRegex(@"^\s*(ng[ưu][ờo]i\s*k[ýy]|k[ýy]\s*b[ởo]i|signed\s+by|e-?mail|c[ơo]\s*quan|th[ờo]i\s*gian\s*k[ýy]|ng[àa]y\s*k[ýy]|ch[ứu]c\s*v[ụu])\s*[:;.]",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Label();

    [GeneratedRegex(@"^\S+@\S+\.\S+$", RegexOptions.CultureInvariant)]
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

    [GeneratedRegex(@"^\s*(ng[ưu][ờo]i\s*k[ýy]|k[ýy]\s*b[ởo]i|signed\s+by|th[ờo]i\s*gian\s*k[ýy])\s*[:;.]", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SigningLabel();
}
