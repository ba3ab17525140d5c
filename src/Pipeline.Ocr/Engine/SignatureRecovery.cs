using Pipeline.Ocr.Imaging;
using Pipeline.Text;

namespace Pipeline.Ocr.Engine;

/// <summary>
/// A second, sparse-text pass over the foot of a page whose signature block the layout pass skipped.
/// Tesseract's page layout analysis (PSM 3) treats a signature block under a round red stamp as a picture
/// and drops it whole (CV 3722/VPCP-CN: "KT. BỘ TRƯỞNG, CHỦ NHIỆM / PHÓ CHỦ NHIỆM / Phạm Mạnh Cường"
/// is missing even from the tesseract CLI's output). Sparse mode (PSM 11) reads text anywhere without a layout;
/// it runs only on pages with a "Nơi nhận" list and nothing in capitals to the right of it, so its cost
/// falls on few pages.
/// </summary>
internal static class SignatureRecovery
{
    private const int SparseText = 11;

    /// <summary>Line number given to recovered words, apart from every line of the layout pass.</summary>
    private const int RecoveredLine = 1_000_000;

    public static OcrPageResult Apply(OcrEngine engine, PreparedImage image, OcrPageResult raw)
    {
        var footTop = RecipientsTop(raw);
        if (footTop is null || HasSignerText(raw, footTop.Value)) return raw;

        var top = Math.Max(0, footTop.Value - raw.Height / 50);
        var left = raw.Width * 2 / 5;
        var sparse = engine.Recognize(image, SparseText, (left, top, raw.Width - left, raw.Height - top));
        var recovered = sparse.Words
            .Where(w => !raw.Words.Any(o => Overlaps(o, w)))
            .Select(w => w with { Line = RecoveredLine })
            .ToList();
        if (recovered.Count == 0) return raw;
        return raw with { Words = [.. raw.Words, .. recovered] };
    }

    /// <summary>The top of the "Nơi nhận" label, in pixels, or null when the page has none.</summary>
    internal static int? RecipientsTop(OcrPageResult raw)
    {
        for (var i = 0; i + 1 < raw.Words.Count; i++)
        {
            if (VnText.Fold(raw.Words[i].Text) != "noi") continue;
            if (VnText.Fold(raw.Words[i + 1].Text).TrimEnd(':').StartsWith("nhan", StringComparison.Ordinal)) return raw.Words[i].Top;
        }
        return null;
    }

    /// <summary>Capital words to the right of the middle, below the recipients label: the signer's block was read.</summary>
    private static bool HasSignerText(OcrPageResult raw, int footTop) =>
        raw.Words.Count(w => w.Top >= footTop - raw.Height / 50 && w.Left > raw.Width / 2 && w.Text.Count(char.IsLetter) >= 2 && VnText.IsUpper(w.Text, 2)) >= 2;

    private static bool Overlaps(OcrWord a, OcrWord b)
    {
        var x = Math.Min(a.Right, b.Right) - Math.Max(a.Left, b.Left);
        var y = Math.Min(a.Bottom, b.Bottom) - Math.Max(a.Top, b.Top);
        if (x <= 0 || y <= 0) return false;
        var smaller = Math.Min((a.Right - a.Left) * (a.Bottom - a.Top), (b.Right - b.Left) * (b.Bottom - b.Top));
        return smaller > 0 && (double)x * y / smaller > 0.3;
    }
}
