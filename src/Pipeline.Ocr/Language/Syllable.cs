using System.Globalization;
using System.Text;

namespace Pipeline.Ocr.Language;

/// <summary>
/// Vietnamese syllable spelling: base letters (no marks, đ as d), the tone, and a canonical form that ignores where
/// the tone mark sits ("hoá" and "hóa" are one syllable, never a correction of each other).
/// </summary>
public static class Syllable
{
    // Tone marks as combining characters after NFD: huyền, sắc, ngã, hỏi, nặng.
    private const string ToneMarks = "\u0300\u0301\u0303\u0309\u0323";

    /// <summary>Lower-case letters only, no marks, đ → d: what a diacritic misreading keeps.</summary>
    public static string Base(string syllable)
    {
        var sb = new StringBuilder(syllable.Length);
        foreach (var c in syllable.ToLowerInvariant().Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark) continue;
            sb.Append(c == 'đ' ? 'd' : c);
        }
        return sb.ToString();
    }

    /// <summary>Lower case, tone mark removed and appended as a digit (0 = level): equal for "hoá" and "hóa".</summary>
    public static string Canonical(string syllable)
    {
        var sb = new StringBuilder(syllable.Length + 1);
        var tone = '0';
        foreach (var c in syllable.ToLowerInvariant().Normalize(NormalizationForm.FormD))
        {
            var t = ToneMarks.IndexOf(c);
            if (t >= 0) tone = (char)('1' + t);
            else sb.Append(c);
        }
        return sb.ToString().Normalize(NormalizationForm.FormC) + tone;
    }

    /// <summary>
    /// Diacritic edits between two spellings of the same base letters: each letter whose circumflex, breve, horn or
    /// stroke (đ) differs, plus one when the tone differs.
    /// </summary>
    public static int DiacriticEdits(string a, string b)
    {
        var (la, ta) = Letters(a);
        var (lb, tb) = Letters(b);
        var edits = ta == tb ? 0 : 1;
        for (var i = 0; i < Math.Min(la.Count, lb.Count); i++) if (la[i] != lb[i]) edits++;
        return edits + Math.Abs(la.Count - lb.Count);
    }

    private static (List<string> Letters, int Tone) Letters(string syllable)
    {
        var letters = new List<string>();
        var tone = 0;
        foreach (var c in syllable.ToLowerInvariant().Normalize(NormalizationForm.FormD))
        {
            var t = ToneMarks.IndexOf(c);
            if (t >= 0) { tone = t + 1; continue; }
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark && letters.Count > 0) letters[^1] += c;
            else letters.Add(c.ToString());
        }
        return (letters, tone);
    }

    /// <summary>True for a run of letters that can be a Vietnamese syllable (or an abbreviation): letters only.</summary>
    public static bool IsWord(string token) => token.Length > 0 && token.All(char.IsLetter);

    /// <summary>The casing of <paramref name="original"/> put on <paramref name="lower"/>: upper, capitalised or lower.</summary>
    public static string RestoreCase(string original, string lower)
    {
        var letters = original.Count(char.IsLetter);
        if (letters >= 2 && original.All(c => !char.IsLetter(c) || char.IsUpper(c))) return lower.ToUpperInvariant();
        if (letters >= 1 && char.IsUpper(original.First(char.IsLetter))) return char.ToUpperInvariant(lower[0]) + lower[1..];
        return lower;
    }
}
