namespace Pipeline.Tasks;

/// <summary>
/// Every body an item's text names, whatever it does there: each place a unit head word opens a phrase, cut at
/// the next verb or clause break and split like UnitFinder's units. These are the candidates a learned unit-role
/// classifier chooses from beyond the rules' own picks.
/// </summary>
public sealed partial class UnitFinder
{
    public List<(string Name, int Offset)> Mentions(string text)
    {
        var folded = Pipeline.Text.VnText.FoldAligned(text);
        var result = new List<(string, int)>();
        var coveredUntil = -1;
        for (var i = 0; i < folded.Length; i++)
        {
            if (i <= coveredUntil || i > 0 && char.IsLetterOrDigit(folded[i - 1])) continue;
            if (StartsWithHead(text, folded, i) == 0) continue;
            // "các X", "những X": the collective word belongs to the name.
            var start = i;
            if (_pluralBefore.Match(folded[..i]) is { Success: true } collective) start = collective.Index;
            var phrase = PhraseUntilVerb(text, folded, start, out var end);
            coveredUntil = end;
            if (phrase is null) continue;
            foreach (var name in Split(phrase))
            {
                var at = text.IndexOf(name, start, StringComparison.Ordinal);
                result.Add((name, at < 0 ? start : at));
            }
        }
        return result;
    }
}
