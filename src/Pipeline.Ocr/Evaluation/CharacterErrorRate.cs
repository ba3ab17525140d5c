using System.Text;
using Pipeline.Text;

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

    /// <summary>NFC, runs of white space as one space, ends trimmed.</summary>
    public static string Normalise(string text) => VnText.Squash(text.Normalize(NormalizationForm.FormC));

    /// <summary>Edit distance with unit costs (the one the rules use).</summary>
    public static int Distance(string a, string b) => VnText.Distance(a, b);
}
