using Pipeline.Tasks;
using Pipeline.Tests.Support;

namespace Pipeline.Tests.Rules;

/// <summary>
/// An assignment table gives one task per row (corpus/expected/README.md, "Assignment tables"). Lines from
/// corpus/html/NQ-87-2025-UBTVQH15-dieuchinh-CTLP-2025.html (dev), Điều 2, as the HTML reader gives the table: one line per
/// row, cells joined by " | ".
/// </summary>
public class AssignmentTableTests
{
    private const string Resolution = """
        ỦY BAN THƯỜNG VỤ
        QUỐC HỘI
        Nghị quyết số: 87/2025/UBTVQH15
        Hà Nội, ngày 10 tháng 7 năm 2025
        NGHỊ QUYẾT
        ĐIỀU CHỈNH CHƯƠNG TRÌNH LẬP PHÁP NĂM 2025
        QUYẾT NGHỊ:
        Điều 2. Tổ chức thực hiện
        Phân công cơ quan trình, cơ quan chủ trì thẩm tra, tham gia thẩm tra và tiến độ trình Ủy ban Thường vụ Quốc hội cho ý kiến đối với 04 dự án luật được bổ sung vào Chương trình lập pháp năm 2025 như sau:
        STT | Tên dự án | Cơ quan trình | Cơ quan chủ trì thẩm tra | Cơ quan tham gia thẩm tra | Tiến độ trình UBTVQH
        1. | Luật An ninh mạng (sửa đổi toàn diện Luật An ninh mạng và sửa đổi toàn diện Luật An toàn thông tin mạng thành 01 luật) | Chính phủ | Ủy ban Quốc phòng, An ninh và Đối ngoại | Hội đồng Dân tộc, các Ủy ban khác của Quốc hội | Phiên họp tháng 9/2025
        2. | Luật Giám định tư pháp (sửa đổi) | Chính phủ | Ủy ban Pháp luật và Tư pháp | Hội đồng Dân tộc, các Ủy ban khác của Quốc hội | Phiên họp tháng 9/2025
        3. | Luật Thương mại điện tử | Chính phủ | Ủy ban Kinh tế và Tài chính | Hội đồng Dân tộc, các Ủy ban khác của Quốc hội | Phiên họp tháng 9/2025
        Điều 3. Hiệu lực thi hành
        Nghị quyết này có hiệu lực thi hành từ ngày thông qua./.
        TM. ỦY BAN THƯỜNG VỤ QUỐC HỘI
        CHỦ TỊCH
        Trần Thanh Mẫn
        """;

    [Fact]
    public void Each_row_is_a_task_numbered_and_headed_by_the_lead_in()
    {
        var tasks = Extract.Text(Resolution).Tasks;
        Assert.Equal(["2.1.1", "2.1.2", "2.1.3"], tasks.Where(t => t.Ordinal.StartsWith("2.", StringComparison.Ordinal)).Select(t => t.Ordinal));
        var first = tasks.Single(t => t.Ordinal == "2.1.1");
        Assert.Equal("Phân công cơ quan trình, cơ quan chủ trì thẩm tra, tham gia thẩm tra và tiến độ trình Ủy ban Thường vụ Quốc hội cho ý kiến đối với 04 dự án luật được bổ sung vào Chương trình lập pháp năm 2025 như sau", first.Heading);
        Assert.Equal("Luật An ninh mạng (sửa đổi toàn diện Luật An ninh mạng và sửa đổi toàn diện Luật An toàn thông tin mạng thành 01 luật)", first.Text);
    }

    [Fact]
    public void The_header_row_is_no_task()
    {
        var tasks = Extract.Text(Resolution).Tasks;
        Assert.DoesNotContain(tasks, t => t.Text.StartsWith("STT", StringComparison.Ordinal));
    }

