using Pipeline.Text;

namespace Pipeline.Ml.Features;

/// <summary>
/// Character n-grams and words of a text, lower-cased with Vietnamese diacritics kept ("chủ" and "chú" are
/// different words), plus the same on the folded text (no diacritics) so that OCR that drops or swaps a tone
/// mark still meets the grams learned from clean text. ML.NET's FeaturizeText is not used: it strips
/// diacritics unless told otherwise and its word breaking is tuned for English.
/// </summary>
public static class TextGrams
{
    public static void Add(FeatureVector v, string prefix, string text, int maxChars = 120, float weight = 1f)
    {
        var t = text.Length > maxChars ? text[..maxChars] : text;
        var lower = t.ToLowerInvariant();
        var folded = VnText.Fold(t);
        AddCharGrams(v, prefix + "c", " " + lower + " ", 3, 4, weight);
        AddCharGrams(v, prefix + "f", " " + folded + " ", 3, 4, weight * 0.7f);
        foreach (var w in Words(lower)) v.AddHashed(prefix + "w:" + w, weight);
        foreach (var w in Words(folded)) v.AddHashed(prefix + "fw:" + w, weight * 0.7f);
        var first = Words(folded).Take(2).ToList();
        if (first.Count > 0) v.AddHashed(prefix + "w0:" + first[0], weight);
        if (first.Count > 1) v.AddHashed(prefix + "w01:" + first[0] + "_" + first[1], weight);
        v.AddHashed(prefix + "shape:" + Shape(t), weight);
    }

    /// <summary>Words of letters and digits; punctuation is dropped (the dense features carry it).</summary>
    public static IEnumerable<string> Words(string text) =>
        text.Split([' ', ',', ';', ':', '.', '(', ')', '"', '“', '”', '*', '-', '–', '/'], StringSplitOptions.RemoveEmptyEntries)
            .Select(w => w.Trim())
            .Where(w => w.Length > 0);

    private static void AddCharGrams(FeatureVector v, string prefix, string s, int min, int max, float weight)
    {
        for (var n = min; n <= max; n++)
            for (var i = 0; i + n <= s.Length; i++)
                v.AddHashed(prefix + n + s.Substring(i, n), weight);
    }

    /// <summary>A coarse shape of the opening: "Aa 1." → "Xx 9.", capped at 6 symbols.</summary>
    private static string Shape(string text)
    {
        var sb = new System.Text.StringBuilder();
        foreach (var c in text.TrimStart())
        {
            var s = char.IsUpper(c) ? 'X' : char.IsLower(c) ? 'x' : char.IsDigit(c) ? '9' : c;
            if (sb.Length > 0 && sb[^1] == s) continue;
            sb.Append(s);
            if (sb.Length >= 6) break;
        }
        return sb.ToString();
    }
}
