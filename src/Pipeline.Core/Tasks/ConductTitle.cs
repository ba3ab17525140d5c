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
    private readonly MarkAwareLexicon _procedures = vocab.ProcedureTitleOpenings;
    private readonly MarkAwareLexicon _frames = vocab.ProcedureTitleFrames;
    private readonly MarkAwareLexicon _dutyTitles = vocab.DutyArticleTitles;
    private readonly MarkAwareLexicon _status = vocab.StatusTitleOpenings;

    public bool Is(string title)
    {
        if (IsProcedure(title)) return true;
        var key = Key(title);
        var length = _openings.MatchPrefix(key);
        if (length == 0) return false;
        var rest = new MarkAwareKey(key.Marked, key.Value[length..].Trim());
        return rest.Value.Length > 0 && _assigns.CountIn(rest) == 0;
    }

    /// <summary>
    /// A procedure or time-limit article ("Thủ tục cấp văn bản …", "Thời hạn giải quyết"), or an untitled article's lead-in
    /// that says how a matter is governed ("Trình tự, thủ tục … được thực hiện như sau:", "Nguồn kinh phí … được quy định như
    /// sau:"): its steps are the rule even where one names its actor, so even a body's "có trách nhiệm" there is no duty the
    /// document assigns (expected/README.md, regulation convention).
    /// </summary>
    public bool IsProcedure(string title)
    {
        var key = Key(title);
        if (_procedures.MatchPrefix(key) > 0) return true;
        return _dutyTitles.MatchPrefix(key) == 0 && _frames.Keys(key).Any(frame => EndsWithWords(key.Value, frame));
    }

    /// <summary>
    /// An article on the rights and obligations of the rule's own subjects ("Quyền và nghĩa vụ của đối tượng sử dụng dịch vụ
    /// …"): their legal standing, not duties the document assigns.
    /// </summary>
    public bool IsStatus(string title) => _status.MatchPrefix(Key(title)) > 0;

    private static MarkAwareKey Key(string title) => MarkAwareKey.Of(title.Trim('*', ' ').TrimEnd('.', ':', ' '));

    private static bool EndsWithWords(string value, string phrase) =>
        value.EndsWith(phrase, StringComparison.Ordinal) && (value.Length == phrase.Length || value[value.Length - phrase.Length - 1] == ' ');
}
