using System.Text.RegularExpressions;
using Pipeline.Text;
using Pipeline.Vocabulary;

namespace Pipeline.Tasks;

/// <summary>
/// A clause every sentence of which has the document itself as its subject ("Quyết định này có hiệu lực thi hành sau 10
/// ngày …", "Quyết định này thay thế Quyết định số …", "Nghị quyết này có hiệu lực … và được thực hiện đến hết ngày …"):
/// entry into force and the like, which assign no work (<c>self-references.txt</c>). A sentence that opens with a body
/// ("Chánh Văn phòng … chịu trách nhiệm thi hành Quyết định này") makes the clause a task as before.
/// </summary>
public sealed partial class SelfReferenceClause(Vocab vocab)
{
    private readonly Lexicon<FoldKey> _openings = vocab.SelfReferences;

    public bool Is(string text)
    {
        var any = false;
        foreach (var sentence in SentenceBreak().Split(text))
        {
            var trimmed = sentence.Trim().TrimStart('*', '"', '“', '(', ' ');
            if (trimmed.Length == 0) continue;
            if (_openings.MatchPrefix(VnText.Fold(trimmed)) == 0) return false;
            any = true;
        }
        return any;
    }

    // A sentence ends at a full stop or semicolon followed by a capital letter.
    [GeneratedRegex(@"(?<=[.;])\s+(?=\p{Lu})")]
    private static partial Regex SentenceBreak();
}
