using System.Globalization;
using System.Text.RegularExpressions;
using Pipeline.Records;

namespace Pipeline.Review.Desk;

/// <summary>
/// How much a record needs a clerk: low OCR confidence first, then failed validations (number pattern, a
/// date in the future or outside the issuer's lifespan, no signer, tasks without units, a position outside
/// the vocabulary), then the rest.
/// The reasons are shown in the queue in Vietnamese.
/// </summary>
public static partial class Triage
{
    public const double LowConfidence = 0.8;

    public sealed record Assessment(double Priority, IReadOnlyList<string> Reasons);

    public static Assessment Assess(DocumentRecord record, TimeProvider clock)
    {
        var reasons = new List<string>();
        double priority = 0;
        var d = record.Document;
        var low = d.FieldConfidence.Where(f => f.Value < LowConfidence).OrderBy(f => f.Value).ToList();
        if (low.Count > 0)
        {
            priority += 10 + (LowConfidence - low[0].Value) * 10;
            reasons.Add($"Độ tin cậy thấp: {string.Join(", ", low.Select(f => $"{f.Key} {f.Value.ToString("0.00", CultureInfo.InvariantCulture)}"))}");
        }
        if (d.Reference is null || d.Symbol is null || !SymbolPattern().IsMatch(d.Symbol))
        {
            priority += 1;
            reasons.Add("Số, ký hiệu không đúng mẫu");
        }
        if (IsFuture(d.IssuedDate, clock))
        {
            priority += 1;
            reasons.Add("Ngày ban hành ở tương lai");
        }
        if (IssuerLifespans.Default.Check(d.Issuer, d.IssuedDate) is { } outside)
        {
            priority += 1;
            reasons.Add(outside.Verdict == IssuerLifespans.Verdict.Before
                ? $"Ngày ban hành trước khi cơ quan ban hành được thành lập ({outside.Body.Name} hoạt động từ {Day(outside.Body.FirstDay)})"
                : $"Ngày ban hành sau khi cơ quan ban hành đã giải thể ({outside.Body.Name} hoạt động đến hết {Day(outside.Body.LastDay)})");
        }
        if (d.Signer?.Name is null)
        {
            priority += 1;
            reasons.Add("Thiếu người ký");
        }
        else if (d.Signer.Position is { } position && !Positions.IsKnown(position))
        {
            priority += 1;
            reasons.Add("Chức vụ không có trong danh mục");
        }
        var withoutUnits = record.Tasks.Count(t => t.Kind == "task" && t.Units.Count == 0);
        if (withoutUnits > 0)
        {
            priority += 0.5 + Math.Min(withoutUnits, 10) * 0.05;
            reasons.Add($"{withoutUnits} nhiệm vụ chưa có đơn vị");
        }
        return new Assessment(Math.Round(priority, 3), reasons);
    }

    private static string Day(DateOnly? day) => day?.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture) ?? "";

    private static bool IsFuture(string? isoDate, TimeProvider clock)
    {
        if (isoDate is null) return false;
        var parts = isoDate.Split('-');
        if (!int.TryParse(parts[0], out var year)) return false;
        var month = parts.Length > 1 && int.TryParse(parts[1], out var m) ? m : 1;
        var day = parts.Length > 2 && int.TryParse(parts[2], out var dd) ? dd : 1;
        try { return new DateOnly(year, month, day) > DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime); }
        catch (ArgumentOutOfRangeException) { return true; }
    }

    // A symbol as Nghị định 30/2020 and Hướng dẫn 36 print it: TB-UBND, NQ/TW, 2020/NĐ-CP, TB/TU.
    [GeneratedRegex(@"^[\p{Lu}0-9Đ]+([-/.][\p{Lu}0-9Đ]+)*$")] private static partial Regex SymbolPattern();
}
