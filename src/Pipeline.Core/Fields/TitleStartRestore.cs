using Pipeline.Roles;
using Pipeline.Text;

namespace Pipeline.Fields;

/// <summary>
/// OCR drops a short first word of the title line ("Quy" of "Quy định chi tiết …", read "định chi tiết …"). A Nghị định
/// or a Quyết định names itself, title and all, in its enacting sentence ("Chính phủ ban hành Nghị định quy định chi
/// tiết thi hành …"; Nghị định 30/2020/NĐ-CP, Phụ lục I mẫu 1.1–1.2), so when the body prints the document type's
/// name, one or two more words, then the whole recognised title, and the title starts in lower case, those words are
/// the title's lost start. Words are compared without marks (OCR breaks them); the body's spelling of the lost words is
/// taken. Only recognised text is repaired (<see cref="FieldExtractor"/>).
/// </summary>
public static class TitleStartRestore
{
    /// <summary>How many words a title can lose at its start: a short word or two beside the margin.</summary>
    private const int MaxLostWords = 2;

    /// <summary>The title with its lost start put back, or null when the body does not print it after the type's name.</summary>
    public static string? Restore(RoledDocument doc, string title, string typeName) =>
        Restore(title, typeName, doc.BodyTexts());

    public static string? Restore(string title, string typeName, IEnumerable<string> bodyLines)
    {
        // A title line starts with a capital (sentence case or all capitals): one that starts in lower case lost its start.
        // A whole title is never extended ("Nghị định này quy định chi tiết …" must not prefix "Này").
        if (!char.IsLower(title.FirstOrDefault(char.IsLetter))) return null;
        var body = Words(string.Join(' ', bodyLines));
        var type = Words(typeName).Select(VnText.Fold).ToArray();
        var titleWords = Words(title).Select(VnText.Fold).ToArray();
        if (type.Length == 0 || titleWords.Length < 3) return null;
        var folded = body.Select(VnText.Fold).ToArray();
        for (var i = 0; i + type.Length < folded.Length; i++)
        {
            if (!folded.AsSpan(i, type.Length).SequenceEqual(type)) continue;
            var start = i + type.Length;
            for (var lost = 1; lost <= MaxLostWords; lost++)
            {
                var titleAt = start + lost;
                if (titleAt + titleWords.Length > folded.Length) break;
                if (!folded.AsSpan(titleAt, titleWords.Length).SequenceEqual(titleWords)) continue;
                var prefix = string.Join(' ', body.Skip(start).Take(lost));
                prefix = char.ToUpperInvariant(prefix[0]) + prefix[1..];
                return prefix + " " + title;
            }
        }
        return null;
    }

    /// <summary>The text's words without the punctuation around them ("khoán." → "khoán").</summary>
    private static List<string> Words(string text) =>
        [.. text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(w => w.Trim(Punctuation)).Where(w => w.Length > 0)];

    private static readonly char[] Punctuation = ['.', ',', ';', ':', '!', '?', '(', ')', '"', '“', '”', '\'', '‘', '’', '*'];
}
