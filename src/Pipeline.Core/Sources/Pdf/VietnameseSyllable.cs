using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Pipeline.Text;

namespace Pipeline.Sources.Pdf;

/// <summary>
/// Whether a token can be a Vietnamese syllable (âm tiết): onset consonant, vowel nucleus with at most
/// one tone mark, final consonant. Glyph-id garbage ("7KӵF", "ÿӏQK") and broken legacy encodings fail it,
/// real text passes it for most tokens; abbreviations (UBND, VLNCN) fail too, which a share absorbs.
/// </summary>
internal static partial class VietnameseSyllable
{
    [GeneratedRegex("^(ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|b|c|d|đ|g|h|k|l|m|n|p|r|s|t|v|x)?[aăâeêioôơuưy]{1,3}(ch|ng|nh|c|m|n|p|t)?$",
        RegexOptions.CultureInvariant)]
    private static partial Regex Shape();

    private static readonly HashSet<char> ToneMarks = ['\u0300', '\u0301', '\u0303', '\u0309', '\u0323'];

    public static bool IsSyllable(string token)
    {
        // The same split from cached per-character pieces (Latin and Vietnamese letters): no ICU call per token.
        if (CharFolds.TrySplitTones(token, out var rest, out var toneCount))
            return toneCount <= 1 && Shape().IsMatch(rest);
        var decomposed = token.ToLowerInvariant().Normalize(NormalizationForm.FormD);
        var bare = new StringBuilder(decomposed.Length);
        var tones = 0;
        foreach (var c in decomposed)
        {
            if (ToneMarks.Contains(c)) tones++;
            else bare.Append(c);
        }
        if (tones > 1) return false;
        return Shape().IsMatch(bare.ToString().Normalize(NormalizationForm.FormC));
    }

    /// <summary>Share of letter tokens (two letters or more) that are syllables; 0 when there are none.</summary>
    public static double Share(IEnumerable<string> lines)
    {
        int tokens = 0, good = 0;
        foreach (var line in lines)
        foreach (var token in Tokens(line))
        {
            tokens++;
            if (IsSyllable(token)) good++;
        }
        return tokens == 0 ? 0 : (double)good / tokens;
    }

    /// <summary>Runs of letters and marks, split at anything else; one-letter runs say nothing.</summary>
    private static IEnumerable<string> Tokens(string text)
    {
        var current = new StringBuilder();
        foreach (var c in text.Normalize(NormalizationForm.FormC))
        {
            var category = char.GetUnicodeCategory(c);
            var isLetter = char.IsLetter(c) || category is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark;
            if (isLetter) { current.Append(c); continue; }
            if (current.Length > 1) yield return current.ToString();
            current.Clear();
        }
        if (current.Length > 1) yield return current.ToString();
    }
}
