using Pipeline.Roles;
using Pipeline.Vocabulary;

namespace Pipeline.Tasks;

/// <summary>
/// A titled article of a decision that lays down a rule rather than assigning anyone: "Điều 4. Thẻ ABTC",
/// "Điều 11. Hồ sơ đề nghị …", "Điều 2. Đối tượng áp dụng". Nghị định 30/2020 and the regulations a QĐ or NQ
/// issues print duties under articles whose title says so ("Trách nhiệm của …", "Tổ chức thực hiện", "Điều khoản
/// thi hành") or names the body ("Điều 5. Ủy ban nhân dân cấp tỉnh"); the other articles' clauses describe
/// conditions, dossiers and procedures, and are not tasks however imperative their wording ("… phải nộp …").
/// An article printed as one sentence ("Điều 3. Chánh Văn phòng … chịu trách nhiệm thi hành …") has no title and is
/// judged by its own words, not here.
/// </summary>
public static class NormativeArticle
{
    public static bool Is(OutlineNode node, MarkAwareLexicon dutyTitles, Func<string, bool> namesUnit, Func<OutlineNode, bool> isTargetSection)
    {
        // A long title ("Điều 3. Nguyên tắc sử dụng đất quốc phòng, an ninh kết hợp với …") is still a title when
        // numbered clauses follow it.
        if (node.Label?.Kind != LabelKind.Article || !OutlineBuilder.IsHeading(node) && (node.Children.Count == 0 || node.Continuations.Count > 0)) return false;
        var title = node.Paragraph.Text.Trim('*', ' ');
        // "Điều 2. Quyết định này có hiệu lực kể từ ngày ký." is a sentence, not a title.
        if (title.Length == 0 || title[^1] is '.' or ';') return false;
        if (dutyTitles.CountIn(MarkAwareKey.Of(title)) > 0) return false;
        return !namesUnit(title) && !isTargetSection(node);
    }
}
