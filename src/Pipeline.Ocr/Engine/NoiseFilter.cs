using System.Text.RegularExpressions;

namespace Pipeline.Ocr.Engine;

/// <summary>
/// Keeps stamps, handwriting and the digital-signature banner out of the lines. Two simple rules:
/// (1) a word Tesseract is very unsure of and that holds no letter or digit, or that it is almost
/// certainly wrong about, is dropped — red seals and signatures come out as such fragments;
/// (2) a line of the e-signature banner ("Ký bởi:", "Người ký:", "Email:", "Cơ quan:", "Thời gian ký:")
/// is dropped: it is added by the signing software, not part of the notice.
/// </summary>
public sealed partial record NoiseFilter
{
    /// <summary>Words below this confidence (0..100) are dropped whatever they contain.</summary>
    public float DropBelow { get; init; } = 20;

    /// <summary>Words below this confidence are dropped when they contain no letter or digit.</summary>
    public float DropSymbolsBelow { get; init; } = 60;

    public bool DropSignatureBanner { get; init; } = true;

    public static NoiseFilter Default { get; } = new();

    /// <summary>Keeps everything: used to measure what the filter buys.</summary>
    public static NoiseFilter None { get; } = new() { DropBelow = 0, DropSymbolsBelow = 0, DropSignatureBanner = false };

    public bool KeepWord(OcrWord word)
    {
        if (word.Confidence < DropBelow) return false;
        if (word.Confidence < DropSymbolsBelow && !word.Text.Any(char.IsLetterOrDigit)) return false;
        return true;
    }

    public bool IsSignatureBanner(string line) => DropSignatureBanner && BannerLine().IsMatch(line);

    // Banner labels (Ký bởi = signed by, Người ký = signer, Cơ quan = agency, Thời gian ký = signing time), or a bare e-mail.
    [GeneratedRegex(@"^\s*(K[ýy]\s*b[ởo]i|Ng[ưu][ờo]i\s*k[ýy]|Email|E-mail|C[ơo]\s*quan|Th[ờo]i\s*gian\s*k[ýy])\s*[:;.]|^\S+@\S+\.\S+$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex BannerLine();
}
