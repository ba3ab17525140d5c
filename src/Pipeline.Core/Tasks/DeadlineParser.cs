using System.Text.RegularExpressions;
using Pipeline.Text;
using Pipeline.Values;
using Pipeline.Vocabulary;

namespace Pipeline.Tasks;

/// <summary>
/// Finds a task's deadline. Only dates introduced by a deadline word count ("trước ngày", "trong tháng",
/// "chậm nhất", "đến hết ngày"), never the dates of documents cited in the text ("Chỉ thị số 30 ngày 03/02/2023").
/// An explicit deadline wins over a period, and an explicit day over a recurrence; recurring ones ("trước ngày 25 hằng tháng") keep their text with no date.
/// The cue words are data (deadline-cues.tsv); the date grammar after them is here.
/// </summary>
public sealed class DeadlineParser
{
    private readonly Regex _explicitDay;
    private readonly Regex _month;
    private readonly Regex _quarter;
    private readonly Regex _year;
    private readonly Regex _recurring;
    private readonly Regex _citedBefore;
    private readonly Regex _citedAfter;
    private readonly string _columnCue;

    public DeadlineParser(Vocab vocab)
    {
        string Cues(string kind) => vocab.DeadlineCues[kind].Alternation;
        const RegexOptions options = RegexOptions.CultureInvariant | RegexOptions.Compiled;
        _explicitDay = new(Cues("day") + @"\s+ngay\s+(?<d>\d{1,2})\s*(?:/|-|\s+thang\s+)\s*(?<m>\d{1,2})\s*(?:/|-|\s+nam\s+)\s*(?<y>\d{2,4})", options);
        _month = new(Cues("month") + @"\s+thang\s+(?<m>\d{1,2})\s*(?:/|-|\s+nam\s+)\s*(?<y>\d{4})", options);
        _quarter = new(Cues("quarter") + @"\s+quy\s+(?<q>iv|i{1,3}|[1-4])\s*(?:/|-|\s+nam\s+)\s*(?<y>\d{4})", options);
        _year = new(Cues("year") + @"\s*(?<y>\d{4})", options);
        _recurring = new(Cues("recurring"), options);
        _citedBefore = new(Cues("cited") + @"\s*$", options);
        _columnCue = vocab.DeadlineCues["column"].Alternatives[0];
        _citedAfter = new(@"^\s*(?:,|\s+va)?\s*" + Cues("cited") + @"\b", options);
    }

    /// <summary>
    /// The cell of a table's deadline column ("Tiến độ trình": "Phiên họp tháng 9/2025"): the column itself bounds the row's
    /// job, so the cell needs no cue; it is the deadline's text whole, dated by the first date the grammar reads in it.
    /// </summary>
    public Deadline? InColumn(string cell)
    {
        var text = VnText.Squash(cell).Trim().TrimEnd('.', ',', ';');
        if (text.Length == 0) return null;
        // The column stands for the cue the grammar wants (deadline-cues.tsv, column): each word of the cell is tried as the
        // start of a date after that cue ("Phiên họp tháng 9/2025" → "… tháng 9/2025").
        var found = Find(text);
        for (var i = 0; found?.Date is null && i < text.Length; i++)
            if (i == 0 || text[i - 1] == ' ') found = Find(_columnCue + " " + text[i..]);
        return new Deadline(found?.Date, text);
    }

    public Deadline? Find(string text)
    {
        var folded = VnText.FoldAligned(text);
        var candidates = new List<(int Index, int Rank, Deadline Deadline)>();

        // A recurrence is claimed first, so that its own day ("trước ngày 25 hằng tháng") is not taken as a date.
        foreach (Match m in _recurring.Matches(folded))
            candidates.Add((m.Index, 0, new Deadline(null, Cut(text, m))));
        foreach (Match m in _explicitDay.Matches(folded))
            if (Date(m) is { } d && !Overlaps(candidates, m)) candidates.Add((m.Index, 0, new Deadline(d, Cut(text, m))));
        foreach (Match m in _month.Matches(folded))
            if (Date(m) is { } d && !Overlaps(candidates, m)) candidates.Add((m.Index, 1, new Deadline(d, Cut(text, m))));
        foreach (Match m in _quarter.Matches(folded))
            if (QuarterEnd(m) is { } d && !Overlaps(candidates, m)) candidates.Add((m.Index, 1, new Deadline(d, Cut(text, m))));
        foreach (Match m in _year.Matches(folded))
            if (Date(m) is { } d && !Overlaps(candidates, m) && !InCitedName(folded, m)) candidates.Add((m.Index, 2, new Deadline(d, Cut(text, m))));

        // An explicit day wins over a recurrence of the same item ("… vào thứ Sáu hàng tuần …; báo cáo tổng thể … trước ngày
        // 05 tháng 7 năm 2026"); a recurrence still wins over a period or a year, which are as often the scope of what is done.
        return candidates.OrderBy(c => c.Rank).ThenBy(c => c.Deadline.Date is null).ThenBy(c => c.Index).Select(c => c.Deadline).FirstOrDefault();
    }

    /// <summary>
    /// "thời kỳ 2021 - 2030, tầm nhìn đến năm 2050", "đến năm 2030, tầm nhìn đến năm 2045": the horizon of a cited plan or
    /// strategy, part of its name; "… đến năm 2030 và có tính đến năm 2050": the horizon of an assessment (deadline-cues.tsv, cited).
    /// </summary>
    private bool InCitedName(string folded, Match m) =>
        _citedBefore.IsMatch(folded.AsSpan(0, m.Index)) || _citedAfter.IsMatch(folded.AsSpan(m.Index + m.Length));

    private static bool Overlaps(List<(int Index, int Rank, Deadline Deadline)> found, Match m) =>
        found.Any(f => m.Index >= f.Index && m.Index < f.Index + f.Deadline.Text.Length);

    private static string Cut(string text, Match m) => text.Substring(m.Index, m.Length).Trim().TrimEnd('.', ',', ';');

    private static PartialDate? Date(Match m)
    {
        int? G(string name) => m.Groups[name].Success && int.TryParse(m.Groups[name].Value, out var v) ? v : null;
        var year = G("y");
        if (year is < 100) year += 2000;
        return PartialDate.TryCreate(year, G("m"), G("d"));
    }

    /// <summary>A quarter bounds the action like a month does; it is dated by its last month ("quý III năm 2012" → 2012-09).</summary>
    private static PartialDate? QuarterEnd(Match m)
    {
        var q = m.Groups["q"].Value switch { "i" or "1" => 1, "ii" or "2" => 2, "iii" or "3" => 3, "iv" or "4" => 4, _ => 0 };
        return q == 0 || !int.TryParse(m.Groups["y"].Value, out var y) ? null : PartialDate.TryCreate(y, q * 3, null);
    }
}
