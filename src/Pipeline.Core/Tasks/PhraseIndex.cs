namespace Pipeline.Tasks;

/// <summary>
/// A vocabulary's phrases (folded form and tone key, longest first) grouped by their first folded character, so
/// the word-by-word scans of <see cref="UnitFinder"/> try only the phrases that can start at a position instead of
/// all of them. Each group keeps the list's order, so the first match is the one a scan of the whole list finds.
/// </summary>
internal sealed class PhraseIndex
{
    private readonly (string Fold, string Key)[] _all;
    private readonly Dictionary<char, (string Fold, string Key)[]> _byFirst;

    public PhraseIndex((string Fold, string Key)[] phrases)
    {
        _all = phrases;
        // A phrase with an empty folded form could match anywhere: then every position is offered the whole list.
        _byFirst = phrases.Any(p => p.Fold.Length == 0)
            ? []
            : phrases.GroupBy(p => p.Fold[0]).ToDictionary(g => g.Key, g => g.ToArray());
    }

    /// <summary>The phrases that may occur in <paramref name="folded"/> at <paramref name="index"/>, in list order.</summary>
    public (string Fold, string Key)[] At(string folded, int index)
    {
        if (_byFirst.Count == 0 || index < 0 || index >= folded.Length) return _all;
        return _byFirst.TryGetValue(folded[index], out var group) ? group : [];
    }
}
