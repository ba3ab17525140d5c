namespace Pipeline.Tasks;

public sealed partial class TaskExtractor
{
    /// <summary>
    /// An item under a lead-in that records what the issuer agreed to, adopted or permits (<c>approval-openings.txt</c>:
    /// "1. Thông qua nội dung cơ bản các dự thảo văn kiện trình Đại hội XIV sau đây:", "5. Cơ bản thống nhất với các nội dung
    /// đề xuất của Bộ Chính trị …:", NQ 60-NQ/TW; "1. Cho phép Chính phủ, … được thực hiện ngay các giải pháp sau …:",
    /// NQ 61/2022/QH15) is part of what was agreed or permitted, as its lead-in is; it is a task only when it assigns (a
    /// strong cue) or names who must act ("b) Bộ trưởng, Thủ trưởng cơ quan ngang Bộ, … xem xét, quyết định áp dụng …",
    /// expected/README.md, "Permissions and addresses").
    /// </summary>
    private bool UnderApproval(string text, List<OutlineNode> ancestors) =>
        ancestors.Any(a => OpensApproval(a.Paragraph.Text) && !_directives.HasStrongCue(a.Paragraph.Text))
        && !_directives.HasStrongCue(text)
        && _units.Find(text).All(u => u.Role != UnitRole.Lead);
}
