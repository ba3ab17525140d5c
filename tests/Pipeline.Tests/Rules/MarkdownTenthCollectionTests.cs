using Pipeline.Tasks;
using Pipeline.Tests.Support;

namespace Pipeline.Tests.Rules;

/// <summary>
/// Constructs of the Tenth collection (dev, added by session s27md: markdown conversions measured unseen before these
/// rules), each on the real lines of its document under corpus/markdown/.
/// </summary>
public class MarkdownTenthCollectionTests
{
    /// <summary>
    /// QD-69-2024-QD-UBND-HaNoi-hotro-daotao-socap.md keeps its header laid out with spaces; the number was typed into
    /// the padding of the number field, so "69" stands a wide gap from "Số:" and from "/2024/QĐ-UBND".
    /// </summary>
    [Fact]
    public void A_number_typed_into_the_padded_number_field_stays_in_the_reference()
    {
        var record = Extract.Text(
            "ỦY BAN NHÂN DÂN              CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM  \n" +
            "THÀNH PHỐ HÀ NỘI            Độc lập - Tự do - Hạnh phúc  \n" +
            "Số:   69   /2024/QĐ-UBND    Hà Nội, ngày 09 tháng 12 năm 2024  \n\n" +
            "QUYẾT ĐỊNH  \n" +
            "Phê duyệt mức hỗ trợ đối với từng nhóm đối tượng đào tạo  \n" +
            "trình độ sơ cấp, đào tạo dưới 03 tháng của thành phố Hà Nội  \n\n" +
            "ỦY BAN NHÂN DÂN THÀNH PHỐ HÀ NỘI  \n\n" +
            "Căn cứ Luật Giáo dục nghề nghiệp ngày 27 tháng 11 năm 2014;  \n", "sample.md");

        Assert.Equal("69", record.Document.Number);
        Assert.Equal("69/2024/QĐ-UBND", record.Document.Reference);
        Assert.Equal("2024-12-09", record.Document.IssuedDate);
    }

    /// <summary>
    /// The foot of NQ-60-NQ-TW-HoiNghi11-sapxep-bomay.md, a pandoc multiline table whose hard breaks sit inside the
    /// emphasis that closes on the line ("**T/M BAN CHẤP HÀNH TRUNG ƯƠNG\**"), signed by the General Secretary.
    /// </summary>
    [Fact]
    public void A_party_foot_in_a_pandoc_table_keeps_its_lines_and_its_general_secretary()
    {
        var record = Extract.Text(
            "**NGHỊ QUYẾT**\n\nVề việc thử\n\n**1.** Giao Bộ Chính trị chỉ đạo hoàn thiện Phương hướng công tác nhân sự.\n\n \n\n" +
            "  ----------------------------------- -----------------------------------\n" +
            "  ***Nơi nhận:\\***                     **T/M BAN CHẤP HÀNH TRUNG ƯƠNG\\**\n" +
            "  - Các ban đảng, đảng ủy trực thuộc             TỔNG BÍ THƯ\\\n" +
            "  Trung ương,\\                                        **\\\n" +
            "  - Các tỉnh ủy, thành ủy,\\                            \\\n" +
            "  - Các đồng chí Ủy viên Ban Chấp                      \\\n" +
            "  hành Trung ương Đảng,\\                               \\\n" +
            "  - Lưu Văn phòng Trung ương Đảng.                 Tô Lâm**\n\n" +
            "  ----------------------------------- -----------------------------------\n", "sample.md");

        var signer = record.Document.Signer!;
        Assert.Equal("T/M Ban Chấp hành Trung ương", signer.Authority, ignoreCase: true);
        Assert.Equal("Tổng Bí thư", signer.Position, ignoreCase: true);
        Assert.Equal("Tô Lâm", signer.Name);
        Assert.Equal(["Các ban đảng, đảng ủy trực thuộc Trung ương", "Các tỉnh ủy, thành ủy", "Các đồng chí Ủy viên Ban Chấp hành Trung ương Đảng"],
            record.Document.Recipients.Select(r => r.Name));
        Assert.Equal("Văn phòng Trung ương Đảng", record.Document.Archive);
    }

    /// <summary>
    /// The head of NQ-60-NQ-TW-HoiNghi11-sapxep-bomay.md: a conference resolution names the conference as its trích yếu;
    /// the paragraph under it ("Hội nghị lần thứ 11 … họp từ ngày …") opens the body. Over a "về …" line the same
    /// conference line is a type qualifier and the "về …" line the title (KL-75-KL-TW).
    /// </summary>
    [Fact]
    public void A_conference_line_with_no_subject_under_it_is_the_title()
    {
        var record = Extract.Text(
            "**NGHỊ QUYẾT**\n\nHỘI NGHỊ LẦN THỨ 11 BAN CHẤP HÀNH TRUNG ƯƠNG ĐẢNG KHÓA XIII\n\n" +
            "Hội nghị lần thứ 11 Ban Chấp hành Trung ương Đảng khóa XIII họp từ ngày\n10/4 đến ngày 12/4/2025 tại Thủ đô Hà Nội, sau khi xem xét và thảo luận\n" +
            "các tờ trình, đề án và báo cáo của Bộ Chính trị, căn cứ kết quả biểu\nquyết của Ban Chấp hành Trung ương Đảng,\n\n**QUYẾT NGHỊ**\n\n" +
            "**2.** Cơ bản thống nhất dự thảo Phương hướng công tác nhân sự Ban Chấp\nhành Trung ương Đảng khóa XIV.\n", "sample.md");

        Assert.Equal("HỘI NGHỊ LẦN THỨ 11 BAN CHẤP HÀNH TRUNG ƯƠNG ĐẢNG KHÓA XIII", record.Document.Title);
    }

