using System.Text.RegularExpressions;
using Pipeline.Text;
using Pipeline.Vocabulary;

namespace Pipeline.Roles;

/// <summary>
/// Recognisers for the fixed-form lines of a notice. They match on the tone key or the folded text so that
/// OCR damage to diacritics ("Sô:", "ngay") and typos ("Lưư") still match.
/// </summary>
public static partial class LinePatterns
{
    // The header's "Số" is capitalised; a body line wrapped before "số 52/TTr-NHNN ngày …" is not a reference.
    public static bool IsReference(string text) => text.TrimStart('*', ' ').StartsWith('S') && ReferenceLine().IsMatch(VnText.Fold(text));

    /// <summary>
    /// The enacting authority printed in capitals under a decision's title ("HỘI ĐỒNG NHÂN DÂN TỈNH BÌNH DƯƠNG"),
    /// unless the title line above ends with a word that continues it ("… GIÁM SÁT CỦA" / "HỘI ĐỒNG NHÂN DÂN TỈNH …").
    /// </summary>
    public static bool IsEnactingAuthority(string text, string lineAbove)
    {
        if (!VnText.IsUpper(text, 4)) return false;
        var key = ToneKey.Of(text.Trim('*', ' '));
        if (Vocab.Default.EnactingAuthorities.MatchPrefix(key) == 0) return false;
        var lastWord = lineAbove.TrimEnd('*', ' ').Split(' ').LastOrDefault() ?? "";
        return !TitleConnectors().IsMatch(VnText.Fold(lastWord));
    }

    public static bool IsPlaceDate(string text) => PlaceDateLine().IsMatch(VnText.Fold(text));

    /// <summary>"Hà Nội," or "Hà Nội, ngày" on one line and "tháng … năm 2026" on the next: one place-date line OCR broke.</summary>
    public static bool IsSplitPlaceDate(string first, string next) =>
        first.Length < 40 && next.Length < 40 && SplitPlaceDateStart().IsMatch(VnText.Fold(first)) && SplitPlaceDateRest().IsMatch(VnText.Fold(next));

    /// <summary>
    /// A header line that is only a number and symbol whose first part is a document-type code ("19/2026/NQ-CP",
    /// "600-TB/TU"): the reference when OCR lost its faint "Số:" label under a stamp. The type code keeps a cited
    /// document or a date out.
    /// </summary>
    public static bool IsBareSymbolLine(string text)
    {
        var m = BareSymbol().Match(text.Trim());
        return m.Success && Vocab.Default.SymbolTypes.ContainsKey(m.Groups["type"].Value);
    }

    /// <summary>"Số:" with nothing after it (the rest of the reference went to the next line).</summary>
    public static bool IsBareReferenceWord(string text) => BareReferenceWord().IsMatch(VnText.Fold(text));

    public static bool IsMotto(string text)
    {
        var f = VnText.Fold(text);
        return f.Contains("cong hoa xa hoi") || f.Contains("chu nghia viet nam") || MottoIndependence().IsMatch(f)
               || f.Contains("dang cong san viet nam");
    }

    /// <summary>Decoration: underlines, stars, lone punctuation.</summary>
    public static bool IsDecoration(string text) => text.Length > 0 && Decoration().IsMatch(text);

    public static bool IsRecipientsHeader(string text) => RecipientsHeader().IsMatch(VnText.Fold(text));

    public static bool IsAddresseeHeader(string text) => AddresseeHeader().IsMatch(VnText.Fold(text));

    public static bool IsArchive(string text) => Archive().IsMatch(VnText.Fold(text));

    public static bool IsSubjectLine(string text) => SubjectLine().IsMatch(text);

    /// <summary>The canonical signer prefix a line starts with (TM., KT., TL., TUQ., Q.), and the rest of the line.</summary>
    public static (string Prefix, string Remainder)? SignerPrefix(string text)
    {
        var t = text.TrimStart('*', ' ');
        // The prefix is kept as printed (T/M and TM. are both in use); the canonical form only groups the variants.
        foreach (var (variant, _) in Vocab.Default.SignerPrefixes)
        {
            if (!t.StartsWith(variant, StringComparison.OrdinalIgnoreCase)) continue;
            var rest = t[variant.Length..];
            // "TM" must be followed by a separator or a space and an upper-case word, not be the start of a word.
            if (rest.Length > 0 && char.IsLetter(rest[0]) && !variant.EndsWith('.') && !variant.EndsWith('/')) continue;
            if (variant == "Q." && (rest.Length == 0 || !char.IsWhiteSpace(rest[0]))) continue;
            var printed = t[..variant.Length];
            if (rest.StartsWith('.') && !printed.EndsWith('.')) printed += ".";
            rest = rest.TrimStart('.', ':', ' ');
            if (rest.Length == 0 || !VnText.IsUpper(rest, 2)) continue;
            return (printed.ToUpperInvariant(), rest.Trim());
        }
        return null;
    }

