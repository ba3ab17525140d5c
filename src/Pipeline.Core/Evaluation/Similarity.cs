using Pipeline.Text;

namespace Pipeline.Evaluation;

/// <summary>String comparisons used by the evaluation.</summary>
public static class Similarity
{
    /// <summary>Strict: equal after NFC, case folding, tone-placement folding and white-space squashing.</summary>
    public static bool Strict(string? a, string? b)
    {
        if (a is null || b is null) return a is null && b is null;
        return Key(a) == Key(b);
    }

    /// <summary>Lenient: strict, or at least 85 % alike ignoring diacritics, or one contains the other.</summary>
    public static bool Lenient(string? a, string? b, double threshold = 0.85)
    {
        if (a is null || b is null) return a is null && b is null;
        if (Strict(a, b)) return true;
        var fa = Loose(a);
        var fb = Loose(b);
        if (fa.Length == 0 || fb.Length == 0) return false;
        if (fa.Length >= 6 && fb.Length >= 6 && (fa.Contains(fb) || fb.Contains(fa))) return true;
        return Ratio(fa, fb) >= threshold;
    }

    /// <summary>1 − edit distance / longer length, on folded text.</summary>
    public static double Ratio(string a, string b)
    {
        var fa = Loose(a);
        var fb = Loose(b);
        var longer = Math.Max(fa.Length, fb.Length);
        if (longer == 0) return 1;
        // Long texts: compare by words to keep it fast and tolerant of small joins.
        if (longer > 400) return WordRatio(fa, fb);
        return 1.0 - (double)VnText.Distance(fa, fb) / longer;
    }

    private static double WordRatio(string a, string b)
    {
        var wa = a.Split(' ');
        var wb = b.Split(' ');
        var counts = wb.GroupBy(w => w).ToDictionary(g => g.Key, g => g.Count());
        var common = 0;
        foreach (var w in wa)
            if (counts.TryGetValue(w, out var c) && c > 0) { common++; counts[w] = c - 1; }
        return 2.0 * common / (wa.Length + wb.Length);
    }

    private static string Key(string s) => VnText.ToneKey(VnText.Squash(s.Normalize(System.Text.NormalizationForm.FormC))).Trim(' ', '.', ';', ',');

    private static string Loose(string s)
    {
        var f = VnText.Fold(s);
        var chars = f.Select(c => char.IsLetterOrDigit(c) ? c : ' ').ToArray();
        return VnText.Squash(new string(chars));
    }
}