    /// <summary>Điều 3 of NQ-87-NQ-HDND-HaGiang-dean-quytu-dancu-body.md: approving is the action, not part of the body's name.</summary>
    [Fact]
    public void Approving_ends_the_name_of_the_body_given_the_plan() =>
        Assert.Equal(["Ủy ban nhân dân tỉnh"], new UnitFinder(Extract.Vocab)
            .Find("Hội đồng nhân dân tỉnh giao cho Ủy ban nhân dân tỉnh phê duyệt, tổ chức thực hiện Đề án theo quy định.")
            .Where(u => u.Role == UnitRole.Lead).Select(u => u.Name));

    /// <summary>
    /// NQ-20-NQ-HDND-BRVT-chitieu-BHXH-body.md: "Điều 1. Giao chỉ tiêu …" allocates targets (the resolution's decision, its
    /// figures in the Phụ lục); Điều 2's "Giao Ủy ban nhân dân tỉnh tổ chức triển khai …" assigns.
    /// </summary>
    [Fact]
    public void Allocating_targets_enacts_and_the_execution_clauses_assign()
    {
        var tasks = Extract.Text(
            "NGHỊ QUYẾT\nVỀ VIỆC GIAO CHỈ TIÊU PHÁT TRIỂN ĐỐI TƯỢNG THAM GIA BẢO HIỂM XÃ HỘI\nQUYẾT NGHỊ:\n" +
            "Điều 1. Giao chỉ tiêu\nphát triển đối tượng tham gia bảo hiểm xã hội, bảo hiểm y tế, bảo hiểm thất nghiệp\n" +
            "giai đoạn 2017-2020 trên địa bàn tỉnh Bà Rịa-Vũng Tàu như nội dung tờ trình số\n52/TTr-UBND ngày 12 tháng 6 năm 2017 của Ủy ban nhân dân tỉnh.\n" +
            "(Kèm theo Phụ lục chỉ tiêu).\nĐiều 2. Điều khoản\nthi hành:\n1. Giao Ủy ban nhân dân tỉnh\ntổ chức triển khai thực hiện Nghị quyết này.\n", "sample.md").Tasks;

        Assert.DoesNotContain(tasks, t => t.Ordinal == "1");
        Assert.Contains(tasks, t => t.Ordinal == "2.1");
    }

    /// <summary>
    /// The end of NQ-60-NQ-TW-HoiNghi11-sapxep-bomay.md: after the last decision, "… yêu cầu các cấp ủy, cơ quan, đơn vị, tổ chức,
    /// nhất là người đứng đầu tập trung …" continues it (its qualifier no part of the unit), and the call "… kêu gọi toàn Đảng,
    /// toàn dân, toàn quân …" is the closing formula, neither a task nor part of the last one.
    /// </summary>
    [Fact]
    public void A_party_resolution_ends_with_a_call_and_a_qualifier_is_no_part_of_the_unit()
    {
        var tasks = Extract.Text(
            "**NGHỊ QUYẾT**\n\nVề việc thử\n\n**QUYẾT NGHỊ**\n\n" +
            "**12. **Thi hành kỷ luật bằng hình thức Cách chức tất cả các chức vụ\ntrong Đảng đối với đồng chí Trương Hòa Bình.\n\n" +
            "Ban Chấp hành Trung ương Đảng yêu cầu các cấp ủy, cơ quan, đơn vị, tổ\nchức, nhất là người đứng đầu tập trung sửa đổi, bổ sung, xây dựng hoàn\n" +
            "thiện thể chế, nhất là các quy định về quản lý nhà nước, quản trị quốc\ngia, quản lý xã hội theo hướng đẩy mạnh phân cấp, phân quyền.\n\n" +
            "Ban Chấp hành Trung ương Đảng kêu gọi toàn Đảng, toàn dân, toàn quân\ntiếp tục đoàn kết, thống nhất, nỗ lực phấn đấu vượt qua khó khăn, thách\n" +
            "thức, thực hiện thắng lợi nhiệm vụ sắp xếp đơn vị hành chính.\n", "sample.md").Tasks;

        var last = Assert.Single(tasks, t => t.Ordinal == "12");
        Assert.DoesNotContain("kêu gọi", last.Text);
        Assert.Equal(["các cấp ủy, cơ quan, đơn vị, tổ chức"], last.Units.Where(u => u.Role == "lead").Select(u => u.Name));
    }
}
