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

    public static MarkAwareLexicon Load(VocabularySource source, string file) => new(Lexicon<ToneKey>.Load(source, file));

    public IReadOnlyList<string> Phrases => _tone.Phrases;

    /// <summary>The phrase keys of the space <paramref name="key"/> is in.</summary>
    public IEnumerable<string> Keys(MarkAwareKey key) => key.Marked ? _tone.Keys : _fold.Keys;

    /// <summary>Length in key characters of the longest phrase the text opens with at a word boundary, or 0.</summary>
    public int MatchPrefix(MarkAwareKey key) => key.Marked ? _tone.MatchPrefix(key.Value) : _fold.MatchPrefix(key.Value);

    /// <summary>How many phrases occur in the text as whole words.</summary>
    public int CountIn(MarkAwareKey key) => Keys(key).Count(k => Words.IndexOf(key.Value, k) >= 0);
}

/// <summary>
/// A text's key in the space <see cref="MarkAwareLexicon"/> compares it in: by tone when the text carries marks, by
/// fold when it carries none. Computed once per text and shared by every lexicon that reads it.
/// </summary>
public readonly record struct MarkAwareKey(bool Marked, string Value)
{
    public static MarkAwareKey Of(string text)
    {
        var marked = MarkAware.HasMarks(text);
        return new(marked, marked ? ToneKey.Of(text).Value : FoldKey.Of(text).Value);
    }
}
