using System.Text.RegularExpressions;

namespace Pipeline.Ocr.Engine;

/// <summary>
/// Keeps stamps, handwriting and the digital-signature banner out of the lines. Two simple rules:
/// (1) a word Tesseract is very unsure of and that holds no letter or digit, or that it is almost
/// certainly wrong about, is dropped — red seals and signatures come out as such fragments;
/// (2) a line segment with no letter or digit, or whose mean confidence is low, is dropped: handwritten numbers, page marks and the
/// "ĐẾN / Giờ / Ngày" received-stamp come out as short low-confidence segments that would otherwise be
/// ordered among the header lines;
/// (3) lines of the incoming-document stamp ("CỔNG THÔNG TIN ĐIỆN TỬ CHÍNH PHỦ / ĐẾN / Giờ… Ngày… / Chuyển… / Số và ký hiệu HS…")
/// that the receiving office stamps over the header;
/// (4) a line of the e-signature banner ("Ký bởi:", "Người ký:", "Email:", "Cơ quan:", "Thời gian ký:")
/// is dropped: it is added by the signing software, not part of the notice.
/// </summary>
public sealed partial record NoiseFilter
{
    /// <summary>Words below this confidence (0..100) are dropped whatever they contain.</summary>
    public float DropBelow { get; init; } = 20;

    /// <summary>Words below this confidence are dropped when they contain no letter or digit.</summary>
    public float DropSymbolsBelow { get; init; } = 60;

    /// <summary>Line segments without any letter or digit (stray strokes, brackets of a handwritten mark) are dropped.</summary>
    public bool DropSymbolOnlyLines { get; init; } = true;

    /// <summary>Line segments whose mean word confidence (0..100) is below this are dropped.</summary>
    public float DropLinesBelow { get; init; } = 50;

    public bool DropSignatureBanner { get; init; } = true;

    /// <summary>Drops the received-stamp lines (dấu "ĐẾN") stamped next to the number.</summary>
    public bool DropReceivedStamp { get; init; } = true;

    public static NoiseFilter Default { get; } = new();

    /// <summary>Keeps everything: used to measure what the filter buys.</summary>
    public static NoiseFilter None { get; } = new() { DropBelow = 0, DropSymbolsBelow = 0, DropSymbolOnlyLines = false, DropLinesBelow = 0, DropSignatureBanner = false, DropReceivedStamp = false };

    public bool KeepWord(OcrWord word)
    {
        if (word.Confidence < DropBelow) return false;
        if (word.Confidence < DropSymbolsBelow && !word.Text.Any(char.IsLetterOrDigit)) return false;
        return true;
    }

    public bool IsSignatureBanner(string line) => DropSignatureBanner && Pipeline.Sources.Pdf.SignatureBanner.IsBannerLine(line);

    /// <summary>True when an assembled segment should be kept (confidence in [0,1] as on <see cref="Pipeline.Sources.Line"/>).</summary>
    public bool KeepLine(Pipeline.Sources.Line line) =>
        (!DropSymbolOnlyLines || line.Text.Any(char.IsLetterOrDigit)) && !IsSignatureBanner(line.Text) && !IsReceivedStamp(line.Text)
        && (line.Confidence is null || line.Confidence.Value * 100 >= DropLinesBelow);

    public bool IsReceivedStamp(string line) => DropReceivedStamp && ReceivedStampLine().IsMatch(line.Trim());

    // The stamp's upper-case portal name (its first word often misread, "TIN" sometimes lost), "ĐẾN" with a stray fragment, and the
    // dotted fill-in lines of the stamp Nghị định 30/2020 prescribes: "Giờ: …", "Ngày: …", "Chuyển: …" (forwarded to),
    // "Số và ký hiệu HS: …" (file number), "Lưu hồ sơ số: …". A label followed by a run of dots is a blank form field,
    // never running text. Upper case only for the portal name: body text writes "Cổng Thông tin điện tử Chính phủ".
    [GeneratedRegex(@"^\W{0,3}((\S{2,5}\s+)?TH[ÔO]NG\s+(T[IÍÌ]N\s+)?)?ĐI[ỆE]N\s+T\S{1,2}\s+CH[ÍI]NH\s+PH\S{1,2}\W{0,3}$|^ĐẾN(\s+\S{1,4})?$|^(Gi[ờo]?|Ng[àa]y)\S{0,2}[.:…,]{0,3}.{0,30}[.…]{4,}|^(Chuy\S{1,2}n|S\S{0,2}\s*v[àa]\s*k\S{0,2}\s*hi\S{0,2}u(\s*\S{1,3})?|L[ưu]u\s*h\S{0,2}\s*s\S{0,2}(\s*s\S{0,2})?)\s*[.:…,]{0,3}.{0,8}[.…]{4,}",
        RegexOptions.CultureInvariant)]
    private static partial Regex ReceivedStampLine();
}
