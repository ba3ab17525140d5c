using System.Collections.Immutable;
using Pipeline.Values;

namespace Pipeline.Roles;

/// <summary>
/// The number and issue day an e-signing system stamps into the blanks of a born-digital notice ("Số:      /QĐ-UBND",
/// "Lào Cai, ngày    tháng 6 năm 2026"). A reader that lays the page out finds them in their slots; pdftotext without
/// -layout prints them as one line of bare numbers after the page's body ("6791 17" in CV-6791/SNNMT-KHTC, "32 16 4"
/// in QĐ-32/2025/QĐ-UBND Hà Nội). When the header's slots are blank and the first such line of page 1 holds exactly
/// as many numbers as there are blank slots, plausible as number, day (1–31) and month (1–12), they fill the slots in
/// order: number, day, month (when blank). Anything else is left blank: a line with another count ("1696 15 5" under
/// a printed month, "05 12" before a number on a line of its own) is not read. The filled lines say so
/// (<see cref="RoledLine.FilledFrom"/>), the field stage lowers the fields' confidence, and the line of numbers is Noise.
/// </summary>
public static class StampFillIns
{
    public static ImmutableArray<RoledLine> Fill(ImmutableArray<RoledLine> lines)
    {
        var refAt = IndexOf(lines, l => l.Role == LineRole.Reference && l.Reference is not null);
        var dateAt = IndexOf(lines, l => l.Role == LineRole.PlaceDate && l.PlaceDate is not null);
        var reference = refAt >= 0 ? lines[refAt].Reference : null;
        var date = dateAt >= 0 ? lines[dateAt].PlaceDate!.Date : null;
        bool numberBlank = reference is { Number: null, Symbol: not null }, dayBlank = date is { Day: null }, monthBlank = date is { Day: null, Month: null };
        var slots = (numberBlank ? 1 : 0) + (dayBlank ? 1 : 0) + (monthBlank ? 1 : 0);
        if (slots < 2) return lines;

        var header = new[] { refAt, dateAt }.Where(i => i >= 0).ToArray();
        var page = lines[header.Min()].Line.Page;
        var after = header.Max();
        var fill = lines.Skip(after + 1).TakeWhile(l => l.Line.Page == page)
            .FirstOrDefault(l => LinePatterns.BareIntegers(l.Text) is not null);
        if (fill is null || LinePatterns.BareIntegers(fill.Text) is not { } values || values.Length != slots) return lines;

        var next = 0;
        var number = numberBlank ? values[next++] : (int?)null;
        var day = dayBlank ? values[next++] : date?.Day;
        var month = monthBlank ? values[next++] : date?.Month;
        if (number is 0 || day is < 1 or > 31 || month is < 1 or > 12) return lines;
        PartialDate? filledDate = date is { } d && (dayBlank || monthBlank) ? PartialDate.TryCreate(d.Year, month, day) : date;
        if ((dayBlank || monthBlank) && filledDate is null) return lines;

        var builder = lines.ToBuilder();
        var printed = fill.Text.Trim();
        // The numbers are the header's, not the body's: left in the body they end a task's text ("… của Bộ Công Thương. 193 10 01").
        builder[fill.Index] = fill with { Role = LineRole.Noise };
        if (numberBlank && DocumentReference.Parse(NumberText(fill.Text) + "/" + reference!.Symbol) is { Number: not null } filled)
            builder[refAt] = builder[refAt] with { Reference = filled, FilledFrom = printed };
        else if (numberBlank) return lines;
        if (dayBlank)
            builder[dateAt] = builder[dateAt] with { PlaceDate = builder[dateAt].PlaceDate! with { Date = filledDate }, FilledFrom = printed };
        return builder.ToImmutable();
    }

    private static int IndexOf(ImmutableArray<RoledLine> lines, Func<RoledLine, bool> match)
    {
        for (var i = 0; i < lines.Length; i++)
            if (match(lines[i])) return i;
        return -1;
    }

    /// <summary>The number as printed, leading zeros kept ("09").</summary>
    private static string NumberText(string fillLine) => fillLine.Trim().Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)[0];
}
