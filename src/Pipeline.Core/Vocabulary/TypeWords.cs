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
}
