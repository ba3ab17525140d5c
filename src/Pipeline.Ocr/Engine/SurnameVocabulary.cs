using Pipeline.Text;

namespace Pipeline.Ocr.Engine;

/// <summary>A closed list of family names, compared by their letters alone (tones and marks folded).</summary>
internal sealed class SurnameVocabulary(IEnumerable<string> surnames)
{
    private readonly ILookup<string, string> _byLetters = surnames.Distinct().ToLookup(VnText.Fold);

    /// <summary>The one surname with the word's letters ("Phẩm" → "Phạm"); null when none or several have them.</summary>
    public string? Repair(string word) =>
        _byLetters[VnText.Fold(word)].ToList() is [var only] ? only : null;
}
