using System.Text;

namespace Pipeline.Ocr.Evaluation;

/// <summary>
/// Character error rate: Levenshtein distance between recognised and reference text over NFC characters,
/// divided by the reference length. White space is normalised (runs become one space, ends trimmed) so
/// line breaks and column gaps do not count as errors; reading order still does.
/// </summary>
public static class CharacterErrorRate
{
    public static double Compute(string recognised, string reference)
    {
        var hypothesis = Normalise(recognised);
        var truth = Normalise(reference);
        if (truth.Length == 0) return hypothesis.Length == 0 ? 0 : 1;
        return (double)Distance(hypothesis, truth) / truth.Length;
    }

    public static string Normalise(string text)
    {
        var builder = new StringBuilder(text.Length);
        var space = false;
        foreach (var c in text.Normalize(NormalizationForm.FormC))
        {
            if (char.IsWhiteSpace(c)) { space = builder.Length > 0; continue; }
            if (space) builder.Append(' ');
            space = false;
            builder.Append(c);
        }
        return builder.ToString();
    }

    /// <summary>Edit distance with unit costs, two rows of memory.</summary>
    public static int Distance(string a, string b)
    {
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++) previous[j] = j;
        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var substitution = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1);
                current[j] = Math.Min(substitution, Math.Min(previous[j], current[j - 1]) + 1);
            }
            (previous, current) = (current, previous);
        }
        return previous[b.Length];
    }
}
