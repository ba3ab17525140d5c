using System.Text.RegularExpressions;
using Pipeline.Text;
using Pipeline.Values;
using Pipeline.Vocabulary;

namespace Pipeline.Roles;

/// <summary>
/// Reads "Hương Sơn, ngày 13 tháng 9 năm 2023" into a place and a partial date. Blank parts stay unknown
/// ("ngày tháng 5 năm 2023" → 2023-05; "ngày _Ð năm 2024", its "tháng" lost to OCR, → 2024); OCR-damaged province names are repaired against the gazetteer.
/// </summary>
public sealed partial class PlaceDateParser(Vocab vocab)
{
    public (string? Place, PartialDate? Date) Parse(string line)
    {
        var text = line.Trim('*', ' ');
        var folded = VnText.Fold(text);
        var comma = text.IndexOf(',');
        string? place = comma > 0 ? VnText.Squash(text[..comma]) : null;
        if (place is not null) place = RepairPlace(place);

        var m = Words().Match(folded);
        PartialDate? date = null;
        if (m.Success)
            // A day OCR misread past the month's end ("ngày82tháng 4") is unknown; the month and year still stand.
            // A month misread past 12 ("tháng 44", a handwritten 11) is unknown with its day; the printed year stands.
            date = PartialDate.TryCreate(Int(m.Groups["y"]), Int(m.Groups["m"]), Int(m.Groups["d"]))
                ?? PartialDate.TryCreate(Int(m.Groups["y"]), Int(m.Groups["m"]), null)
                ?? PartialDate.TryCreate(Int(m.Groups["y"]), null, null);
        else if (Slashes().Match(folded) is { Success: true } s)
            date = PartialDate.TryCreate(Int(s.Groups["y"]), Int(s.Groups["m"]), Int(s.Groups["d"]));
        // Day or month slots OCR filled with what no date holds ("tháng 5 4", a stroke beside the handwritten 5): the
        // printed year stands, the rest is unknown (a signed PDF's signing day may complete it: SigningDateCompletion).
        else if (GarbledSlots().Match(folded) is { Success: true } g)
            date = PartialDate.TryCreate(Int(g.Groups["y"]), null, null);
        return (place, date);
    }

    /// <summary>
    /// Replaces an OCR-damaged province name by the gazetteer's: the one province within one edit of the place
    /// with its marks ("Hà Nộ" → "Hà Nội"), else the one that differs only in marks ("Hung Yên" → "Hưng Yên").
    /// A place that is a province as printed, or near none or several, is kept as printed.
    /// </summary>
    public string RepairPlace(string place) => RepairPlace(place, vocab.Provinces);

    public static string RepairPlace(string place, IReadOnlyList<string> provinces)
    {
        var tone = ToneKey.Of(place);
        if (provinces.Any(p => ToneKey.Of(p) == tone)) return place;
        var nearByTone = provinces.Where(p => VnText.Distance(ToneKey.Of(p).Value, tone.Value) <= 1).ToList();
        if (nearByTone.Count == 1) return nearByTone[0];
        if (nearByTone.Count > 1) return place;
        var fold = FoldKey.Of(place);
        var sameLetters = provinces.Where(p => FoldKey.Of(p) == fold).ToList();
        return sameLetters.Count == 1 ? sameLetters[0] : place;
    }

    private static int? Int(Group g) => g.Success && int.TryParse(g.Value, out var v) ? v : null;

    [GeneratedRegex(@"ngay[^a-z\d]{0,3}(?<d>\d{1,2})?[^a-z\d]{0,4}thang[^a-z\d]{0,3}(?<m>\d{1,2})?[^a-z\d]{0,4}nam[^a-z\d]{0,3}(?<y>\d{4})?|thang[^a-z\d]{0,3}(?<m>\d{1,2})?[^a-z\d]{0,4}nam[^a-z\d]{0,3}(?<y>\d{4})|ngay[^a-z]{0,12}nam[^a-z\d]{0,3}(?<y>\d{4})")]
    private static partial Regex Words();

    [GeneratedRegex(@"ngay\s*(?<d>\d{1,2})\s*/\s*(?<m>\d{1,2})\s*/\s*(?<y>\d{4})")]
    private static partial Regex Slashes();

    [GeneratedRegex(@"ngay.{0,12}?thang.{0,12}?nam[^a-z\d]{0,3}(?<y>\d{4})")]
    private static partial Regex GarbledSlots();
}
