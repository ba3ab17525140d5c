using System.Text.RegularExpressions;
using Pipeline.Roles;
using Pipeline.Text;

namespace Pipeline.Tasks;

/// <summary>
/// Builds the outline from labelled paragraphs. A label of a kind already open on the stack closes that item
/// and what is inside it (a new "2." closes "1." and its bullets); a label of a new kind opens a child.
/// An unlabelled paragraph continues the open item, or becomes a child of an open heading ("Đối với X").
/// </summary>
public static partial class OutlineBuilder
{
    public sealed record Outline(List<OutlineNode> Preamble, List<OutlineNode> Items, OutlineNode? Closing);

    /// <summary>Builds the outline; <paramref name="closes"/> adds closing formulas (the adoption clause of a resolution,
    /// adoption-clauses.tsv); <paramref name="statesItself"/> tells a sentence about the document itself (self-references.txt).</summary>
    public static Outline Build(IReadOnlyList<Paragraph> paragraphs, ClosingFormula closingFormula, Func<string, bool> closes, Func<string, bool>? statesItself = null)
    {
        var root = new OutlineNode(new Paragraph("", null, LineRole.Body, 1, false), null);
        var preamble = new List<OutlineNode>();
        var stack = new List<OutlineNode>();
        OutlineNode? closing = null;
        var anyLabel = paragraphs.Any(p => p.Label is not null);

        var quoted = QuotedSpans(paragraphs);
        OutlineNode? receiver = null;
        for (var index = 0; index < paragraphs.Count; index++)
        {
            var p = paragraphs[index];
            // Inside a quotation that runs over paragraphs ("cụ thể: “(4) Tổ chức … như sau:" / "a) …" / "(5). …" / "… thu hồi”."),
            // the labels are the quoted provision's, not items of this document: the paragraphs are the quoting item's text.
            if (quoted[index] && receiver is not null)
            {
                receiver.Continuations.Add(p.Label is null ? p.Text : p.Label.Printed + " " + p.Text);
                receiver.ContinuationLines.AddRange(p.Lines);
                continue;
            }
            // "(1) Các định hướng lớn, ý tưởng quy hoạch …" before any item: a footnote printed at the foot of the preamble's page
            // (its marker "… tầm nhìn 100 năm (1)." above), not an item; a bracket number numbers items only inside an item.
            var bracketOutside = p.Label is { Kind: LabelKind.Parenthesised } && stack.Count == 0;
            if (p.Label is { } label && !bracketOutside)
            {
                // Bracket numbers sit below the decimals (CV-5141 "1.4." / "(1)."): a decimal, an article or a section closes them.
                if (label.Kind is LabelKind.Decimal or LabelKind.Article or LabelKind.Roman
                    && stack.FindIndex(n => n.Label?.Kind == LabelKind.Parenthesised) is var bracket and >= 0)
                    stack.RemoveRange(bracket, stack.Count - bracket);
                var same = stack.FindLastIndex(n => Signature(n.Label) == Signature(label));
                if (same >= 0) stack.RemoveRange(same, stack.Count - same);
                // A roman section ("IV. PHẠM VI, CƠ SỞ VÀ NGUYÊN TẮC THẨM ĐỊNH") is never inside a bullet: it closes the bullets of
                // a preamble ("- Căn cứ Kết quả thẩm tra …"), which would otherwise hold every section and be closed by its next bullet.
                // Nor is it inside a numbered item: roman sections are the outline's top level (Nghị định 30/2020, Hướng dẫn
                // 36-HD/VPTW), so "II- NHIỆM VỤ CHỦ YẾU" after "3. Trong quá trình …" closes item 3 of a first section whose
                // label the OCR misread ("1- MỤC ĐÍCH, YÊU CÂU", CTr 31-CTr/TW, dev); else its own "1." would close it again.
                // An open article keeps it ("Điều 1. Thông qua Chương trình …: I. …" is the content the article enacts).
                else if (label.Kind == LabelKind.Roman && stack.FindIndex(ClosedByRoman) is var open and >= 0)
                    stack.RemoveRange(open, stack.Count - open);
                // "2.1. Chuẩn bị …" / "- Tài liệu phục vụ hội nghị: Gồm …" / "(1) Tổ chức hiệp thương lần thứ nhất …": a numbered item
                // is not a point of a dash bullet that lists nothing; it is the next item of the numbered item above the bullet.
                else if (label.Kind == LabelKind.Parenthesised && stack.Count > 0 && stack[^1] is { Label.Kind: LabelKind.Bullet } bulletAbove
                         && !bulletAbove.Text.TrimEnd('*', ' ').EndsWith(':') && stack.FindIndex(n => n.Label?.Kind == LabelKind.Bullet) is var first)
                    stack.RemoveRange(first, stack.Count - first);
                // "(3) Tổ chức hiệp thương lần thứ ba: Chậm nhất …" / "- Thời gian hoàn thành: …": an item numbered in brackets that
                // does not end in a colon lists nothing, so the bullet after it is its parent's (the group's assignment fields).
                else if (label.Kind == LabelKind.Bullet && stack.Count > 0 && stack[^1] is { Label.Kind: LabelKind.Parenthesised } item
                         && !item.Text.TrimEnd('*', ' ').EndsWith(':'))
                    stack.RemoveAt(stack.Count - 1);
                var parent = stack.Count > 0 ? stack[^1] : root;
                var node = new OutlineNode(p, parent == root ? null : parent)
                {
                    StatesItself = label.Kind == LabelKind.Article && statesItself is not null && statesItself(p.Text),
                };
                (parent == root ? root.Children : parent.Children).Add(node);
                stack.Add(node);
                receiver = node;
                continue;
            }

            // "Điều 5. Quyết định này có hiệu lực …" / "Chánh Văn phòng … chịu trách nhiệm thi hành Quyết định này./.": one
            // untitled article (corpus/expected/README.md, "Articles"), though its last paragraph reads as a closing formula.
            if (stack.Count > 0 && stack[^1] is { StatesItself: true, Children.Count: 0 } article && !closes(p.Text))
            {
                article.Continuations.Add(p.Text); article.ContinuationLines.AddRange(p.Lines);
                receiver = article;
                continue;
            }
            // Inside an open article the execution paragraph ("Chánh Văn phòng … chịu trách nhiệm thi hành Quyết định này./.")
            // is the article's clause, not the closing formula of a letter; only a resolution's adoption clause closes it.
            var inArticle = stack.Any(n => n.Label?.Kind == LabelKind.Article);
            // "Nghị quyết này đã được" / "Hội đồng nhân dân tỉnh Đồng Tháp khoá IX, … thông qua ngày …" (NQ 118/2017/NQ-HĐND Đồng
            // Tháp, dev): a typed line that stops short before a capital ends its paragraph, which cuts the adoption clause in
            // two; read together they are the closing formula, and the second half is not a paragraph of the last article.
            var splitAdoption = p.Label is null && !closes(p.Text) && index + 1 < paragraphs.Count && paragraphs[index + 1].Label is null
                                && closes(p.Text + " " + paragraphs[index + 1].Text);
            if (splitAdoption)
            {
                var rest = paragraphs[++index];
                p = p with { Text = p.Text + " " + rest.Text, Lines = [.. p.Lines, .. rest.Lines] };
            }
            if ((!inArticle && closingFormula.Matches(p.Text) && !ContinuesOutline(index) || closes(p.Text)) && (stack.Count > 0 || !anyLabel && root.Children.Count > 0 || preamble.Count > 0))
            {
                closing = new OutlineNode(p, null);
                stack.Clear();
                receiver = null;
                continue;
            }
            if (stack.Count == 0)
            {
                // Unlabelled paragraphs outside any item: background in a numbered document, the items themselves otherwise.
                receiver = new OutlineNode(p, null);
                (anyLabel ? preamble : root.Children).Add(receiver);
                continue;
            }
            var top = stack[^1];
            if (IsHeading(top) || top.Children.Count > 0 && top.Children[^1].Label is null)
            {
                receiver = new OutlineNode(p, top);
                top.Children.Add(receiver);
            }
            else { top.Continuations.Add(p.Text); top.ContinuationLines.AddRange(p.Lines); receiver = top; }
        }
        return new Outline(preamble, root.Children, closing);

        // "8. Các sở, ban, ngành … / Phối hợp chặt chẽ với các cơ quan chủ trì trong tổ chức thực hiện Kế hoạch này." then
        // "9. Ủy ban nhân dân cấp xã": a sentence worded like the closing formula but followed by the next sibling of an
        // open item is that item's content (a body's duty under "Tổ chức thực hiện"), not the end of the document.
        bool ContinuesOutline(int at) =>
            at + 1 < paragraphs.Count && paragraphs[at + 1].Label is { } next
            && stack.Exists(n => Signature(n.Label) == Signature(next));
    }

