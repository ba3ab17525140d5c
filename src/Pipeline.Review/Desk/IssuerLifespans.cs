using System.Globalization;
using System.Reflection;
using System.Text.RegularExpressions;
using Pipeline.Text;

namespace Pipeline.Review.Desk;

/// <summary>
/// Thời hạn tồn tại của cơ quan ban hành: bodies and administrative units whose existence began or ended on a date
/// fixed by a legal act (Data/issuer-lifespans.tsv: the 2025 ministries, the provincial departments merged that
/// spring, the district level and the merged provinces that ceased on 2025-07-01). A record dated outside its
/// issuer's lifespan was misread (date or issuer) or is not what it claims to be.
/// </summary>
public sealed partial class IssuerLifespans
{
    /// <summary>A body's name with its first and last day (inclusive; null when unbounded) and the act fixing them.</summary>
    public sealed record Lifespan(string Name, DateOnly? FirstDay, DateOnly? LastDay, string Source);

    public enum Verdict { Before, After }

    /// <summary>Which lifespan the issuer breaks, and how.</summary>
    public sealed record Violation(Lifespan Body, Verdict Verdict);

    private sealed record Entry(Lifespan Lifespan, string Tone, string Fold);

    private readonly List<Entry> _entries;
    private readonly Dictionary<string, string> _toneAliases;
    private readonly Dictionary<string, string> _foldAliases;

    public IssuerLifespans(IEnumerable<Lifespan> lifespans, IReadOnlyDictionary<string, string> aliases)
    {
        _toneAliases = aliases.ToDictionary(a => VnText.ToneKey(a.Key), a => VnText.ToneKey(a.Value));
        _foldAliases = aliases.ToDictionary(a => VnText.Fold(a.Key), a => VnText.Fold(a.Value));
        _entries = lifespans.Select(l => new Entry(l, Key(l.Name, tone: true), Key(l.Name, tone: false))).ToList();
    }

    /// <summary>The lifespans of Data/issuer-lifespans.tsv.</summary>
    public static IssuerLifespans Default => Shared.Value;

    private static readonly Lazy<IssuerLifespans> Shared = new(() => Parse(ReadResource("issuer-lifespans.tsv")));

    /// <summary>
    /// The lifespan <paramref name="issuer"/> breaks when it issued a document on <paramref name="issuedDate"/>
    /// (<c>YYYY-MM-DD</c>, <c>YYYY-MM</c> or <c>YYYY</c>; a partial date breaks it only when every day it can
    /// stand for does), or null.
    /// </summary>
    public Violation? Check(string? issuer, string? issuedDate)
    {
        if (string.IsNullOrWhiteSpace(issuer) || !TryRange(issuedDate, out var earliest, out var latest)) return null;
        foreach (var body in Bodies(issuer))
        {
            if (body.FirstDay is { } first && latest < first) return new(body, Verdict.Before);
            if (body.LastDay is { } last && earliest > last) return new(body, Verdict.After);
        }
        return null;
    }

    /// <summary>The listed bodies named in <paramref name="issuer"/>, a name inside a longer listed name left out.</summary>
    public IReadOnlyList<Lifespan> Bodies(string issuer)
    {
        var tone = MarkAware.HasMarks(issuer);
        var text = Key(issuer, tone);
        var found = new List<(Entry Entry, int Start, int End)>();
        foreach (var e in _entries)
        {
            var name = tone ? e.Tone : e.Fold;
            for (var at = Words.IndexOf(text, name); at >= 0; at = Words.IndexOf(text, name, at + 1))
                found.Add((e, at, at + name.Length));
        }
        return found
            .Where(f => !found.Any(o => o.End - o.Start > f.End - f.Start && o.Start <= f.Start && f.End <= o.End))
            .Select(f => f.Entry.Lifespan).Distinct().ToList();
    }

    private string Key(string text, bool tone)
    {
        var spaced = Separators().Replace(VnText.Nfc(text), " ");
        spaced = Dashes().Replace(spaced, " - ");
        var key = tone ? VnText.ToneKey(spaced) : VnText.Fold(spaced);
        var aliases = tone ? _toneAliases : _foldAliases;
        return string.Join(' ', key.Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Select(w => aliases.TryGetValue(w, out var expanded) ? expanded : w));
    }

    private static bool TryRange(string? isoDate, out DateOnly earliest, out DateOnly latest)
    {
        earliest = latest = default;
        if (isoDate is null) return false;
        var parts = isoDate.Split('-');
        try
        {
            var year = int.Parse(parts[0], CultureInfo.InvariantCulture);
            if (parts.Length == 1) { earliest = new(year, 1, 1); latest = new(year, 12, 31); return true; }
            var month = int.Parse(parts[1], CultureInfo.InvariantCulture);
            if (parts.Length == 2) { earliest = new(year, month, 1); latest = earliest.AddMonths(1).AddDays(-1); return true; }
            earliest = latest = new(year, month, int.Parse(parts[2], CultureInfo.InvariantCulture));
            return true;
        }
        catch (Exception e) when (e is FormatException or OverflowException or ArgumentOutOfRangeException) { return false; }
    }

    /// <summary>Reads the data file's format: <c>alias ABBR EXPANSION</c> rows and <c>NAME FIRST LAST SOURCE</c> rows.</summary>
    public static IssuerLifespans Parse(string tsv)
    {
        var aliases = new Dictionary<string, string>();
        var lifespans = new List<Lifespan>();
        var lineNumber = 0;
        foreach (var raw in tsv.Split('\n'))
        {
            lineNumber++;
            var line = raw.TrimEnd('\r');
            if (line.Length == 0 || line.StartsWith('#')) continue;
            var cells = VnText.Nfc(line).Split('\t');
            if (cells[0] == "alias" && cells.Length == 3) { aliases[cells[1]] = cells[2]; continue; }
            if (cells.Length != 4)
                throw new FormatException($"issuer-lifespans.tsv line {lineNumber}: expected name, first_day, last_day, source (tab-separated), got {cells.Length} columns");
            lifespans.Add(new(cells[0], Day(cells[1], lineNumber), Day(cells[2], lineNumber), cells[3]));
        }
        return new(lifespans, aliases);
    }

    private static DateOnly? Day(string cell, int lineNumber) =>
        cell == "-" ? null
        : DateOnly.TryParseExact(cell, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day) ? day
        : throw new FormatException($"issuer-lifespans.tsv line {lineNumber}: '{cell}' is not a day (YYYY-MM-DD or -)");

    private static string ReadResource(string name)
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"resource '{name}' is not embedded");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    // Dots and white space separate words ("TP.HCM", "UBND  huyện"); every dash reads as one spaced hyphen.
    [GeneratedRegex(@"[.\s]+")] private static partial Regex Separators();
    [GeneratedRegex(@"\s*[-‐‑–—]\s*")] private static partial Regex Dashes();
}
