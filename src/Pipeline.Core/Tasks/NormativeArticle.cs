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
public static partial class NormativeArticle
{
    public static bool Is(OutlineNode node, MarkAwareLexicon dutyTitles, Func<string, bool> namesUnit, Func<OutlineNode, bool> isTargetSection) =>
        Is(node, dutyTitles, namesUnit, isTargetSection, static _ => false);

    /// <summary>
    /// As above; <paramref name="isMandate"/> says whether a title sets out a standing body's mandate, which in a regulation
    /// states competence rather than assigning work (<c>mandate-article-titles.tsv</c>).
    /// </summary>
    public static bool Is(OutlineNode node, MarkAwareLexicon dutyTitles, Func<string, bool> namesUnit, Func<OutlineNode, bool> isTargetSection, Func<string, bool> isMandate)
    {
        // A long title ("Điều 3. Nguyên tắc sử dụng đất quốc phòng, an ninh kết hợp với …") is still a title when
        // numbered clauses follow it.
        if (node.Label?.Kind != LabelKind.Article || !OutlineBuilder.IsHeading(node) && (node.Children.Count == 0 || node.Continuations.Count > 0)) return false;
        var title = node.Paragraph.Text.Trim('*', ' ');
        // "Điều 2. Quyết định này có hiệu lực kể từ ngày ký." is a sentence, not a title.
        if (title.Length == 0 || title[^1] is '.' or ';') return false;
        if (isMandate(title)) return true;
        if (dutyTitles.CountIn(MarkAwareKey.Of(title)) > 0) return false;
        return !namesUnit(title) && !isTargetSection(node);
    }

    /// <summary>
    /// A regulation (văn bản quy phạm pháp luật) carries its year in its number ("Số: 34/2025/QĐ-TTg", "12/2025/NQ-HĐND");
    /// an individual decision or a letter does not ("1050/QĐ-SCT").
    /// </summary>
    public static bool IsRegulationReference(string referenceLine) => RegulationNumber().IsMatch(referenceLine);

    [System.Text.RegularExpressions.GeneratedRegex(@"\d+\s*/\s*(19|20)\d\d\s*/\s*\p{L}")]
    private static partial System.Text.RegularExpressions.Regex RegulationNumber();
}
