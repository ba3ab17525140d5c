using System.Globalization;
using System.Text;

namespace Pipeline.Ml.Noise;

/// <summary>
/// Seeded damage of the kinds Tesseract does to Vietnamese print, at a given rate per letter:
/// a dropped tone mark ("Thông"→"Thong"), a tone read as another ("Chủ"→"Chú", hook ↔ acute, tilde → acute),
/// a vowel hat or horn lost ("ư"→"u", "ơ"→"o", "â"/"ă"→"a", "ê"→"e", "ô"→"o"), "đ"→"d".
/// The same seed and text always give the same output (System.Random with a seed is stable across runs).
/// </summary>
public static class OcrNoise
{
    private const char Grave = '\u0300', Acute = '\u0301', Tilde = '\u0303', Hook = '\u0309', DotBelow = '\u0323';
    private static readonly char[] Tones = [Grave, Acute, Tilde, Hook, DotBelow];

    /// <summary>The decomposed marks OCR loses from a vowel: horn (ư, ơ), circumflex (â, ê, ô), breve (ă).</summary>
    private static readonly HashSet<char> Shapes = ['\u031B', '\u0302', '\u0306'];

    public static string Damage(string text, Random rng, double rate)
    {
        if (rate <= 0 || text.Length == 0) return text;
        var sb = new StringBuilder(text.Length);
        foreach (var element in TextElements(text))
        {
            if (element.Length == 0 || !char.IsLetter(element[0]) || rng.NextDouble() >= rate) { sb.Append(element); continue; }
            sb.Append(DamageLetter(element, rng));
        }
        return sb.ToString().Normalize(NormalizationForm.FormC);
    }

    private static string DamageLetter(string letter, Random rng)
    {
        if (letter is "đ" or "Đ") return letter == "đ" ? "d" : "D";
        var decomposed = letter.Normalize(NormalizationForm.FormD);
        var tone = decomposed.FirstOrDefault(c => Tones.Contains(c));
        var shape = decomposed.FirstOrDefault(Shapes.Contains);
        var choice = rng.Next(3);
        if (tone != default && choice == 0) return decomposed.Replace(tone.ToString(), "");
        if (tone != default && choice == 1)
        {
            // The confusions seen most: hook read as acute ("Chủ"→"Chú"), tilde as acute, dot below dropped to grave.
            var swapped = tone switch { Hook => Acute, Tilde => Acute, Acute => Hook, DotBelow => Grave, _ => Acute };
            return decomposed.Replace(tone, swapped);
        }
        if (shape != default) return decomposed.Replace(shape.ToString(), "");
        if (tone != default) return decomposed.Replace(tone.ToString(), "");
        return letter;
    }

    private static IEnumerable<string> TextElements(string text)
    {
        var e = StringInfo.GetTextElementEnumerator(text.Normalize(NormalizationForm.FormC));
        while (e.MoveNext()) yield return (string)e.Current;
    }
}
