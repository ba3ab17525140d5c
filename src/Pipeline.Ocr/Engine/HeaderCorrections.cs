using System.Text.RegularExpressions;

namespace Pipeline.Ocr.Engine;

/// <summary>
/// A few corrections for misreadings Tesseract makes again and again on the fixed words of a notice's header,
/// where extraction relies on them. Deliberately narrow: only these patterns, never general spelling.
/// </summary>
public static partial class HeaderCorrections
{
    public static string Apply(string line)
    {
        // "Số:" before the document number is read "S6,", "Só:", "Sô:" (the hook and dot of ố are small), or "số:" (KH-173).
        if (line.Length < 48) line = NumberLabel().Replace(line, "Số: ");
        // Capital Ế loses its circumflex: "QUYÉT ĐỊNH" (decision), "KÉT LUẬN"...
        return line.Replace("QUYÉT", "QUYẾT", StringComparison.Ordinal);
    }

    [GeneratedRegex("^" + Pipeline.Roles.LinePatterns.NumberWord + @"\s*[,.:;]?\s*(?=\d[\d\s]*/|/)", RegexOptions.CultureInvariant)]
    private static partial Regex NumberLabel();
}
