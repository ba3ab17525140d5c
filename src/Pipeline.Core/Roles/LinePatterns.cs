using System.Text.RegularExpressions;
using Pipeline.Text;

namespace Pipeline.Roles;

/// <summary>
/// Recognisers for the fixed-form lines of a notice that need no vocabulary (those that do are <see cref="LineRecognizer"/>). They match on the tone key or the folded text so that
/// OCR damage to diacritics ("Sô:", "ngay") and typos ("Lưư") still match.
/// </summary>
public static partial class LinePatterns
{
    // The header's "Số" is capitalised; a body line wrapped before "số 52/TTr-NHNN ngày …" is not a reference.
    public static bool IsReference(string text) => text.TrimStart('*', ' ').StartsWith('S') && ReferenceLine().IsMatch(VnText.Fold(text));

    public static bool IsPlaceDate(string text) => PlaceDateLine().IsMatch(VnText.Fold(text));

    /// <summary>
    /// "Hà Nội," or "Hà Nội, ngày" on one line and "tháng … năm 2026" on the next: one place-date line OCR broke; or
    /// "Hà Nội, ngày 02 tháng" and "5 năm 2024", where a converter closed the line's italics before the month and
    /// opened them again ("*Hà Nội, ngày 02 tháng* *5 năm 2024*").
    /// </summary>
    public static bool IsSplitPlaceDate(string first, string next)
    {
        if (first.Length >= 40 || next.Length >= 40) return false;
        var start = VnText.Fold(first).TrimEnd('*', ' ');
        if (!SplitPlaceDateStart().IsMatch(start)) return false;
        var rest = VnText.Fold(next);
        return SplitPlaceDateRest().IsMatch(rest) || start.EndsWith("thang", StringComparison.Ordinal) && MonthYearRest().IsMatch(rest);
    }

    /// <summary>
    /// "Hà Nội, ngày 10 tháng 7 năm" over "2025": a place-date wrapped before its year, as a narrow column prints it
    /// (a legal portal's header table printed to PDF and read by OCR, NQ-87/2025/UBTVQH15). The next line is the year alone.
    /// </summary>
    public static bool IsYearRest(string placeDate, string next) =>
        YearlessEnd().IsMatch(VnText.Fold(placeDate).TrimEnd('*', ' ')) && YearAlone().IsMatch(next.Trim().Trim('*'));

    /// <summary>"Hà Nội, ngày 30 tháng" with the rest of the line lost or read elsewhere: the first half of a place-date.</summary>
    public static bool IsPlaceDateStart(string text) => text.Length < 40 && SplitPlaceDateStart().IsMatch(VnText.Fold(text)) && VnText.Fold(text).Contains("ngay", StringComparison.Ordinal);

    /// <summary>
    /// The rest of a long symbol wrapped after a hyphen ("Số: 24 /HDLN-BCA-BQP-BYT-" / "BCT-BTC-VKSNDTC-TANDTC", a joint
    /// document's symbol naming every signing body): capital codes joined by hyphens, nothing else.
    /// </summary>
    public static bool IsSymbolContinuation(string lineAbove, string text) =>
        lineAbove.TrimEnd('*', ' ').EndsWith('-') && SymbolContinuation().IsMatch(text.Trim().Trim('*'));

    /// <summary>
    /// A year range wrapped at its dash: the line above stops on a year, this line opens with the dash and the range's
    /// second year ("… GIAI ĐOẠN 2014" / "- 2016 VÀ ĐỊNH HƯỚNG ĐẾN NĂM 2020", a hard-wrapped HĐND resolution's title and its
    /// "Xét Tờ trình …" paragraph, NQ 02/2017/NQ-HĐND Hậu Giang, dev). The dash joins the years; it opens no bullet.
    /// </summary>
    public static bool ContinuesYearRange(string lineAbove, string text)
    {
        var before = lineAbove.TrimEnd('*', ' ');
        var t = text.TrimStart('*', ' ');
        if (t.Length < 2 || t[0] is not ('-' or '–')) return false;
        return EndsWithYear(before) && StartsWithYear(t[1..].TrimStart());
    }

