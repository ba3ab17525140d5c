using System.Globalization;
using System.Text;

namespace Pipeline.Text;

/// <summary>
/// Comparison keys for Vietnamese text. Output text stays as printed (NFC); rules and the evaluation
/// compare through these keys so that old and new tone placement ("Uỷ"/"Ủy", "hoà"/"hòa") and case do not matter.
/// </summary>
public static class VnText
{
    private const char Grave = '\u0300', Acute = '\u0301', Tilde = '\u0303', Hook = '\u0309', DotBelow = '\u0323';

    public static string Nfc(string s) => s.Normalize(NormalizationForm.FormC);

    /// <summary>
    /// NFC, with the letters some Vietnamese fonts put in a PDF's text layer in place of ư: "ƣ" (U+01A3, Latin "oi",
    /// never a Vietnamese letter) for the ư the page shows ("hƣớng dẫn", "Lƣu: VT").
    /// </summary>
    public static string PrintedLetters(string s)
    {
        s = s.Normalize(NormalizationForm.FormC);
        return s.AsSpan().IndexOfAny('\u01A2', '\u01A3') < 0 ? s : s.Replace('\u01A3', '\u01B0').Replace('\u01A2', '\u01AF').Normalize(NormalizationForm.FormC);
    }

    /// <summary>
    /// Lower-case key in which each syllable's tone mark is moved to its end, so tone placement does not
    /// matter but the tone itself does ("thủy" = "thuỷ" ≠ "thuy").
    /// </summary>
    public static string ToneKey(string s)
    {
        if (!AllPieceWise(s, fold: false)) return ToneKeyWhole(s);
        var sb = new StringBuilder(s.Length + 4);
        char pendingTone = '\0';
        foreach (var c in s)
        {
            var piece = CharFolds.Of(c);
            if (piece.EndsSyllable && pendingTone != '\0')
            {
                sb.Append(ToneDigit(pendingTone));
                pendingTone = '\0';
            }
            sb.Append(piece.ToneRest);
            if (piece.Tone != '\0') pendingTone = piece.Tone;
        }
        if (pendingTone != '\0') sb.Append(ToneDigit(pendingTone));
        return sb.ToString();
    }

    /// <summary><see cref="ToneKey"/> by its definition, for text outside the scripts <see cref="CharFolds"/> takes piece by piece.</summary>
    public static string ToneKeyWhole(string s)
    {
        var d = s.ToLowerInvariant().Normalize(NormalizationForm.FormD);
        var sb = new StringBuilder(d.Length);
        char pendingTone = '\0';
        foreach (var c in d)
        {
            if (c is Grave or Acute or Tilde or Hook or DotBelow) { pendingTone = c; continue; }
            if (!char.IsLetter(c) && CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark && pendingTone != '\0')
            {
                sb.Append(ToneDigit(pendingTone));
                pendingTone = '\0';
            }
            sb.Append(c);
        }
        if (pendingTone != '\0') sb.Append(ToneDigit(pendingTone));
        return sb.ToString().Normalize(NormalizationForm.FormC);
    }

    private static char ToneDigit(char tone) => tone switch
    {
        Grave => '\u2081', Acute => '\u2082', Tilde => '\u2083', Hook => '\u2084', _ => '\u2085',
    };

    /// <summary>Lower case, every diacritic removed, đ → d: the key for matching OCR'd text that lost its marks.</summary>
    public static string Fold(string s)
    {
        if (!AllPieceWise(s, fold: true)) return FoldWhole(s);
        var sb = new StringBuilder(s.Length);
        foreach (var c in s) sb.Append(CharFolds.Of(c).Fold);
        return sb.ToString();
    }

    private static bool AllPieceWise(string s, bool fold)
    {
        foreach (var c in s)
            if (!(fold ? CharFolds.IsFoldPieceWise(c) : CharFolds.IsPieceWise(c))) return false;
        return true;
    }

    /// <summary><see cref="Fold"/> by its definition, for text outside the scripts <see cref="CharFolds"/> takes piece by piece.</summary>
    public static string FoldWhole(string s)
    {
        var d = s.ToLowerInvariant().Normalize(NormalizationForm.FormD);
        var sb = new StringBuilder(d.Length);
        foreach (var c in d)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark) continue;
            sb.Append(c == 'đ' ? 'd' : c);
        }
        return sb.ToString();
    }

    /// <summary>
    /// <see cref="Fold"/> that keeps every character at its index (NFC input), so a match found in the folded
    /// text can be cut from the printed text at the same offsets.
    /// </summary>
    public static string FoldAligned(string s)
    {
        var chars = new char[s.Length];
        for (var i = 0; i < s.Length; i++)
        {
            var c = s[i];
            if (char.IsSurrogate(c)) { chars[i] = char.ToLowerInvariant(c.ToString().Normalize(NormalizationForm.FormD)[0]); continue; }
            chars[i] = CharFolds.AlignedOf(c);
        }
        return new string(chars);
    }

    /// <summary>Collapses runs of white space to one space and trims.</summary>
    public static string Squash(string s)
    {
        var sb = new StringBuilder(s.Length);
        var space = false;
        foreach (var c in s)
        {
            if (char.IsWhiteSpace(c)) { space = sb.Length > 0; continue; }
            if (space) { sb.Append(' '); space = false; }
            sb.Append(c);
        }
        return sb.ToString();
    }

    /// <summary>True when every letter is upper case and there are at least <paramref name="minLetters"/> letters.</summary>
    public static bool IsUpper(string s, int minLetters = 2)
    {
        var letters = 0;
        foreach (var c in s)
        {
            if (!char.IsLetter(c)) continue;
            if (char.IsLower(c)) return false;
            letters++;
        }
        return letters >= minLetters;
    }

    /// <summary>
    /// Text in capitals as OCR reads it: <see cref="IsUpper"/>, or a longer run with one letter read in lower case
    /// ("S Í THƯ THƯỜNG TRưÊ" for "PHÓ BÍ THƯ THƯỜNG TRỰC", NQ-34's OCR text). A name or sentence in mixed case has a
    /// lower-case letter in nearly every word, so one stray letter among eight or more does not make one.
    /// </summary>
    public static bool IsCapitals(string s, int minLetters = 2)
    {
        if (IsUpper(s, minLetters)) return true;
        int letters = 0, lower = 0;
        foreach (var c in s)
        {
            if (!char.IsLetter(c)) continue;
            letters++;
            if (char.IsLower(c)) lower++;
        }
        return lower == 1 && letters >= 8;
    }

    /// <summary>Share of letters that are upper case, 0 when there are none.</summary>
    public static double UpperShare(string s)
    {
        int letters = 0, upper = 0;
        foreach (var c in s)
        {
            if (!char.IsLetter(c)) continue;
            letters++;
            if (char.IsUpper(c)) upper++;
        }
        return letters == 0 ? 0 : (double)upper / letters;
    }

    public static bool StartsLower(string s)
    {
        foreach (var c in s)
        {
            if (char.IsLetter(c)) return char.IsLower(c);
            if (char.IsDigit(c)) return false;
        }
        return false;
    }

    /// <summary>Levenshtein distance, for fuzzy matches of short strings (place names, OCR'd keywords).</summary>
    public static int Distance(string a, string b)
    {
        if (a.Length == 0) return b.Length;
        if (b.Length == 0) return a.Length;
        var prev = new int[b.Length + 1];
        var cur = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++) prev[j] = j;
        for (var i = 1; i <= a.Length; i++)
        {
            cur[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                cur[j] = Math.Min(Math.Min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
            }
            (prev, cur) = (cur, prev);
        }
        return prev[b.Length];
    }
}