    [Fact]
    public void The_unit_columns_give_leads_and_support_and_the_deadline_column_the_deadline()
    {
        var task = Extract.Text(Resolution).Tasks.Single(t => t.Ordinal == "2.1.2");
        Assert.Equal(["Chính phủ", "Ủy ban Pháp luật và Tư pháp"], task.Units.Where(u => u.Role == "lead").Select(u => u.Name));
        Assert.Equal(["Hội đồng Dân tộc", "các Ủy ban khác của Quốc hội"], task.Units.Where(u => u.Role == "support").Select(u => u.Name));
        Assert.Equal("2025-09", task.Deadline?.Date);
        Assert.Equal("Phiên họp tháng 9/2025", task.Deadline?.Text);
    }

    [Fact]
    public void A_deadline_cell_needs_no_cue() =>
        Assert.Equal("2025-09", new DeadlineParser(Extract.Vocab).InColumn("Phiên họp tháng 9/2025")?.Date?.ToString());

    [Theory]
    [InlineData("Cơ quan chủ trì thẩm tra", UnitRole.Lead)]
    [InlineData("Cơ quan trình", UnitRole.Lead)]
    [InlineData("Cơ quan tham gia thẩm tra", UnitRole.Support)]
    public void The_unit_columns_are_the_plan_field_labels(string label, UnitRole role) =>
        Assert.Equal(role, new AssignmentFields(Extract.Vocab, new UnitFinder(Extract.Vocab)).ColumnRole(label));
    /// <summary>
    /// corpus/html/NQ-97-2025-UBTVQH15-dieuchinh-CTLP-2025.html (vbpl.vn doc_000092), Điều 2: the STT cells print a bare number
    /// ("1 | Luật …"), so the HTML reader gives the rows as body lines, not items; a row is still a line of its own and not a
    /// number running on the header line above it.
    /// </summary>
    private const string BareNumberRows = """
        ỦY BAN THƯỜNG VỤ
        QUỐC HỘI
        Nghị quyết số: 97/2025/UBTVQH15
        Hà Nội, ngày 28 tháng 8 năm 2025
        NGHỊ QUYẾT
        Điều chỉnh chương trình lập pháp năm 2025
        QUYẾT NGHỊ:
        Điều 2. Tổ chức thực hiện
        Phân công cơ quan trình, cơ quan chủ trì thẩm tra, tham gia thẩm tra và tiến độ trình Ủy ban Thường vụ Quốc hội cho ý kiến đối với 03 dự án luật được bổ sung vào Chương trình lập pháp năm 2025 như sau:
        STT | Tên dự án | Cơ quan trình | Cơ quan chủ trì thẩm tra | Cơ quan tham gia thẩm tra | Tiến độ trình UBTVQH
        1 | Luật sửa đổi, bổ sung một số điều của Luật Chuyển giao công nghệ | Chính phủ | Ủy ban Khoa học, Công nghệ và Môi trường | Hội đồng Dân tộc, các Ủy ban khác của Quốc hội | Phiên họp tháng 9/2025
        2 | Luật sửa đổi, bổ sung một số điều của Luật Sở hữu trí tuệ | Chính phủ | Ủy ban Pháp luật và Tư pháp | Hội đồng Dân tộc, các Ủy ban khác của Quốc hội | Phiên họp tháng 9/2025
        3 | Luật Công nghệ cao (sửa đổi) | Chính phủ | Ủy ban Khoa học, Công nghệ và Môi trường | Hội đồng Dân tộc, các Ủy ban khác của Quốc hội | Phiên họp tháng 9/2025
        Điều 3. Hiệu lực thi hành
        Nghị quyết này có hiệu lực thi hành từ ngày thông qua./.
        TM. ỦY BAN THƯỜNG VỤ QUỐC HỘI
        CHỦ TỊCH
        Trần Thanh Mẫn
        """;

    [Fact]
    public void Rows_whose_STT_is_a_bare_number_are_rows_not_a_sentence_running_on_the_header()
    {
        var tasks = Extract.Text(BareNumberRows).Tasks;
        Assert.Equal(["2.1.1", "2.1.2", "2.1.3"], tasks.Select(t => t.Ordinal));
        var second = tasks.Single(t => t.Ordinal == "2.1.2");
        Assert.Equal("Luật sửa đổi, bổ sung một số điều của Luật Sở hữu trí tuệ", second.Text);
        Assert.Equal(["Chính phủ", "Ủy ban Pháp luật và Tư pháp"], second.Units.Where(u => u.Role == "lead").Select(u => u.Name));
        Assert.Equal("2025-09", second.Deadline?.Date);
    }

