using Pipeline.Roles;
using Pipeline.Tests.Support;

namespace Pipeline.Tests.Rules;

/// <summary>
/// Items numbered in brackets, "(1)", "(2)." (corpus/expected/README.md: the ordinal is the path of printed labels), one level
/// below the item they are printed under; and the labels inside a quotation that runs over paragraphs, which are the quoted
/// provision's, not this document's.
/// </summary>
public class BracketNumberedItemTests
{
    [Theory]
    [InlineData("(1) Tập trung phát triển bền vững 06 khu công nghiệp và 20 cụm công", "1", "Tập trung phát triển bền vững 06 khu công nghiệp và 20 cụm công")]
    [InlineData("(2). Về sổ sách, chứng từ, tài liệu làm căn cứ theo dõi, kiểm soát, thống kê,", "2", "Về sổ sách, chứng từ, tài liệu làm căn cứ theo dõi, kiểm soát, thống kê,")]
    public void A_number_in_brackets_is_an_item_label(string line, string value, string rest)
    {
        // NQ-34-NQ/TU Lào Cai (dev, OCR text) I.2; CV-5141/SNNMT-KS Lào Cai (dev, layout) 1.4.
        var (label, remainder) = ItemLabel.Parse(line)!.Value;
        Assert.Equal(LabelKind.Parenthesised, label.Kind);
        Assert.Equal(value, label.Value);
        Assert.Equal(rest, remainder);
        Assert.Null(ItemLabel.Parse("(Có các Mẫu báo cáo số 05, 06, 07 và 08 kèm theo)"));
    }

    [Fact]
    public void Targets_numbered_in_brackets_are_numbered_under_their_section()
    {
        // Lines from corpus/text/NQ-34-NQ-TU-LaoCai-phattrien-KCN-CCN-OCR.txt (dev): the "+" bullets of (2) are its points,
        // and (3) after them is the next target of "2. Mục tiêu năm 2026", not a point of the last bullet.
        var tasks = Extract.Text("""
            TỈNH ỦY LÀO CAI
            Số 34-NQ/TU
            NGHỊ QUYẾT
            về phát triển các khu công nghiệp, cụm công nghiệp
            I. QUAN ĐIÊM, MỤC TIÊU
            2. Mục tiêu năm 2026
            (1) Tập trung phát triển bền vững 06 khu công nghiệp và 20 cụm công nghiệp đang hoạt động.
            (2) Thành lập mới khoảng trên 500ha các khu, cụm công nghiệp, trong đó:
            + Thành lập mới ít nhất 02 Khu công nghiệp (Bản Qua, Võ Lao), tăng tông sô khu công nghiệp trên toàn tỉnh lên trên 08 khu.
            + Thành lập mới ít nhất 05 cụm công nghiệp (Bảo Minh, Bảo Hưng 2, An Thịnh, Bản Phung, Yên Hợp giai đoạn II), tăng tông sô cụm công nghiệp trên toàn tỉnh lên trên 2Š cụm.
            (3) Hoàn thiện ít nhất 500ha mặt bằng sạch đẻ thu hút các nhà đầu tư thứ cấp.
            """).Tasks;

        Assert.Equal(["I.2.1", "I.2.2.1", "I.2.2.2", "I.2.3"], tasks.Select(t => t.Ordinal));
        Assert.Equal("Tập trung phát triển bền vững 06 khu công nghiệp và 20 cụm công nghiệp đang hoạt động.", tasks[0].Text);
        Assert.Equal("Hoàn thiện ít nhất 500ha mặt bằng sạch đẻ thu hút các nhà đầu tư thứ cấp.", tasks[3].Text);
        Assert.All(tasks, t => Assert.Equal("target", t.Kind));
    }

