using Pipeline.Text;

namespace Pipeline.Vocabulary;

/// <summary>
/// A set of phrases compared through one kind of key (<see cref="ToneKey"/> or <see cref="FoldKey"/>), with a
/// longest-first prefix match. The mode is fixed by the type and checked against the data file's
/// <c># compare: tone|fold</c> header, so a file and the code reading it cannot disagree about how it is compared.
/// </summary>
public sealed class Lexicon<TKey> where TKey : struct, IVnKey<TKey>
{
    private readonly List<string> _keys;

    public Lexicon(IEnumerable<string> phrases)
    {
        Phrases = phrases.ToList();
        _keys = Phrases.Select(p => TKey.Of(p).Value).Distinct().OrderByDescending(k => k.Length).ToList();
    }

    /// <summary>The phrases as written in the data file.</summary>
    public IReadOnlyList<string> Phrases { get; }

    /// <summary>Loads a data file, refusing one whose header declares another comparison mode.</summary>
    [System.Diagnostics.CodeAnalysis.SuppressMessage("Design", "CA1000", Justification = "The key type is what Load checks the file's header against: Lexicon<ToneKey>.Load names it.")]
    public static Lexicon<TKey> Load(VocabularySource source, string file)
    {
        var lines = source.Lines(file);
        var mode = VocabularyFile.CompareMode(lines);
        if (mode is not null && mode != TKey.ModeName)
            throw new InvalidOperationException($"vocabulary file '{file}' is compared by {mode}, not by {TKey.ModeName}");
        return new(VocabularyFile.Entries(lines));
    }

    public bool Contains(string phrase) => _keys.Contains(TKey.Of(phrase.Trim()).Value);

    /// <summary>Length in key characters of the longest phrase that <paramref name="key"/> starts with at a word boundary, or 0.</summary>
    public int MatchPrefix(TKey key) => MatchPrefix(key.Value);

    /// <summary>As <see cref="MatchPrefix(TKey)"/>, for text already in this lexicon's key space.</summary>
    public int MatchPrefix(string keyText)
    {
        foreach (var k in _keys)
        {
            if (keyText.StartsWith(k, StringComparison.Ordinal) && (keyText.Length == k.Length || !Words.IsWordChar(keyText[k.Length])))
                return k.Length;
        }
        return 0;
    }

    /// <summary>True when any phrase occurs in <paramref name="key"/> as whole words.</summary>
    public bool OccursIn(TKey key) => OccursIn(key.Value);

    /// <summary>As <see cref="OccursIn(TKey)"/>, for text already in this lexicon's key space.</summary>
    public bool OccursIn(string keyText) => _keys.Any(k => Words.IndexOf(keyText, k) >= 0);

    /// <summary>How many phrases occur in <paramref name="key"/> as whole words.</summary>
    public int CountIn(TKey key) => _keys.Count(k => Words.IndexOf(key.Value, k) >= 0);

    public IEnumerable<string> Keys => _keys;
}