    /// <summary>The text ends with a four-digit year standing on its own ("giai đoạn 2014", not "Số 12014").</summary>
    public static bool EndsWithYear(string s) => s.Length >= 4 && s[^4..].All(char.IsDigit) && (s.Length == 4 || !char.IsLetterOrDigit(s[^5]));

    /// <summary>The text opens with a four-digit year standing on its own ("2016 và …", "2030 trong trường hợp …").</summary>
    public static bool StartsWithYear(string s) => s.Length >= 4 && s[..4].All(char.IsDigit) && (s.Length == 4 || !char.IsLetterOrDigit(s[4]));

    /// <summary>"Số:" with nothing after it (the rest of the reference went to the next line).</summary>
    public static bool IsBareReferenceWord(string text) => BareReferenceWord().IsMatch(VnText.Fold(text));

    /// <summary>
    /// "Số:" and a number with nothing after it, the symbol on a line of its own ("Số: 09" over "/2025/QĐ-UBND": a
    /// header table's cell read by pdftotext without -layout, QĐ-09/2025/QĐ-UBND and QĐ-64/2024/QĐ-UBND Hà Nội).
    /// </summary>
    public static bool IsReferenceNumberOnly(string text) => ReferenceNumberOnly().IsMatch(VnText.Fold(text));

    /// <summary>A line of bare integers alone ("6791 17", "32 16 4"): the fill-ins an e-signing stamp printed, as
    /// pdftotext without -layout reads them (<see cref="StampFillIns"/>). Their values, or null.</summary>
    public static int[]? BareIntegers(string text) =>
        BareIntegerLine().IsMatch(text.Trim()) ? text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Select(int.Parse).ToArray() : null;

    /// <summary>A line that is only a number and its symbol ("299/TTg", "66.12/2026/NQ-CP"): what follows a bare "Số:" line.</summary>
    public static bool IsNumberAndSymbol(string text) => NumberAndSymbol().IsMatch(text.Trim().Trim('*'));

    /// <summary>
    /// The quốc hiệu or tiêu ngữ (or the Party's "ĐẢNG CỘNG SẢN VIỆT NAM"), alone or after the issuer's capitals read
    /// across the header. A sentence that names the country ("Căn cứ Hiến pháp nước Cộng hòa xã hội chủ nghĩa Việt
    /// Nam;") is not the motto: words in lower case before it.
    /// </summary>
    public static bool IsMotto(string text)
    {
        var f = VnText.FoldAligned(text);
        var at = new[] { f.IndexOf("cong hoa xa hoi", StringComparison.Ordinal), f.IndexOf("chu nghia viet nam", StringComparison.Ordinal),
                         MottoIndependence().Match(f) is { Success: true } m ? m.Index : -1, f.IndexOf("dang cong san viet nam", StringComparison.Ordinal) }
            .Where(i => i >= 0).DefaultIfEmpty(-1).Min();
        return at >= 0 && !text[..at].Any(char.IsLower);
    }

    /// <summary>Decoration: underlines, stars, lone punctuation.</summary>
    public static bool IsDecoration(string text) => text.Length > 0 && Decoration().IsMatch(text);

    public static bool IsRecipientsHeader(string text) => RecipientsHeader().IsMatch(VnText.Fold(text));

    /// <summary>The text after a "Nơi nhận:" label (the whole line when it has none).</summary>
    public static string AfterRecipientsLabel(string text) => After(RecipientsHeader(), text).Trim();

    /// <summary>The text after a "Lưu:" label (the whole line when it has none).</summary>
    public static string AfterArchiveLabel(string text) => After(Archive(), text);

    /// <summary>The text after a "Số:" label, however OCR printed it ("Só", "Sô", "S6", "SO"); the whole text when it has none.</summary>
    public static string AfterNumberLabel(string text) => NumberLabel().Replace(text, "");

