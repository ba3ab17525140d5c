using System.Text.RegularExpressions;

namespace Pipeline.Ocr.Engine;

/// <summary>
/// A few corrections for misreadings Tesseract makes again and again on the fixed words of a notice's header
/// and foot, where extraction relies on them. Deliberately narrow: only these patterns, never general spelling.
/// </summary>
public static partial class HeaderCorrections
{
    public static string Apply(string line)
    {
        // "Số:" before the document number is read "S6,", "Só:", "Sô:" (the hook and dot of ố are small), or "số:" (KH-173).
        if (line.Length < 48) line = NumberLabel().Replace(line, "Số: ");
        // The archive line lists the copies kept after "Lưu:", comma-separated, the first always VT (văn thư, Nghị định
        // 30/2020); the small comma after VT is lost on a deskewed 200 dpi page ("-Lưu: VT KT.", QĐ-2336).
        line = ArchiveAfterRecords().Replace(line, "$1, ");
        // Capital Ế loses its circumflex: "QUYÉT ĐỊNH" (decision), "KÉT LUẬN"...
        return line.Replace("QUYÉT", "QUYẾT", StringComparison.Ordinal);
    }

    // "Lưu: VT" then a space and the next copy's capital: the comma between them was not read.
    [GeneratedRegex(@"^(\W{0,2}L[ưu]u\s*:\s*VT)\s+(?=\p{Lu})", RegexOptions.CultureInvariant)]
    private static partial Regex ArchiveAfterRecords();

    [GeneratedRegex("^" + Pipeline.Roles.LinePatterns.NumberWord + @"\s*[,.:;]?\s*(?=\d[\d\s]*/|/)", RegexOptions.CultureInvariant)]
    private static partial Regex NumberLabel();
}