    [Theory]
    [InlineData("1 | Luật Công nghệ cao (sửa đổi) | Chính phủ | Ủy ban Khoa học, Công nghệ và Môi trường", true)]
    [InlineData("STT | Tên dự án | Cơ quan trình", true)]
    [InlineData("3 - Điều 61 Luật Lâm nghiệp năm 2017", false)]
    public void A_data_row_is_told_by_its_cell_separator(string line, bool row) =>
        Assert.Equal(row, Pipeline.Text.DataRowText.IsRow(line));
    /// <summary>
    /// corpus/html/NQ-119-2026-UBTVQH15-dieuchinh-CTLP-2026.html (vbpl.vn doc_000176), Điều 2: the lead-in is a numbered clause
    /// ("1. Phân công … như sau:"), so the header row reads as its continuation, and the rows print "1.", "2." as items.
    /// </summary>
    private const string NumberedLeadIn = """
        ỦY BAN THƯỜNG VỤ QUỐC HỘI
        Nghị quyết số: 119/2026/UBTVQH15
        NGHỊ QUYẾT
        Điều chỉnh Chương trình lập pháp năm 2026
        QUYẾT NGHỊ:
        Điều 2. Tổ chức thực hiện
        1. Phân công cơ quan trình, cơ quan chủ trì thẩm tra, tham gia thẩm tra và tiến độ trình Ủy ban Thường vụ Quốc hội cho ý kiến đối với các dự án được điều chỉnh trong Chương trình lập pháp năm 2026 như sau:
        STT | Tên dự án | Cơ quan trình | Cơ quan chủ trì thẩm tra | Cơ quan tham gia thẩm tra | Tiến độ trình UBTVQH
        1. | Luật Thủ đô (sửa đổi) | Chính phủ | Ủy ban Pháp luật và Tư pháp | Hội đồng Dân tộc, các Ủy ban khác của Quốc hội | Phiên họp tháng 3/2026
        2. | Nghị quyết về cơ chế phối hợp, chính sách đặc thù nâng cao hiệu quả phòng ngừa và giải quyết tranh chấp đầu tư quốc tế | Chính phủ | Ủy ban Kinh tế và Tài chính | Hội đồng Dân tộc, các Ủy ban khác của Quốc hội | Phiên họp tháng 3/2026
        3. | Luật sửa đổi, bổ sung một số điều của Luật Thương mại, Luật Cạnh tranh, Luật Quản lý ngoại thương, Luật Bảo vệ quyền lợi người tiêu dùng | Chính phủ | Ủy ban Kinh tế và Tài chính | Hội đồng Dân tộc, các Ủy ban khác của Quốc hội | Phiên họp tháng 8/2026
        Điều 3. Hiệu lực thi hành
        Nghị quyết này có hiệu lực thi hành từ ngày thông qua./.
        TM. ỦY BAN THƯỜNG VỤ QUỐC HỘI
        CHỦ TỊCH
        Trần Thanh Mẫn
        """;

    [Fact]
    public void A_numbered_lead_in_numbers_and_heads_the_rows_of_the_table_after_it()
    {
        var tasks = Extract.Text(NumberedLeadIn).Tasks;
        Assert.Equal(["2.1.1", "2.1.2", "2.1.3"], tasks.Select(t => t.Ordinal));
        var third = tasks.Single(t => t.Ordinal == "2.1.3");
        Assert.Equal("Phân công cơ quan trình, cơ quan chủ trì thẩm tra, tham gia thẩm tra và tiến độ trình Ủy ban Thường vụ Quốc hội cho ý kiến đối với các dự án được điều chỉnh trong Chương trình lập pháp năm 2026 như sau", third.Heading);
        Assert.Equal(["Chính phủ", "Ủy ban Kinh tế và Tài chính"], third.Units.Where(u => u.Role == "lead").Select(u => u.Name));
        Assert.Equal("2026-08", third.Deadline?.Date);
    }
}