    /// <summary>The document type a line names when it is (or starts with) a type word in capitals.</summary>
    public static (DocTypeEntry Type, string Remainder)? DocTypeWord(string text)
    {
        var t = text.Trim().Trim('*', ' ');
        if (!VnText.IsUpper(t.Split(' ').Take(2).Aggregate("", (a, b) => a + b), 2)) return null;
        var key = VnText.ToneKey(t);
        foreach (var type in Vocab.Default.DocTypes.OrderByDescending(d => d.PrintedForms.Max(f => f.Length)))
        {
            foreach (var form in type.PrintedForms.OrderByDescending(f => f.Length))
            {
                var fk = VnText.ToneKey(form);
                if (key == fk) return (type, "");
                if (key.StartsWith(fk + " ", StringComparison.Ordinal)) return (type, t[(form.Length + 1)..].Trim());
            }
        }
        return null;
    }

    public static bool IsSignatureNoise(string text)
    {
        var f = VnText.Fold(text);
        if (text.StartsWith('[') || text.StartsWith("(") && text.EndsWith(")")) return true;
        return Vocab.Default.SignatureNoise.Any(n => f.Contains(n));
    }

    /// <summary>A person's name: two to six capitalised words of letters, nothing else.</summary>
    public static bool LooksLikeName(string text)
    {
        var t = text.Trim('*', ' ', '.');
        var words = t.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length is < 2 or > 6) return false;
        return words.All(w => w.All(char.IsLetter) && char.IsUpper(w[0])) && !VnText.IsUpper(t, 4);
    }

    // Words after which a title goes on: "của", "và", "với", "cho", "tại", "về", "đối với", "thuộc", "trong", a hyphen.
    [GeneratedRegex(@"^(cua|va|voi|cho|tai|ve|doi|thuoc|trong|giua|-|–|,)$")] private static partial Regex TitleConnectors();

    [GeneratedRegex(@"^\**\s*so\s*[:.]?\s*(\d|/|-|\s*$|[a-z]{1,6}[-/]|[^\sa-z\d]{1,2}[^\s/]{0,4}\s*/)")] private static partial Regex ReferenceLine();
    [GeneratedRegex(@"^[^,]{2,60},\s*ngay(?![a-z]).{0,12}?thang(?![a-z]).{0,8}?nam\b|^[^,]{2,60},\s*ngay\s*\d{1,2}\s*/\s*\d{1,2}\s*/\s*\d{4}")] private static partial Regex PlaceDateLine();
    [GeneratedRegex(@"^[^,\d]{2,30},\s*(ngay\W{0,3}\d{0,2}\W{0,3}(thang\W{0,3}\d{0,2})?)?\s*$")] private static partial Regex SplitPlaceDateStart();
    [GeneratedRegex(@"^\W{0,3}(\d{0,2}\W{0,3}thang\W{0,6}\d{0,2}\W{0,6})?nam\W{0,3}\d{4}\W*$|^\W{0,3}\d{0,2}\W{0,3}thang\W{0,6}\d{0,2}\W{0,6}nam\W*$")] private static partial Regex SplitPlaceDateRest();
    [GeneratedRegex(@"^\**\s*so\s*[:.]?\s*$")] private static partial Regex BareReferenceWord();
    [GeneratedRegex(@"^\W{0,3}\d{1,5}\s*(/\s*\d{4}\s*)?[/-]\s*(?<type>[A-ZĐ]{2,5})[-/][A-ZĐ0-9][A-ZĐ0-9-]*\W{0,2}$")] private static partial Regex BareSymbol();
    [GeneratedRegex(@"doc lap\s*[-–]\s*tu do\s*[-–]\s*hanh phuc")] private static partial Regex MottoIndependence();
    [GeneratedRegex(@"^[\s\-–_=*.~]+$")] private static partial Regex Decoration();
    [GeneratedRegex(@"^\**\s*noi\s*nhan\s*[:.]?")] private static partial Regex RecipientsHeader();
    [GeneratedRegex(@"^\**\s*kinh\s*gui\s*[:.]?")] private static partial Regex AddresseeHeader();
    [GeneratedRegex(@"^[-+•*\s]*luu?\b\s*[:.]?")] private static partial Regex Archive();
    [GeneratedRegex(@"^\s*[Vv]\s*/\s*[vV]\b")] private static partial Regex SubjectLine();
}
