using System.Text.RegularExpressions;

namespace Pipeline.Ocr.Language;

/// <summary>How text is cut into language-model tokens: lower-cased syllables, numbers as one token, sentence ends.</summary>
public static partial class SyllableTokens
{
    public const string Number = "<num>";
    public const string Other = "<unk>";
    public const string Start = "<s>";
    public const string End = "</s>";

    /// <summary>A word of the text: its position in the line, its core (letters), and whether a sentence ends after it.</summary>
    public readonly record struct Piece(int Start, int Length, string Core, bool EndsSentence);

    /// <summary>The words of one line: white-space separated, leading and trailing punctuation off the core.</summary>
    public static IEnumerable<Piece> Pieces(string line)
    {
        foreach (Match m in Word().Matches(line))
        {
            var s = m.Value;
            int i = 0, j = s.Length;
            while (i < j && !char.IsLetterOrDigit(s[i])) i++;
            while (j > i && !char.IsLetterOrDigit(s[j - 1])) j--;
            var ends = s.AsSpan(j).IndexOfAny(".;:!?") >= 0;
            if (i == j && !ends) continue;
            yield return new Piece(m.Index + i, j - i, s[i..j], ends);
        }
    }

    /// <summary>The context token of a word's core: the lower-cased canonical syllable, a number or other.</summary>
    public static string Token(string core) =>
        Syllable.IsWord(core) ? Syllable.Canonical(core) : core.Length > 0 && core.All(c => char.IsDigit(c) || c is '.' or ',' or '/') && core.Any(char.IsDigit) ? Number : Other;

    /// <summary>Sentences of training text as token lists.</summary>
    public static IEnumerable<List<string>> Sentences(string text)
    {
        foreach (var line in text.Split('\n'))
        {
            var sentence = new List<string>();
            foreach (var piece in Pieces(line))
            {
                if (piece.Core.Length > 0) sentence.Add(Token(piece.Core));
                if (piece.EndsSentence) { if (sentence.Count > 0) yield return sentence; sentence = []; }
            }
            if (sentence.Count > 0) yield return sentence;
        }
    }

    [GeneratedRegex(@"\S+", RegexOptions.CultureInvariant)]
    private static partial Regex Word();
}
