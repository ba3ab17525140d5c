using Pipeline.Tests.Support;

namespace Pipeline.Tests.Rules;

/// <summary>
/// Constructs of a Party conclusion (Hướng dẫn 36-HD/VPTW) on the real lines of its OCR text layer,
/// corpus/text/KL-75-KL-TW-BVMT-BDKH-OCR.txt (dev).
/// </summary>
public class PartyConclusionTests
{
    /// <summary>The conclusion's header as its OCR text prints it (OCR damage included: "ĐÁNG", "KÉT", "LÀN").</summary>
    private const string Header = """
        BAN CHẤP HÀNH TRUNG ƯƠNG ĐÁNG CỘNG SẢN VIỆT NAM
        Số 75-KL/TW Hà Nội, ngày 28 tháng 7 năm 2026
        KÉT LUẬN
        HỘI NGHỊ LÀN THỨ BA
        về bảo vệ môi trường và chủ động ứng phó với biến đổi khí hậu

        """;

    /// <summary>
    /// "I- QUAN ĐIỂM, MỤC TIÊU" holds "1. Quan điểm" (the Party's positions, not tasks) and "2. Mục tiêu" (targets).
    /// </summary>
    [Fact]
    public void Viewpoints_under_a_viewpoints_and_aims_section_are_not_tasks()
    {
        var tasks = Extract.Text(Header + """

            I- QUAN ĐIỄM, MỤC TIỂU

            1. Quan điểm

            - Bảo vệ môi trường và ứng phó với biến đổi khí hậu phải được đặt trong
            tổng thê tư duy, tầm nhìn mới, ở vị trí trung tâm trong các quyết định phát triển.

            - Chủ động phòng ngừa, kiểm soát chặt chẽ, cảnh báo từ sớm, từ xa nguy
            cơ gây ô nhiễm, suy thoái, sự cố môi trường.

            2. Mục tiêu

            2.1. Mục tiêu đến năm 2030

            Năng lực quản trị môi trường, ứng phó với biến đổi khí hậu và phòng,
            chống thiên tai được nâng cao, bảo vệ tốt hơn tính mạng, sức khoẻ, tài sản, sinh
            kế của Nhân dân.

            II- NHIỆM VỤ, GIẢI PHÁP

            9. Đây mạnh hợp tác và hội nhập quốc tế

            Chủ động, tích cực hợp tác, hội nhập quốc tế, tham gia định hình các sáng
            kiến, các thoả thuận và cơ chế hợp tác khu vực, toàn cầu về môi trường và khí
            hậu.
            """).Tasks;

        Assert.DoesNotContain(tasks, t => t.Text.StartsWith("Bảo vệ môi trường", StringComparison.Ordinal));
        Assert.DoesNotContain(tasks, t => t.Text.StartsWith("Chủ động phòng ngừa", StringComparison.Ordinal));
        Assert.Contains(tasks, t => t.Text.StartsWith("Năng lực quản trị", StringComparison.Ordinal) && t.Kind == "target");
        Assert.Contains(tasks, t => t.Text.StartsWith("Chủ động, tích cực hợp tác", StringComparison.Ordinal) && t.Kind == "task");
    }

    /// <summary>
    /// The page header "18.KLTW7S.DOC 6" (the Word file name and the page number) stands between the two halves of a
    /// paragraph that runs over the page break: it is page furniture, and the paragraph stays one task.
    /// </summary>
    [Fact]
    public void A_word_file_name_page_header_does_not_cut_a_paragraph()
    {
        var tasks = Extract.Text(Header + """

            II- NHIỆM VỤ, GIẢI PHÁP

            9. Đây mạnh hợp tác và hội nhập quốc tế

            Ban hành cơ chế, chính sách thuận lợi, ưu đãi về tài chính, tín dụng, đất
            đai, khoa học, công nghệ cho các hoạt động bảo vệ môi trường và ứng phó với
            biến đổi khí hậu, đặc biệt là các chương trình, dự án xử lý các vấn đề, điểm
            nóng bức xúc về ô nhiễm môi trường. Tập trung đầu tư hạ tầng kinh tế - kỹ thuật

            18.KLTW7S.DOC 6

            đa mục tiêu, trong đó có tích hợp các yêu cầu về bảo vệ môi trường, thúc đẩy
            chuyên đổi xanh, chuyên đổi năng lượng.
            """).Tasks;

        Assert.DoesNotContain(tasks, t => t.Text.Contains("KLTW", StringComparison.Ordinal));
        Assert.DoesNotContain(tasks, t => t.Text.StartsWith("đa mục tiêu", StringComparison.Ordinal));
        Assert.Contains(tasks, t => t.Text.StartsWith("Ban hành cơ chế", StringComparison.Ordinal) && t.Text.EndsWith("chuyên đổi năng lượng.", StringComparison.Ordinal));
    }

    /// <summary>
    /// "1. Tăng cường sự lãnh đạo của Đảng, …" wraps over two lines without a final stop and is followed by paragraphs:
    /// it is their heading, and each paragraph is a task of its own (corpus/expected/README.md, numbered sub-heading + plain paragraph).
    /// </summary>
    [Fact]
    public void A_long_numbered_heading_heads_its_paragraphs()
    {
        var tasks = Extract.Text(Header + """

            II- NHIỆM VỤ, GIẢI PHÁP

            1. Tăng cường sự lãnh đạo của Đảng, phát huy vai trò của hệ thống
            chính trị, nâng cao nhận thức của doanh nghiệp và Nhân dân

            Phát huy vai trò của Mặt trận Tổ quốc Việt Nam, các tổ chức chính trị - xã
            hội, các hội quần chúng, các cơ quan báo chí, truyền thông và Nhân dân trong
            tham gia xây dựng, phản biện, góp ý hoàn thiện chủ trương, chính sách và giám
            sát thi hành pháp luật.

            Đây mạnh tuyên truyền, giáo dục, tạo sự thống nhất trong nhận thức và
            hành động của toàn xã hội. Phát hiện, khuyến khích, nhân rộng các mô hình hay, cách làm
            hiệu quả.
            """).Tasks;

        Assert.DoesNotContain(tasks, t => t.Text.StartsWith("Tăng cường sự lãnh đạo", StringComparison.Ordinal));
        Assert.Contains(tasks, t => t.Ordinal == "II.1.1" && t.Text.StartsWith("Phát huy vai trò", StringComparison.Ordinal));
        Assert.Contains(tasks, t => t.Ordinal == "II.1.2" && t.Text.StartsWith("Đây mạnh tuyên truyền", StringComparison.Ordinal));
    }
}
