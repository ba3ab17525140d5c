using Pipeline.Roles;
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

    /// <summary>
    /// "Khoản 1 Điều 59 Nghị định số 193/2025/NĐ-CP quy định: Tổ chức, cá nhân … và các yêu cầu sau:" followed by "a) …",
    /// "b) …": the points are the cited provision's own, printed with its labels, not items of the citing document. Like
    /// a list of objects (<see cref="ObjectList"/>) they belong to the citing paragraph, which is one item. Returns how many
    /// siblings after <paramref name="index"/> are such points (0 when the paragraph is not such a citation).
    /// </summary>
    public int PointsAfter(List<OutlineNode> siblings, int index)
    {
        var node = siblings[index];
        if (node.Label is not null || node.Children.Count > 0 || !node.Text.TrimEnd('*', ' ').EndsWith(':') || !Is(node.Text)) return 0;
        var count = 0;
        while (index + 1 + count < siblings.Count && siblings[index + 1 + count].Label?.Kind == LabelKind.Letter) count++;
        return count;
    }

    /// <summary>
    /// "(1). Theo quy định tại điểm h khoản 2 Điều 59 Luật …, tổ chức, cá nhân … có nghĩa vụ …, cụ thể:" / "Tại khoản 1 Điều 10 Thông tư
    /// số 36/2025/TT-BNNMT … quy định: …, cụ thể:" / "“(4) Tổ chức, cá nhân … phải lắp đặt …": an item whose unlabelled paragraphs
    /// only cite or quote the provisions it invokes is one item (CV-5141/SNNMT-KS 1.4.1); the citations are its text, as a
    /// cited provision's points are the citing paragraph's (<see cref="PointsAfter"/>).
    /// </summary>
    public bool Under(OutlineNode node) =>
        node.Label is { Kind: not (LabelKind.Roman or LabelKind.Article) } && node.Children.Count > 0 && node.Paragraph.Text.TrimEnd('*', ' ').EndsWith(':')
        && node.Children.All(c => c.Label is null && c.Children.Count == 0 && (Is(c.Text) || c.Text.TrimStart('*', ' ').StartsWith('“')));

    /// <summary>The item's text followed by the provisions it cites, in print order.</summary>
    public static string TextUnder(OutlineNode node) => VnText.Squash(node.Text + " " + string.Join(' ', node.Children.Select(c => c.Text)));

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
