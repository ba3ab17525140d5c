using Pipeline.Text;
using Pipeline.Vocabulary;

namespace Pipeline.Tasks;

/// <summary>
/// The title of a regulation's article that sets out a standing body's mandate (<c>mandate-article-titles.tsv</c>):
/// "Nhiệm vụ, quyền hạn và cơ cấu tổ chức của Quỹ", "Vị trí, chức năng của Ban Chỉ huy quân sự cấp xã". A regulation
/// that organises a body prints its mandate over several articles (Vị trí, chức năng / Nhiệm vụ / Tổ chức, as the
/// Nghị định and Nghị quyết on a body's organisation do): "Nhiệm vụ của Ban Chỉ huy quân sự cấp xã" then lists the
/// competence of the body whose functions the same document defines, not work it assigns. The same words about a body
/// the document does not define ("Nhiệm vụ của các bộ, cơ quan trung ương, địa phương") assign work and stay duties.
/// </summary>
public sealed class MandateTitle(Vocab vocab)
{
    private readonly MarkAwareLexicon _mandate = vocab.MandateArticleTitles;
    private readonly MarkAwareLexicon _vetoes = vocab.MandateTitleVetoes;
    private readonly MarkAwareLexicon _dutyLists = vocab.MandateDutyLists;

    /// <summary>A title that holds a mandate phrase and no duty phrase.</summary>
    public bool Is(string title)
    {
        var key = MarkAwareKey.Of(title);
        return _mandate.CountIn(key) > 0 && _vetoes.CountIn(key) == 0;
    }

    /// <summary>
    /// The body a mandate title is about: its words after the last mandate phrase ("… chức năng của Ban Chỉ huy …" →
    /// "của Ban Chỉ huy …", as a comparison key), or null for a title that is not a mandate's or names no body.
    /// </summary>
    public string? Subject(string title) => Is(title) ? After(_mandate, title) : null;

    /// <summary>
    /// A duty list ("Nhiệm vụ của X") about a body one of <paramref name="mandateSubjects"/> (the document's mandate
    /// titles, <see cref="Subject"/>) already defines.
    /// </summary>
    public bool IsDutyListOf(string title, IReadOnlyCollection<string> mandateSubjects)
    {
        if (mandateSubjects.Count == 0 || _vetoes.CountIn(MarkAwareKey.Of(title)) > 0) return false;
        var subject = After(_dutyLists, title);
        return subject is not null && mandateSubjects.Contains(subject);
    }

    private static string? After(MarkAwareLexicon phrases, string title)
    {
        var key = MarkAwareKey.Of(title.TrimEnd('.', ':', ' '));
        var end = -1;
        foreach (var k in phrases.Keys(key))
        {
            var at = Words.IndexOf(key.Value, k);
            if (at >= 0) end = Math.Max(end, at + k.Length);
        }
        if (end < 0) return null;
        var rest = key.Value[end..].Trim();
        return rest.Length == 0 ? null : rest;
    }
}