    /// <summary>
    /// Which paragraphs open inside a quotation begun in an earlier one (“ … ”) and closed in a later one. A quotation never
    /// closed (a straight quote, an OCR loss) marks nothing: it must not swallow the rest of the document.
    /// </summary>
    private static bool[] QuotedSpans(IReadOnlyList<Paragraph> paragraphs)
    {
        var inside = new bool[paragraphs.Count];
        var depth = 0;
        var opened = -1;
        for (var i = 0; i < paragraphs.Count; i++)
        {
            foreach (var c in paragraphs[i].Text)
            {
                if (c == '“') { if (depth++ == 0) opened = i; }
                else if (c == '”' && depth > 0 && --depth == 0)
                    for (var k = opened + 1; k <= i; k++) inside[k] = true;
            }
        }
        return inside;
    }

    /// <summary>Whether a roman label closes this open node: a bullet always, a numbered item or point outside an article.</summary>
    private static bool ClosedByRoman(OutlineNode node) => node.Label?.Kind switch
    {
        LabelKind.Bullet => true,
        LabelKind.Decimal or LabelKind.Letter or LabelKind.Parenthesised => !InArticle(node),
        _ => false,
    };

    private static bool InArticle(OutlineNode node)
    {
        for (var n = node.Parent; n is not null; n = n.Parent)
            if (n.Label?.Kind == LabelKind.Article) return true;
        return false;
    }

