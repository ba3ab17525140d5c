using Pipeline.Text;

namespace Pipeline.Vocabulary;

/// <summary>A set of phrases compared by tone key, with a longest-first prefix match.</summary>
public sealed class Lexicon
{
    private readonly List<string> _keys;

    public Lexicon(IEnumerable<string> phrases)
    {
        Phrases = phrases.ToList();
        _keys = Phrases.Select(VnText.ToneKey).Distinct().OrderByDescending(k => k.Length).ToList();
    }

    /// <summary>The phrases as written in the data file.</summary>
    public IReadOnlyList<string> Phrases { get; }

    public static Lexicon Load(string file) => new(VocabularyFile.Lines(file));

    public bool Contains(string phrase) => _keys.Contains(VnText.ToneKey(phrase.Trim()));

    /// <summary>Length in characters of the tone key of the longest phrase that <paramref name="keyText"/> starts with at a word boundary, or 0.</summary>
    public int MatchPrefix(string keyText)
    {
        foreach (var k in _keys)
        {
            if (keyText.StartsWith(k, StringComparison.Ordinal) && (keyText.Length == k.Length || !char.IsLetterOrDigit(keyText[k.Length])))
                return k.Length;
        }
        return 0;
    }

    /// <summary>True when any phrase occurs in <paramref name="keyText"/> as whole words.</summary>
    public bool OccursIn(string keyText) => _keys.Any(k => IndexOfWord(keyText, k) >= 0);

    public IEnumerable<string> Keys => _keys;

    /// <summary>Index of <paramref name="word"/> in <paramref name="text"/> at word boundaries, or -1.</summary>
    public static int IndexOfWord(string text, string word, int start = 0)
    {
        var i = start;
        while ((i = text.IndexOf(word, i, StringComparison.Ordinal)) >= 0)
        {
            var before = i == 0 || !char.IsLetterOrDigit(text[i - 1]);
            var end = i + word.Length;
            var after = end >= text.Length || !char.IsLetterOrDigit(text[end]);
            if (before && after) return i;
            i++;
        }
        return -1;
    }
}
