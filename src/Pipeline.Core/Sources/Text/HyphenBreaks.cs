using System.Text.RegularExpressions;

namespace Pipeline.Sources.Text;

/// <summary>
/// Crawlers of the legal portals (and some converters) break a line before the spaced hyphen of a compound or a range,
/// so the second half opens a line with "- " as a bullet would: "Kế hoạch phát triển kinh tế" / "- xã hội và dự toán …",
/// "tổ chức xã hội" / "- nghề nghiệp, …", "giai đoạn 2022" / "- 2025, tầm nhìn …", in a title "… PHÁT TRIỂN KINH TẾ" /
/// "- XÃ HỘI VÀ DỰ TOÁN …". Read as a bullet, the half starts a list item: a title loses its end, an article its
/// sentence. Such a line is the previous one's continuation when the previous line stops without punctuation on a word
/// that the dash line goes on in the same register: a year before a year, a lower-case word before a lower-case word,
/// capitals before a run of capitals. A bullet opens with a capital after a lead-in ending in ":" or after an entry
/// ending in ";" or ".", so it is left alone. The two lines are joined with one space, as the printed text reads.
/// </summary>
public static partial class HyphenBreaks
{
    public static IReadOnlyList<string> Join(IReadOnlyList<string> raw)
    {
        List<string>? joined = null;
        for (var i = 0; i < raw.Count; i++)
        {
            var line = raw[i];
            if (i > 0 && joined is { Count: > 0 } && ContinuesAcross(joined[^1], line))
            {
                joined[^1] = joined[^1].TrimEnd() + " " + line.Trim();
                continue;
            }
            if (joined is null && i + 1 < raw.Count && ContinuesAcross(line, raw[i + 1])) joined = [.. raw.Take(i)];
            joined?.Add(line);
        }
        return joined is null ? raw : joined;
    }

    /// <summary>Whether <paramref name="next"/> ("- xã hội …") goes on with the compound or range <paramref name="previous"/> ends on.</summary>
    public static bool ContinuesAcross(string previous, string next)
    {
        var before = previous.TrimEnd();
        if (before.Length == 0 || before.StartsWith('|') || before.TrimStart().StartsWith('#')) return false;
        if (!next.StartsWith("- ", StringComparison.Ordinal)) return false;
        return YearThenYear().IsMatch(before + "\n" + next)
            || LowerThenLower().IsMatch(before + "\n" + next)
            || CapitalsThenCapitals().IsMatch(before + "\n" + next);
    }

    // "… giai đoạn 2022" / "- 2025, …"
    [GeneratedRegex(@"\b\d{4}\n- \d{4}\b")] private static partial Regex YearThenYear();
    // "… kinh tế" / "- xã hội …": a word in lower case on both sides.
    [GeneratedRegex(@"\p{Ll}\n- \p{Ll}")] private static partial Regex LowerThenLower();
    // "… PHÁT TRIỂN KINH TẾ" / "- XÃ HỘI VÀ DỰ TOÁN …": two capital words before, three after.
    [GeneratedRegex(@"\p{Lu}+ \p{Lu}+\n- \p{Lu}+ \p{Lu}+ \p{Lu}+\b")] private static partial Regex CapitalsThenCapitals();
}
