using Pipeline.Vocabulary;

namespace Pipeline.Tasks;

/// <summary>
/// A clause of a regulation that lays down a rule and assigns no one: it opens with a condition, a case or a time limit
/// ("Trường hợp … thì áp dụng quy định của Nghị quyết này", "Đối với dự án … sai phạm … thì chấm dứt …", "Trong thời hạn
/// 48 giờ … thì doanh nhân phải …") and neither its consequent nor a heading above it names a body that must act
/// (<c>rule-clauses.tsv</c>). "… thì Bộ Quốc phòng, Bộ Công an thực hiện thu …" names its actor and stays a task, and so do
/// the clauses of a duty article ("Điều 5. Trách nhiệm của Bộ trưởng …"), whose heading names the body.
/// </summary>
public sealed class RuleClause(Vocab vocab, UnitFinder units)
{
    private readonly MarkAwareLexicon _openings = vocab.RuleClauseOpenings;
    private readonly IReadOnlyList<string> _consequents = vocab.RuleClauseConsequents;
    private readonly MarkAwareLexicon _statements = vocab.RuleClauseStatements;

    /// <summary>Whether the clause opens with a condition, case or time limit.</summary>
    public bool Opens(string text) => _openings.MatchPrefix(MarkAwareKey.Of(text.TrimStart('*', ' ', '“', '"'))) > 0;

    /// <summary>
    /// Whether the clause opens with an activity as its subject ("Việc thực hiện nhiệm vụ được ủy quyền phải tuân thủ …"), which
    /// lays down a rule in any kind of document, not only in a regulation or a letter.
    /// </summary>
    public bool OpensStatement(string text) => _statements.MatchPrefix(MarkAwareKey.Of(text.TrimStart('*', ' ', '“', '"'))) > 0;

    /// <summary>
    /// <paramref name="headingUnits"/>: the bodies named by the headings above the clause that are not themselves
    /// conditions ("Đối với trường hợp quy định tại khoản 1 Điều 18 …:" heads cases, not addressees).
    /// </summary>
    public bool Is(string text, IReadOnlyCollection<TaskUnit> headingUnits)
    {
        if (!Opens(text) || headingUnits.Count > 0) return false;
        var consequent = Consequent(text);
        return units.Find(consequent).All(u => u.Role != UnitRole.Lead) && units.Mentions(consequent).Count == 0;
    }

    // The words after the first "thì"; the whole clause when it has none ("Hồ sơ gồm: …").
    private string Consequent(string text)
    {
        foreach (var word in _consequents)
        {
            var from = 0;
            while ((from = text.IndexOf(word, from, StringComparison.OrdinalIgnoreCase)) >= 0)
            {
                var end = from + word.Length;
                var before = from == 0 || !char.IsLetter(text[from - 1]);
                var after = end == text.Length || !char.IsLetter(text[end]);
                if (before && after) return text[end..];
                from = end;
            }
        }
        return text;
    }
}
