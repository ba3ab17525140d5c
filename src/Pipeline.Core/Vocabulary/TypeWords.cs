using Pipeline.Text;

namespace Pipeline.Vocabulary;

/// <summary>
/// Tên loại văn bản as printed at the head of a line ("THÔNG BÁO", "NGHỊ QUYẾT", doc-types.tsv), compared by tone
/// key, longest form first ("KẾ HOẠCH" before "KẾ"). The one matcher of the type word: the role stage names the
/// document's type with it and the cell splitter cuts a type word run onto the line above it.
/// </summary>
public sealed class TypeWords
{
    private readonly IReadOnlyList<(DocTypeEntry Type, string Form, string Key)> _forms;

    public TypeWords(IEnumerable<DocTypeEntry> types) =>
        _forms = types.SelectMany(t => t.PrintedForms.Select(f => (t, f, VnText.ToneKey(f))))
            .OrderByDescending(f => f.f.Length).ToList();

    /// <summary>The type whose printed form opens <paramref name="text"/> as whole words, and that form's length.</summary>
    public (DocTypeEntry Type, int Length)? MatchStart(string text)
    {
        var key = VnText.ToneKey(text);
        foreach (var (type, form, formKey) in _forms)
        {
            if (key == formKey || key.StartsWith(formKey + " ", StringComparison.Ordinal)) return (type, form.Length);
        }
        return null;
    }

    /// <summary>A folded type word shorter than this ("ĐỀ ÁN", 4 letters) is too often another pair of words.</summary>
    public const int MinFoldedLetters = 6;

    /// <summary>
    /// The type whose printed form the first words of <paramref name="text"/> spell with their marks and tones broken
    /// ("THÔNG BẢO" for "THÔNG BÁO", an OCR reading): the same letters once marks and tones are folded, whole words, a
    /// form of two words or more and <see cref="MinFoldedLetters"/> letters. Returns the type and the printed words' length.
    /// </summary>
    public (DocTypeEntry Type, int Length)? MatchStartFolded(string text)
    {
        var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        foreach (var (type, form, _) in _forms)
        {
            var count = form.Split(' ').Length;
            if (count < 2 || count > words.Length) continue;
            var folded = VnText.Fold(form);
            if (folded.Count(char.IsLetter) < MinFoldedLetters) continue;
            var printed = string.Join(' ', words[..count]);
            if (VnText.Fold(printed) == folded) return (type, printed.Length);
        }
        return null;
    }
}
