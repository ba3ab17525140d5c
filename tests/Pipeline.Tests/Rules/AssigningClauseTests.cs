using Pipeline.Tests.Support;

namespace Pipeline.Tests.Rules;

/// <summary>
/// In a regulation, an article whose title names no duty lays down rules, but a clause or lead-in inside it that names who
/// must act ("Các cơ quan chủ quản cơ sở dữ liệu có trách nhiệm:", "1. Bộ trưởng, Thủ trưởng cơ quan ngang bộ có trách
/// nhiệm:") assigns the items under it: they are tasks. Lines from corpus/html/NQ-66.7-2025-NQ-CP-cat-giam-TTHC.html (dev),
/// Điều 5 to 7; its expected record has 6.1-6.3 and 7.1.a-7.2.b as tasks and no task in Điều 5.1.
/// </summary>
public class AssigningClauseTests
{
    private const string Resolution = """
        CHÍNH PHỦ
        Số: 66.7/2025/NQ-CP
        Hà Nội, ngày 15 tháng 11 năm 2025
        NGHỊ QUYẾT
        Về cắt giảm, đơn giản hóa thủ tục hành chính dựa trên dữ liệu
        QUYẾT NGHỊ:
        Điều 5. Khai thác, sử dụng thông tin trong các cơ sở dữ liệu
        1. Cá nhân, tổ chức được khai thác sử dụng thông tin để yêu cầu giải quyết thủ tục hành chính và thực hiện cập nhật, điều chỉnh thông tin theo quy định của pháp luật.
        2. Cơ quan giải quyết thủ tục hành chính có trách nhiệm khai thác, sử dụng thông tin để thay thế cho các loại thông tin, thành phần hồ sơ giải quyết thủ tục hành chính.
        Điều 6. Cập nhật, công bố, kết nối, chia sẻ dữ liệu
        Các cơ quan chủ quản cơ sở dữ liệu có trách nhiệm:
        1. Tổ chức cập nhật kịp thời, đầy đủ thông tin trong cơ sở dữ liệu và công bố phạm vi thông tin trong cơ sở dữ liệu được khai thác, sử dụng thay thế giấy tờ trong thành phần hồ sơ thủ tục hành chính.
        2. Hướng dẫn bộ, cơ quan ngang bộ, Ủy ban nhân dân tỉnh, thành phố kết nối để khai thác, sử dụng cơ sở dữ liệu.
        Điều 7. Tái cấu trúc quy trình giải quyết thủ tục hành chính dựa trên dữ liệu
        1. Bộ trưởng, Thủ trưởng cơ quan ngang bộ có trách nhiệm:
        b) Hoàn thành, công bố tái cấu trúc quy trình giải quyết thủ tục hành chính đối với các thủ tục hành chính có thành phần hồ sơ được thay thế bằng thông tin trên các cơ sở dữ liệu quy định tại Điều 4 Nghị quyết này.
        c) Bảo đảm các điều kiện về hạ tầng công nghệ để kết nối, khai thác, sử dụng thông tin trong các cơ sở dữ liệu.
        """;

    [Fact]
    public void Items_after_a_lead_in_that_names_who_acts_are_tasks_inside_a_rule_article()
    {
        var tasks = Extract.Text(Resolution).Tasks;

        Assert.Contains(tasks, t => t.Ordinal == "6.1");
        Assert.Contains(tasks, t => t.Ordinal == "6.2");
        Assert.DoesNotContain(tasks, t => t.Ordinal == "5.1");
    }

    [Fact]
    public void Points_under_a_clause_that_names_who_acts_are_tasks_inside_a_rule_article()
    {
        var tasks = Extract.Text(Resolution).Tasks;

        Assert.Contains(tasks, t => t.Ordinal == "7.1.b");
        Assert.Contains(tasks, t => t.Ordinal == "7.1.c");
    }
}
