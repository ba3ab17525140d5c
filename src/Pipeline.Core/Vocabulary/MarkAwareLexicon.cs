using Pipeline.Text;

namespace Pipeline.Vocabulary;

/// <summary>
/// One phrase list in both key spaces: text that carries marks is matched by tone, text without any by fold
/// (<see cref="MarkAware"/>). Its data file declares <c># compare: tone</c>.
/// </summary>
public sealed class MarkAwareLexicon
{
    private readonly Lexicon<ToneKey> _tone;
    private readonly Lexicon<FoldKey> _fold;

    public MarkAwareLexicon(Lexicon<ToneKey> tone)
    {
        _tone = tone;
        _fold = new Lexicon<FoldKey>(tone.Phrases);
    }

    public static MarkAwareLexicon Load(string file) => new(Lexicon<ToneKey>.Load(file));

    public IReadOnlyList<string> Phrases => _tone.Phrases;

    /// <summary>The key of <paramref name="text"/> in the space this lexicon compares it in, with that space's phrase keys.</summary>
    public (string Text, IEnumerable<string> Keys) KeySpace(string text) =>
        MarkAware.HasMarks(text) ? (ToneKey.Of(text).Value, _tone.Keys) : (FoldKey.Of(text).Value, _fold.Keys);

    /// <summary>Length in key characters of the longest phrase <paramref name="text"/> opens with, and the text's key.</summary>
    public (int Length, string Key) MatchPrefix(string text)
    {
        if (MarkAware.HasMarks(text)) { var k = ToneKey.Of(text).Value; return (_tone.MatchPrefix(k), k); }
        var f = FoldKey.Of(text).Value;
        return (_fold.MatchPrefix(f), f);
    }

    /// <summary>How many phrases occur in <paramref name="text"/> as whole words.</summary>
    public int CountIn(string text)
    {
        var (key, keys) = KeySpace(text);
        return keys.Count(k => Words.IndexOf(key, k) >= 0);
    }
}
