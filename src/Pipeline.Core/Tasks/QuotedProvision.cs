using Pipeline.Text;
using Pipeline.Vocabulary;

namespace Pipeline.Tasks;

/// <summary>
/// A clause that cites a provision and says what it lays down: "Khoản 2 Điều 3 của Thông tư số … quy định: "…"",
/// "Tại Điều 12 Nghị định số … quy định …" (<c>quoted-provisions.tsv</c>). In a reply or guidance letter such a clause
/// restates the law; whoever the quotation makes responsible, the letter assigns nothing by it.
/// </summary>
public sealed class QuotedProvision(Vocab vocab)
{
    private readonly MarkAwareLexicon _citations = vocab.QuotedProvisionCitations;
    private readonly MarkAwareLexicon _verbs = vocab.QuotedProvisionVerbs;

    /// <summary>Whether the text opens with a cited provision ("khoản 2", "điểm h") whose first sentence says "quy định".</summary>
    public bool Is(string text)
    {
        var key = MarkAwareKey.Of(text.TrimStart('*', ' ', '“', '"', '-', '+'));
        var length = _citations.MatchPrefix(key);
        if (length == 0) return false;
        var rest = key.Value[length..].TrimStart();
        if (!OpensWithProvisionNumber(rest)) return false;
        // The sentence ends at a colon (the quotation follows) or a full stop; "NĐ-CP", "12/6/2025" hold neither.
        var end = SentenceEnd(rest);
        return _verbs.CountIn(new MarkAwareKey(key.Marked, rest[..end])) > 0;
    }

    // "2 Điều 3 …" or "h khoản 2 …": a number, or a single letter as a point's label.
    private static bool OpensWithProvisionNumber(string rest) =>
        rest.Length > 0 && (char.IsDigit(rest[0]) || char.IsLetter(rest[0]) && (rest.Length == 1 || !Words.IsWordChar(rest[1])));

    private static int SentenceEnd(string text)
    {
        for (var i = 0; i < text.Length; i++)
            if (text[i] == ':' || text[i] == '.' && (i + 1 == text.Length || text[i + 1] == ' ')) return i;
        return text.Length;
    }
}
