using System.Text.RegularExpressions;
using Pipeline.Text;
using Pipeline.Vocabulary;

namespace Pipeline.Fields;

/// <summary>
/// Reads "Hương Sơn, ngày 13 tháng 9 năm 2023" into a place and a partial date. Blank parts stay unknown
/// ("ngày tháng 5 năm 2023" → 2023-05); OCR-damaged province names are repaired against the gazetteer.
/// </summary>
public static partial class PlaceDateParser
{
    public static (string? Place, PartialDate? Date) Parse(string line)
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
            date = PartialDate.TryCreate(Int(m.Groups["y"]), Int(m.Groups["m"]), Int(m.Groups["d"])) ?? PartialDate.TryCreate(Int(m.Groups["y"]), Int(m.Groups["m"]), null);
        else if (Slashes().Match(folded) is { Success: true } s)
            date = PartialDate.TryCreate(Int(s.Groups["y"]), Int(s.Groups["m"]), Int(s.Groups["d"]));
        return (place, date);
    }

    /// <summary>Replaces a place within one edit of a province name (diacritics ignored) by that name.</summary>
    public static string RepairPlace(string place)
    {
        var key = VnText.ToneKey(place);
        foreach (var p in Vocab.Default.Provinces)
            if (VnText.ToneKey(p) == key) return place;
        var fold = VnText.Fold(place);
        var candidates = Vocab.Default.Provinces.Where(p => VnText.Fold(p) == fold).ToList();
        if (candidates.Count == 1) return candidates[0];
        return place;
    }

    private static int? Int(Group g) => g.Success && int.TryParse(g.Value, out var v) ? v : null;

    [GeneratedRegex(@"ngay[^a-z\d]{0,3}(?<d>\d{1,2})?[^a-z\d]{0,4}thang[^a-z\d]{0,3}(?<m>\d{1,2})?[^a-z\d]{0,4}nam[^a-z\d]{0,3}(?<y>\d{4})?|thang[^a-z\d]{0,3}(?<m>\d{1,2})?[^a-z\d]{0,4}nam[^a-z\d]{0,3}(?<y>\d{4})")]
    private static partial Regex Words();

    [GeneratedRegex(@"ngay\s*(?<d>\d{1,2})\s*/\s*(?<m>\d{1,2})\s*/\s*(?<y>\d{4})")]
    private static partial Regex Slashes();
}
