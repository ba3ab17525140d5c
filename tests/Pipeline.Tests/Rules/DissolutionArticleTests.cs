using Pipeline.Tests.Support;

namespace Pipeline.Tests.Rules;

/// <summary>
/// A decision that dissolves a body states it in its first article ("Điều 1. Giải thể và chấm dứt hoạt động của Quỹ …"), as
/// one that establishes one does ("Điều 1. Thành lập …"): the decision itself, no task (enactment-openings.txt). Its duties
/// follow under "Điều 2. Tổ chức thực hiện", where "1. Bộ Ngoại giao:" heads points a) b) and names their lead: the "giao" of
/// "Ngoại giao" is part of the ministry's name, not the verb "giao" (unit-cues.tsv field-compound). Lines from
/// corpus/html/QD-49-2025-QD-TTg-giaithe-quy-baoho-congdan.html (vbpl.vn doc_000288).
/// </summary>
public class DissolutionArticleTests
{
    private const string Decision = """
        THỦ TƯỚNG CHÍNH PHỦ
        Số: 49/2025/QĐ-TTg
        Hà Nội, ngày 22 tháng 12 năm 2025
        QUYẾT ĐỊNH
        Giải thể và chấm dứt hoạt động của Quỹ Bảo hộ công dân và pháp nhân Việt Nam ở nước ngoài
        Căn cứ Luật Tổ chức Chính phủ số 63/2025/QH15;
        Thủ tướng Chính phủ Ban hành Quyết định về việc giải thể và chấm dứt hoạt động của Quỹ Bảo hộ công dân và pháp nhân Việt Nam ở nước ngoài.
        Điều 1. Giải thể và chấm dứt hoạt động của Quỹ Bảo hộ công dân và pháp nhân Việt Nam ở nước ngoài trực thuộc Bộ Ngoại giao.
        Điều 2. Tổ chức thực hiện
        1. Bộ Ngoại giao:
        a) Tiếp nhận các nhiệm vụ của Quỹ Bảo hộ công dân và pháp nhân Việt Nam ở nước ngoài, bảo đảm không để gián đoạn nhiệm vụ bảo hộ công dân và pháp nhân Việt Nam ở nước ngoài.
        b) Chủ trì, phối hợp với các Bộ, cơ quan liên quan về tổ chức tuyên truyền, khẳng định việc giải thể Quỹ Bảo hộ công dân và pháp nhân Việt Nam ở nước ngoài là một bước cần thiết để hoàn thiện thể chế pháp luật trong nước.
        Điều 3. Trách nhiệm thi hành
        1. Quyết định này có hiệu lực thi hành từ ngày 01 tháng 01 năm 2026.
        KT. THỦ TƯỚNG
        PHÓ THỦ TƯỚNG
        Bùi Thanh Sơn
        """;

    [Fact]
    public void The_dissolving_article_is_no_task() =>
        Assert.DoesNotContain(Extract.Text(Decision).Tasks, t => t.Ordinal == "1");

    [Fact]
    public void A_ministry_heading_named_for_diplomacy_leads_its_points()
    {
        var tasks = Extract.Text(Decision).Tasks;
        Assert.Equal(["Bộ Ngoại giao"], tasks.Single(t => t.Ordinal == "2.1.a").Units.Where(u => u.Role == "lead").Select(u => u.Name));
        Assert.Equal(["Bộ Ngoại giao"], tasks.Single(t => t.Ordinal == "2.1.b").Units.Where(u => u.Role == "lead").Select(u => u.Name));
    }
}
