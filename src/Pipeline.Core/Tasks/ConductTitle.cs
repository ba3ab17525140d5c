using Pipeline.Vocabulary;

namespace Pipeline.Tasks;

/// <summary>
/// The title of a regulation's article that names a duty of conduct within a procedure ("Trách nhiệm sử dụng thẻ ABTC",
/// "Trách nhiệm đề nghị hủy giá trị sử dụng thẻ ABTC"; <c>conduct-article-titles.tsv</c>): its clauses bind whoever is in
/// the case the procedure describes, as a regulation's dossier and time-limit articles do, and assign no work. A title
/// that names the body ("Trách nhiệm của Bộ Công an") or the execution ("Trách nhiệm thi hành") is a duty article.
/// </summary>
public sealed class ConductTitle(Vocab vocab)
{
    private readonly MarkAwareLexicon _openings = vocab.ConductTitleOpenings;
    private readonly MarkAwareLexicon _assigns = vocab.ConductTitleAssigns;

    public bool Is(string title)
    {
        var key = MarkAwareKey.Of(title.Trim('*', ' ').TrimEnd('.', ':', ' '));
        var length = _openings.MatchPrefix(key);
        if (length == 0) return false;
        var rest = new MarkAwareKey(key.Marked, key.Value[length..].Trim());
        return rest.Value.Length > 0 && _assigns.CountIn(rest) == 0;
    }
}