    [Fact]
    public void Field_bullets_after_bracket_numbered_items_assign_each_of_them()
    {
        // Lines from corpus/text/KH-16-KH-MTTQ-BTT-xa-LuongMinh-thuchien-baucu-docxtext.txt (dev) II.2.1: the three hiệp thương
        // are the tasks, each led by the group's "Đơn vị chủ trì" and dated by its own "Chậm nhất"; the fields are no item.
        var tasks = Extract.Text("""
            BAN THƯỜNG TRỰC ỦY BAN MTTQ VIỆT NAM XÃ LƯƠNG MINH
            Số: 16/KH-MTTQ-BTT
            KẾ HOẠCH
            Thực hiện công tác bầu cử
            II. NỘI DUNG, TIẾN ĐỘ, PHÂN CÔNG TRÁCH NHIỆM THỰC HIỆN
            2. Tổ chức các hội nghị hiệp thương
            2.1. Chuẩn bị các văn bản về nhân sự và tổ chức 3 Hội nghị hiệp thương công tác bầu cử đại biểu Quốc hội khóa XVI và đại biểu Hội đồng nhân dân các cấp nhiệm kỳ 2026-2031 theo Hướng dẫn của Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh.
            - Tài liệu phục vụ hội nghị: Gồm danh sách trích ngang người ứng cử, biên bản hội nghị, phiếu biểu quyết, tài liệu hướng dẫn quy trình hiệp thương, các văn bản pháp luật liên quan.
            (1) Tổ chức hiệp thương lần thứ nhất: Chậm nhất ngày 10/12/2025 (trước ngày bầu cử 95 ngày theo Điều 39, Điều 50 Luật số 85/2015/QH13 về Bầu cử đại biểu Quốc hội và đại biểu Hội đồng nhân dân).
            (2) Tổ chức hiệp thương lần thứ hai: Chậm nhất ngày 03/02/2026 (trước ngày bầu cử 40 ngày theo điểm a, khoản 16, Điều 1 Luật số 83/2025/QH15 về sửa đổi, bổ sung một số điều của Luật Bầu cử đại biểu Quốc hội và đại biểu Hội đồng nhân dân).
            (3) Tổ chức hiệp thương lần thứ ba: Chậm nhất ngày 20/02/2026 (trước ngày bầu cử 23 ngày theo điểm a, khoản 18, Điều 1 Luật số 83/2025/QH15 về sửa đổi, bổ sung một số điều của Luật Bầu cử đại biểu Quốc hội và đại biểu Hội đồng nhân dân).
            - Thời gian hoàn thành: Quý IV/2025 và Quý I/2026;
            - Đơn vị chủ trì: Đồng chí Phó chủ tịch Thường trực, phụ trách lĩnh vực Giám sát và Phản biện xã hội
            - Đơn vị phối hợp: Các đ/c Phó chỉ tịch, Trưởng đoàn thể xã, các đồng chí Chuyên viên cơ quan MTTQ xã.
            """).Tasks;

        var rounds = tasks.Where(t => t.Text.StartsWith("Tổ chức hiệp thương", StringComparison.Ordinal)).ToList();
        Assert.Equal(["II.2.1.1", "II.2.1.2", "II.2.1.3"], rounds.Select(t => t.Ordinal));
        Assert.Equal(["2025-12-10", "2026-02-03", "2026-02-20"], rounds.Select(t => t.Deadline?.Date));
        Assert.All(rounds, t => Assert.Contains(t.Units, u => u.Role == "lead" && u.Name == "Đồng chí Phó chủ tịch Thường trực, phụ trách lĩnh vực Giám sát và Phản biện xã hội"));
        Assert.All(rounds, t => Assert.Contains(t.Units, u => u.Role == "support" && u.Name == "Trưởng đoàn thể xã"));
        Assert.DoesNotContain(tasks, t => t.Text.Contains("Đơn vị chủ trì", StringComparison.Ordinal) || t.Text.StartsWith("Thời gian hoàn thành", StringComparison.Ordinal));
    }

    [Fact]
    public void Labels_inside_a_quotation_over_paragraphs_are_the_quoted_provisions()
    {
        // Lines from corpus/layout/CV-5141-SNNMT-KS-LaoCai-baocao-sanluong.txt (dev) 1.4: "(5)." and "(6)." open inside the
        // quotation “(4) … thu hồi”, so they are points of Nghị định 193/2025 quoted in item (1), not items (5) and (6) of the letter.
        var tasks = Extract.File("layout", "CV-5141-SNNMT-KS-LaoCai-baocao-sanluong.txt").Tasks;

        Assert.DoesNotContain(tasks, t => t.Ordinal is "1.4.5" or "1.4.6");
        // The item cites Thông tư 36/2025 and quotes Nghị định 193/2025 in paragraphs of their own: one item, not three.
        var quoting = Assert.Single(tasks, t => t.Ordinal == "1.4.1");
        Assert.StartsWith("Theo quy định tại điểm h khoản 2 Điều 59", quoting.Text, StringComparison.Ordinal);
        Assert.Contains("cụ thể: Tại khoản 1 Điều 10 Thông tư số 36/2025/TT-BNNMT", quoting.Text, StringComparison.Ordinal);
        Assert.Contains("(5) Thiết bị cân, thiết bị đo đạc", quoting.Text, StringComparison.Ordinal);
        Assert.EndsWith("kết thúc hoạt động thu hồi”.", quoting.Text, StringComparison.Ordinal);
        Assert.Contains(tasks, t => t.Ordinal == "1.4.2");
    }

    [Fact]
    public void A_bracket_number_before_any_item_is_no_item()
    {
        // corpus/pdf/QD-1878-QD-UBND-HaNoi-tuyen-QL1A.pdf (dev): the preamble's "… tầm nhìn 100 năm (1)." sends to a footnote
        // "(1) Các định hướng lớn, ý tưởng quy hoạch …" printed at the foot of page 1, before "QUYẾT ĐỊNH:"; it must not
        // open an item that the articles then fall under (expected: 2.1 … 2.9.2, 3).
        var tasks = Extract.File("pdf", "QD-1878-QD-UBND-HaNoi-tuyen-QL1A.pdf").Tasks;

        Assert.NotEmpty(tasks);
        Assert.All(tasks, t => Assert.Matches(@"^[23](\.|$)", t.Ordinal));
        Assert.Contains(tasks, t => t.Ordinal == "3");
    }
}
