using System.Text.RegularExpressions;
using Pipeline.Text;
using Pipeline.Vocabulary;

namespace Pipeline.Sources.Blocks;

/// <summary>
/// A scrape that stripped a page's tags without a separator glues a signature's stacked lines together ("KT. THỦ
/// TƯỚNGPHÓ THỦ TƯỚNGMai Văn Chính", "TM. CHÍNH PHỦKT. THỦ TƯỚNG…", "TM. ỦY BAN THƯỜNG VỤ QUỐC HỘICHỦ TỊCHTrần Thanh
/// Mẫn"). On a line that opens with a signing formula the breaks come back where the glue shows: before a second
/// formula or a name glued to capitals, and before a known position that begins inside a capital word. The spaces
/// restored are enough for the cell splitter to find the printed lines.
/// </summary>
public sealed partial class GluedSignature(Vocab vocab)
{
    public string Unglue(string line)
    {
        if (line.Length > 200) return line;
        // The capitals before the first lower-case letter (the glued name's) open with a formula.
        var firstLower = 0;
        while (firstLower < line.Length && !char.IsLower(line[firstLower])) firstLower++;
        if (vocab.SigningFormulas.Match(line[..firstLower]) is null) return line;
        var text = line;
        foreach (var at in vocab.SigningFormulas.GluedStarts(text).Reverse()) text = text.Insert(at, " ");
        text = NameAfterCapitals().Replace(text, " ");
        text = NoteGlued().Replace(text, " ");
        return PositionsInside(text);
    }

    /// <summary>"QUỐC HỘICHỦ TỊCH" → "QUỐC HỘI CHỦ TỊCH": a known position that opens inside a capital word, the word's
    /// head (two letters or more) left before it, and the word not itself the start of a known position.</summary>
    private string PositionsInside(string text)
    {
        var words = text.Split(' ');
        for (var i = 0; i < words.Length; i++)
        {
            var word = words[i];
            if (word.Length < 5 || !Words.IsCapitalised(word) || OpensPosition(words, i, word)) continue;
            for (var k = 2; k <= word.Length - 2; k++)
            {
                if (!char.IsLetter(word[k - 1]) || !char.IsLetter(word[k])) continue;
                if (!OpensPosition(words, i, word[k..])) continue;
                words[i] = word[..k] + " " + word[k..];
                break;
            }
        }
        return string.Join(' ', words);
    }

    /// <summary>Whether <paramref name="head"/> followed by the words after word <paramref name="i"/> opens with a known position.</summary>
    private bool OpensPosition(string[] words, int i, string head)
    {
        var candidate = head;
        for (var n = 0; n < 5; n++)
        {
            if (vocab.IsSignerPosition(candidate)) return true;
            if (i + 1 + n >= words.Length) break;
            candidate += " " + words[i + 1 + n];
        }
        return false;
    }

    // Two capitals, then a capital opening a word in sentence case: the name glued to the position ("TƯỚNGMai").
    [GeneratedRegex(@"(?<=\p{Lu}\p{Lu})(?=\p{Lu}\p{Ll})")] private static partial Regex NameAfterCapitals();
    // The portal's note glued to the words either side ("TƯỚNG(Đã ký)Lê Thành Long").
    [GeneratedRegex(@"(?<=\p{L})(?=\()|(?<=\))(?=\p{L})")] private static partial Regex NoteGlued();
}
