using System.Text.RegularExpressions;

namespace Pipeline.Ocr.Language;

/// <summary>
/// Typographic clean-up of recognised lines, before the language model: the forms the pipeline's rules and users
/// expect, whatever glyph the scan used or Tesseract read.
/// <list type="bullet">
/// <item>curly quotes as straight ones (“…” → "…", ‘…’ → '…');</item>
/// <item>a dash between spaces as a hyphen ("2026 — 2031", "Độc lập – Tự do");</item>
/// <item>no space before a closing mark (". , ; :") after a word, and a space after a comma glued between two
/// capitals, as in the code lists of the archive line and the recipients ("Lưu: VT,KT." → "Lưu: VT, KT.": the
/// form prints one; between digits, "1,2,3", it is left; running text is left as read);</item>
/// <item>the symbol of a document number kept whole ("18/2025/TT- BCT" → "18/2025/TT-BCT"), without a stray dot
/// before its slash ("445. /NQ-CP" → "445 /NQ-CP": a handwritten number's tail read as a dot);</item>
/// <item>a date word glued to its number split ("ngày23" → "ngày 23"), and in a place-date line (", ngày … tháng") a
/// date word glued to what was read of a handwritten slot ("thángỹ:" → "tháng ỹ:", CV-6078): no syllable begins with
/// "ngày" or "tháng" and goes on, and the line's fixed words are what the extractor finds the place and date by;</item>
/// <item>in the number after a date word, a stroke read as "|", "l" or "I" beside a digit is the digit 1 ("ngày 3|" →
/// "ngày 31", ND-155; "ngày l6" → "ngày 16", QĐ-2336): a day, month or year is digits only;</item>
/// <item>a bar standing alone at the start or the end of a line, beside a word ("| BỘ TƯ PHÁP", TB-1135): the edge
/// of a frame or of a screenshot's window read as a glyph. No word of a notice is a lone "|"; a bar beside a number
/// (a table row's rule) is left, so the columns of a table stay apart.</item>
/// </list>
/// </summary>
public static partial class Typography
{
    public static string Apply(string line)
    {
        line = EdgeBar().Replace(line, "");
        line = line.Replace('“', '"').Replace('”', '"').Replace('„', '"').Replace('‘', '\'').Replace('’', '\'');
        line = SpacedDash().Replace(line, " - ");
        line = SpaceBeforeMark().Replace(line, "");
        line = GluedComma().Replace(line, ", ");
        line = BrokenSymbol().Replace(line, "$1-$2");
        line = DotBeforeSymbol().Replace(line, "$1$2");
        line = GluedDateWord().Replace(line, "$1 $2");
        if (PlaceDateStart().IsMatch(line)) line = GluedDateSlot().Replace(line, "$1 ");
        return StrokeInDateNumber().Replace(line, m => m.Value.Replace('|', '1').Replace('l', '1').Replace('I', '1'));
    }

    [GeneratedRegex(@"^\|\s+(?=\p{L})|(?<=\p{L}[.,;:]?)\s+\|$")]
    private static partial Regex EdgeBar();

    [GeneratedRegex(@" [—–] ")]
    private static partial Regex SpacedDash();

    [GeneratedRegex(@"(?<=[\p{L}\p{N}]) +(?=[.,;:](\s|$))")]
    private static partial Regex SpaceBeforeMark();

    [GeneratedRegex(@"(?<=\p{Lu}),(?=\p{Lu})")]
    private static partial Regex GluedComma();

    // "số/năm/LOẠI-CƠQUAN": the part after the hyphen is upper case.
    [GeneratedRegex(@"(\d+/(?:\d{4}/)?[\p{Lu}\p{L}]*\p{Lu}[\p{L}]*)- +(\p{Lu})")]
    private static partial Regex BrokenSymbol();

    [GeneratedRegex(@"(\d)\.(\s*/\p{Lu})")]
    private static partial Regex DotBeforeSymbol();

    [GeneratedRegex(@"\b(ngày|tháng|năm)(\d)", RegexOptions.IgnoreCase)]
    private static partial Regex GluedDateWord();

    [GeneratedRegex(@",\s*ngày.{0,16}tháng", RegexOptions.IgnoreCase)]
    private static partial Regex PlaceDateStart();

    [GeneratedRegex(@"\b(ngày|tháng)(?=\p{L})", RegexOptions.IgnoreCase)]
    private static partial Regex GluedDateSlot();

    // 2–4 characters of digits and strokes, at least one digit, right after a date word and ending the token.
    [GeneratedRegex(@"(?<=\b(?:[Nn]gày|NGÀY|[Tt]háng|THÁNG|[Nn]ăm|NĂM)\s+)(?=[lI|]*\d)[\dlI|]{2,4}(?![\p{L}\d|])")]
    private static partial Regex StrokeInDateNumber();
}