    /// <summary>
    /// "Số" as printed and as OCR misreads it ("Só", "Sô", "Sồ", "S6", "SO": the hook and dot of ố are small):
    /// the one pattern of the number label, for the reference reader and the OCR header corrections.
    /// </summary>
    public const string NumberWord = "[Ss][ốóòỏõọôồổỗộơớờởỡợoö06]";

    /// <summary>Cuts a label matched on the aligned folded text (same offsets) from the printed text.</summary>
    private static string After(Regex label, string text)
    {
        var m = label.Match(VnText.FoldAligned(text));
        return m.Success ? text[m.Length..] : text;
    }

    /// <summary>The marks that open a list entry of a Nơi nhận or Kính gửi list ("- UBND tỉnh;", "+ Sở Tài chính", "• …").</summary>
    public static ReadOnlySpan<char> EntryMarks => "-+•";

    /// <summary>A line that opens a list entry with one of <see cref="EntryMarks"/>, or with a markdown list mark: a star
    /// and a space ("*   Ban Bí thư Trung ương Đảng (để b/c),", the markdown conversion of KH 3260-KH/ĐĐQH15, dev). A star
    /// glued to a word is no list mark: "**" opens bold text ("**T/M ĐẢNG ĐOÀN QUỐC HỘI**"), the signature after the list.</summary>
    public static bool OpensEntry(string text) =>
        text.Length > 0 && EntryMarks.Contains(text[0]) || text.Length > 1 && text[0] == '*' && char.IsWhiteSpace(text[1]);

    public static bool IsAddresseeHeader(string text) => AddresseeHeader().IsMatch(VnText.Fold(text));

    /// <summary>The text after a "Kính gửi:" label (the whole line when it has none).</summary>
    public static string AfterAddresseeLabel(string text) => After(AddresseeHeader(), text).Trim();

    public static bool IsArchive(string text) => Archive().IsMatch(VnText.Fold(text));

    /// <summary>A line that opens with the "V/v" (về việc) label of a letter's subject, glued to its text or not ("V/vtriển khai").</summary>
    public static bool IsSubjectLine(string text) => SubjectLabel().IsMatch(text);

    /// <summary>The text after a "V/v" label (the whole text when it has none).</summary>
    public static string AfterSubjectLabel(string text) => SubjectLabel().Replace(text, "", 1);

