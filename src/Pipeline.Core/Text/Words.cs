namespace Pipeline.Text;

/// <summary>Whole-word search in text or key space.</summary>
public static class Words
{
    /// <summary>
    /// A letter, a digit, or a tone digit of a <see cref="ToneKey"/> (U+2081–U+2085): in key space "giao₂" (giáo)
    /// is one word, so the cue "giao" must not match inside it.
    /// </summary>
    public static bool IsWordChar(char c) => char.IsLetterOrDigit(c) || c is >= '\u2081' and <= '\u2085';

    /// <summary>Index of <paramref name="word"/> in <paramref name="text"/> at word boundaries, or -1.</summary>
    public static int IndexOf(string text, string word, int start = 0)
    {
        var i = start;
        while ((i = text.IndexOf(word, i, StringComparison.Ordinal)) >= 0)
        {
            var before = i == 0 || !IsWordChar(text[i - 1]);
            var end = i + word.Length;
            var after = end >= text.Length || !IsWordChar(text[end]);
            if (before && after) return i;
            i++;
        }
        return -1;
    }

    /// <summary>A word printed in capitals: it has letters and every letter is upper case ("TỔNG", "UBND", "(2b)" is not).</summary>
    public static bool IsCapitalised(string word) => word.Any(char.IsLetter) && word.Where(char.IsLetter).All(char.IsUpper);
}
