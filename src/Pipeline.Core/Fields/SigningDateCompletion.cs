using System.Collections.Immutable;
using Pipeline.Values;

namespace Pipeline.Fields;

/// <summary>
/// Completes an issue date OCR could not read whole from the day the file was digitally signed. The day and month of
/// a scanned notice are often handwritten or stamped ("ngày 02 tháng 4" in ink), and the scan is then signed with the
/// body's certificate on the day it is issued. Only what was read is trusted: the signing day is taken when it agrees
/// with every part the page gave (year, month), never over a complete date. When several signatures fall on different
/// days (drafts approved over a week, then issued), the day most of them share wins, the latest on a tie: the văn thư
/// signs every page's copy on the day the number is given.
/// </summary>
public static class SigningDateCompletion
{
    /// <summary>The completed date, or null when there is nothing to complete or the signatures disagree with the page.</summary>
    public static PartialDate? Complete(PartialDate? printed, ImmutableArray<DateTimeOffset> signingTimes)
    {
        if (signingTimes.IsDefaultOrEmpty || printed is { IsComplete: true }) return null;
        var day = signingTimes
            .Select(t => DateOnly.FromDateTime(t.DateTime)) // the signer's own calendar day, at the offset it stamped
            .GroupBy(d => d)
            .OrderByDescending(g => g.Count()).ThenByDescending(g => g.Key)
            .First().Key;
        if (printed is { } p && (p.Year != day.Year || p.Month is { } m && m != day.Month)) return null;
        return new PartialDate(day.Year, day.Month, day.Day);
    }
}