    // After "Số:" a number, a blank, a symbol, or a handwritten number OCR read as a few short marks ("d9 3§ /QĐ-UBND",
    // QĐ-2336's scan; "Z32Ø/BTC-QLCS", CV-8388's OCR text layer, dev) before the slash of a symbol.
    [GeneratedRegex(@"^\**\s*so\s*[:.]?\s*(\d|/|-|\s*$|[a-z]{1,6}[-/]|[^\s/]{1,5}/[a-z]{1,6}[-/]|[^\sa-z\d]{1,2}[^\s/]{0,4}\s*/|(?:[^\s/]{1,3}\s+){1,2}[^\s/]{0,3}\s*/\s*[a-z]{1,6}[-/])")] private static partial Regex ReferenceLine();
    // OCR can lose one of the three words of a place-date ("Hà Nội, ngày _Ð năm 2024", "Hà Nội, tháng 7 năm 2026" on
    // photographed pages): with the year printed after "năm", the line is still the place-date.
    [GeneratedRegex(@"^[^,]{2,60},\s*ngay(?![a-z]).{0,12}?thang(?![a-z]).{0,8}?nam\b|^[^,]{2,60},\s*ngay\s*\d{1,2}\s*/\s*\d{1,2}\s*/\s*\d{4}|^[^,]{2,60},\s*(ngay|thang)(?![a-z])[^a-z]{0,12}nam\W{0,3}\d{4}\W*$")] private static partial Regex PlaceDateLine();
    [GeneratedRegex(@"^[^,\d]{2,30},\s*(ngay\W{0,3}\d{0,2}\W{0,3}(thang\W{0,3}\d{0,2})?)?\s*$")] private static partial Regex SplitPlaceDateStart();
    [GeneratedRegex(@"^\W{0,3}(\d{0,2}\W{0,3}thang\W{0,6}\d{0,2}\W{0,6})?nam\W{0,3}\d{4}\W*$|^\W{0,3}\d{0,2}\W{0,3}thang\W{0,6}\d{0,2}\W{0,6}nam\W*$")] private static partial Regex SplitPlaceDateRest();
    [GeneratedRegex(@"^\W{0,3}\d{1,2}\W{0,3}nam\W{0,3}\d{4}\W*$")] private static partial Regex MonthYearRest();
    [GeneratedRegex(@"\bnam$")] private static partial Regex YearlessEnd();
    [GeneratedRegex(@"^\d{4}\W{0,2}$")] private static partial Regex YearAlone();
    [GeneratedRegex(@"^\**\s*so\s*[:.]?\s*$")] private static partial Regex BareReferenceWord();
    [GeneratedRegex(@"^\**\s*so\s*[:.]?\s*\d{1,6}\s*\**$")] private static partial Regex ReferenceNumberOnly();
    [GeneratedRegex(@"^\d{1,6}(?:\s+\d{1,2}){1,2}$")] private static partial Regex BareIntegerLine();
    [GeneratedRegex(@"^[\p{Lu}\d]{1,10}(?:-[\p{Lu}\d]{1,10})+\W?$")] private static partial Regex SymbolContinuation();
    // The separator before the type code may be lost with the label ("428GP-BCT", a phone photo read at 700 px).
    // The number may be lost with it: a number typed into the blank of "Số:       /QĐ-SCT" leaves a wide gap before
    // the slash, and OCR reads the label and number as a segment of their own at low confidence, which the noise
    // filter drops (QĐ-1050/QĐ-SCT rasterised at 200 dpi: "/QĐ-SCT" alone). The printed symbol after a slash still
    // is the reference, its number unknown, as in a blank "Số: /TB-UBND".
    [GeneratedRegex(@"^\W{0,3}(\d{1,5}\s*(/\s*\d{4}\s*)?[/-]?|/\s*(\d{4}\s*/\s*)?)\s*(?<type>[A-ZĐ]{2,5})[-/][A-ZĐ0-9][A-ZĐ0-9-]*\W{0,2}$")] internal static partial Regex BareSymbol();
    [GeneratedRegex(@"^\d{1,6}(?:\.\d{1,3})?\s*[/-]\s*[\p{L}\d][\p{L}\d./&-]*$")] private static partial Regex NumberAndSymbol();
    // The hyphens as OCR reads them too: dashes of any length ("Độc lập — Tự do — Hạnh phúc").
    [GeneratedRegex(@"doc lap\s*[-–—]\s*tu do\s*[-–—]\s*hanh phuc")] private static partial Regex MottoIndependence();
    [GeneratedRegex(@"^[\s\-–_=*.~]+$")] private static partial Regex Decoration();
    // A stray mark OCR reads before the label ("'Nơi nhận", "- Nơi nhận") is not text.
    // OCR reads the label's "ơi" as "ot", "ol", "o1" ("Not nhận: TL. BỘ TRUONG", TB-08's text layer): with its colon the
    // label is still unmistakable, as no word of the body is "N?? nhận:".
    [GeneratedRegex(@"^\W{0,3}(noi\s*nhan\s*[:.]?|no[a-z1|!]\s*nhan\s*:)\**\s*")] private static partial Regex RecipientsHeader();
    [GeneratedRegex(@"^\**\s*kinh\s*gui\s*[:.]?")] private static partial Regex AddresseeHeader();
    [GeneratedRegex(@"^[-+•*\s]*luu?\b\s*[:.]?\s*")] private static partial Regex Archive();
    [GeneratedRegex(@"^\s*" + NumberWord + @"\s*[:.]?\s*", RegexOptions.IgnoreCase)] private static partial Regex NumberLabel();
    [GeneratedRegex(@"^\s*[Vv]\s*/\s*[vV]\s*[:.]?\s*")] private static partial Regex SubjectLabel();
}
