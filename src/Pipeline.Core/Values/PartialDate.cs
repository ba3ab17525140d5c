namespace Pipeline.Values;

/// <summary>
/// A calendar date whose day or month may be unknown: official documents are often signed with the day left
/// blank ("ngày   tháng 5 năm 2023"). Printed as ISO 8601 at the precision known: 2023-05-13, 2023-05, 2023.
/// </summary>
public readonly record struct PartialDate
{
    public PartialDate(int year, int? month = null, int? day = null)
    {
        if (year is < 1 or > 9999) throw new ArgumentOutOfRangeException(nameof(year));
        if (month is < 1 or > 12) throw new ArgumentOutOfRangeException(nameof(month));
        if (day is not null && (month is null || day < 1 || day > DateTime.DaysInMonth(year, month.Value)))
            throw new ArgumentOutOfRangeException(nameof(day));
        Year = year;
        Month = month;
        Day = day;
    }

    public int Year { get; }
    public int? Month { get; }
    public int? Day { get; }

    public bool IsComplete => Day is not null;

    /// <summary>Builds a date from printed parts, or null when they do not form a real date.</summary>
    public static PartialDate? TryCreate(int? year, int? month, int? day)
    {
        if (year is null) return null;
        if (month is null) day = null;
        if (year is < 1900 or > 2200 || month is < 1 or > 12) return null;
        if (day is not null && (day < 1 || day > DateTime.DaysInMonth(year.Value, month!.Value))) return null;
        return new PartialDate(year.Value, month, day);
    }

    public override string ToString() =>
        Day is { } d ? $"{Year:D4}-{Month:D2}-{d:D2}" : Month is { } m ? $"{Year:D4}-{m:D2}" : $"{Year:D4}";
}
