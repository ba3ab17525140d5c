using Pipeline.Tests.Support;

namespace Pipeline.Tests.Rules;

/// <summary>
/// A clause that asks another body to act ("2. Đề nghị Chính phủ chỉ đạo …", request-openings.txt) is a task even under an
/// article that enacts ("Điều 1. Điều chỉnh Chương trình lập pháp năm 2025") and lays down the decision's own content: the
/// issuing body addresses someone it does not command. Lines from corpus/html/NQ-97-2025-UBTVQH15-dieuchinh-CTLP-2025.html
/// (vbpl.vn doc_000092), Điều 1.
/// </summary>
public class RequestClauseTests
{
    private const string Resolution = """
        ỦY BAN THƯỜNG VỤ
        QUỐC HỘI
        Nghị quyết số: 97/2025/UBTVQH15
        Hà Nội, ngày 28 tháng 8 năm 2025
        NGHỊ QUYẾT
        Điều chỉnh chương trình lập pháp năm 2025
        QUYẾT NGHỊ:
        Điều 1. Điều chỉnh Chương trình lập pháp năm 2025
        1. Bổ sung vào Chương trình lập pháp năm 2025 trình Quốc hội cho ý kiến và thông qua tại Kỳ họp thứ 10 (tháng 10/2025) theo trình tự, thủ tục rút gọn đối với 03 dự án:
        a) Luật sửa đổi, bổ sung một số điều của Luật Chuyển giao công nghệ;
        b) Luật sửa đổi, bổ sung một số điều của Luật Sở hữu trí tuệ;
        c) Luật Công nghệ cao (sửa đổi).
        2. Đề nghị Chính phủ chỉ đạo nghiên cứu, rà soát chính sách, điều chỉnh phạm vi sửa đổi, bổ sung Luật Chuyển giao công nghệ để phù hợp với quy định của Luật Ban hành văn bản quy phạm pháp luật về luật sửa đổi, bổ sung.
        Điều 3. Hiệu lực thi hành
        Nghị quyết này có hiệu lực thi hành từ ngày thông qua./.
        TM. ỦY BAN THƯỜNG VỤ QUỐC HỘI
        CHỦ TỊCH
        Trần Thanh Mẫn
        """;

    [Fact]
    public void A_clause_asking_a_body_to_act_is_a_task_under_an_enacting_article()
    {
        var task = Assert.Single(Extract.Text(Resolution).Tasks);
        Assert.Equal("1.2", task.Ordinal);
        Assert.Equal(["Chính phủ"], task.Units.Where(u => u.Role == "lead").Select(u => u.Name));
    }

    [Fact]
    public void The_enacted_clause_beside_it_stays_no_task() =>
        Assert.DoesNotContain(Extract.Text(Resolution).Tasks, t => t.Ordinal.StartsWith("1.1", StringComparison.Ordinal));
}
