using Pipeline.Roles;

namespace Pipeline.Fields;

/// <summary>
/// Địa danh, ngày tháng năm: the place and issue date the role stage read from the first place-date run
/// (<see cref="RoledLine.PlaceDate"/>). The clock decides what "in the future" means: inject a fixed one for
/// records that never change with time.
/// </summary>
public sealed class PlaceDateReader(TimeProvider clock) : IFieldReader
{
    public DocumentFields Read(RoledDocument doc, DocumentFields fields, ICollection<string> warnings)
    {
        if (doc.FirstRun(LineRole.PlaceDate) is not { Count: > 0 } run) return fields;
        var (place, date) = (run[0].PlaceDate?.Place, run[0].PlaceDate?.Date);
        if (date is null) warnings.Add("issue date printed blank");
        else if (!date.Value.IsComplete) warnings.Add($"issue date incomplete: {date}");
        if (date is { } d && d.Year > clock.GetUtcNow().Year + 1) warnings.Add($"issue date {d} is in the future");
        return fields with { Place = place, IssuedDate = date };
    }
}