    /// <summary>A node whose own text introduces what follows rather than being a directive itself.</summary>
    public static bool IsHeading(OutlineNode node)
    {
        var text = node.Paragraph.Text.Trim('*', ' ');
        if (node.StatesItself) return false;
        if (node.Paragraph.Role == LineRole.SectionHeading && (node.Label?.Kind != LabelKind.Article || text.Length < 60)) return true;
        if (VnText.Fold(text).StartsWith("doi voi ", StringComparison.Ordinal)) return true;
        if (text.EndsWith(':')) return true;
        if (text.Length == 0) return true;
        return text.Length < HeadingLength(node) && !text.EndsWith('.') && !text.EndsWith(';') && node.Label?.Kind != LabelKind.Bullet && node.Continuations.Count == 0;
    }

    // A Party document's numbered heading names a whole line of work and wraps over two lines ("1. Tăng cường sự lãnh đạo
    // của Đảng, phát huy vai trò của hệ thống / chính trị, nâng cao nhận thức của doanh nghiệp và Nhân dân", KL 75-KL/TW,
    // dev; Hướng dẫn 36-HD/VPTW): printed without a final stop like any heading, only longer than a state document's.
    private static int HeadingLength(OutlineNode node) =>
        node.Label is { Kind: LabelKind.Decimal, Depth: 1 } ? 160 : 90;

    private static string Signature(ItemLabel? label) => label is null ? "" : label.Kind switch
    {
        LabelKind.Decimal => "D" + label.Depth,
        LabelKind.Bullet => "B" + label.Value,
        _ => label.Kind.ToString(),
    };

}
