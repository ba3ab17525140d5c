using Pipeline.Tasks;
using Pipeline.Tests.Support;

namespace Pipeline.Tests.Rules;

/// <summary>
/// Constructs of Party documents laid out by Hướng dẫn 36-HD/VPTW (roman sections "II-", the central Party committees a
/// programme assigns work to), on real lines of the development set's Party documents (corpus/README.md, ninth collection).
/// </summary>
public class PartyProgrammeTests
{
    private static List<TaskUnit> Units(string text) => new UnitFinder(Extract.Vocab).Find(text);

    /// <summary>
    /// "Đảng uỷ Mặt trận Tổ quốc, các đoàn thể Trung ương" is one Party committee (comma-names.txt), not two units: item IV.5
    /// of corpus/text/KL-75-KL-TW-BVMT-BDKH-OCR.txt (dev).
    /// </summary>
    [Fact]
    public void The_party_committee_of_the_front_and_mass_organisations_is_one_unit() =>
        Assert.Equal(["Đảng uỷ Mặt trận Tổ quốc, các đoàn thể Trung ương"],
            Units("Đảng uỷ Mặt trận Tổ quốc, các đoàn thể Trung ương lãnh đạo, chỉ đạo xây dựng chương trình, kế hoạch hướng dẫn, đẩy mạnh công tác tuyên truyền, vận động Nhân dân tích cực tham gia bảo vệ môi trường, ứng phó với biến đổi khí hậu")
                .Where(u => u.Role == UnitRole.Lead).Select(u => u.Name));

    /// <summary>
    /// The same committee at province level, the first piece of a programme's responsibility line: subsection 3.1 of
    /// corpus/layout/CTr-104-CTr-TU-LaoCai-thuchien-KL-75-BVMT.txt (dev).
    /// </summary>
    [Fact]
    public void The_provincial_committee_of_the_front_stays_whole() =>
        Assert.Equal(["Đảng uỷ Mặt trận Tổ quốc, các đoàn thể tỉnh"],
            new UnitFinder(Extract.Vocab).Split("Đảng uỷ Mặt trận Tổ quốc, các đoàn thể tỉnh"));

    /// <summary>
    /// The Quân uỷ Trung ương opens a unit's name like any Party committee: item III.4 of
    /// corpus/text/CTr-31-CTr-TW-BoChinhTri-thuchien-KL-75-OCR.txt (dev), its heading "4. Quân uỷ Trung ương" leading a)–c).
    /// </summary>
    [Fact]
    public void The_central_military_commission_leads_its_points()
    {
        var tasks = Extract.Text(Programme).Tasks;
        var military = tasks.Where(t => t.Heading == "Quân uỷ Trung ương").ToList();
        Assert.Equal(2, military.Count);
        Assert.All(military, t => Assert.Contains(t.Units, u => u.Name == "Quân uỷ Trung ương" && u.Role == "lead"));
    }

    /// <summary>
    /// A roman section is never inside a numbered item: "II- NHIỆM VỤ CHỦ YẾU" after item 3 of a first section whose label
    /// the OCR misread ("1- MỤC ĐÍCH, YÊU CÂU") opens the top level, so its bullets are II.1.1, II.1.2 (lines of
    /// corpus/text/CTr-31-CTr-TW-BoChinhTri-thuchien-KL-75-OCR.txt, dev).
    /// </summary>
    [Fact]
    public void A_roman_section_after_a_numbered_item_opens_the_top_level()
    {
        var ordinals = Extract.Text(Programme).Tasks.Select(t => t.Ordinal).ToList();
        Assert.Contains("II.1.1", ordinals);
        Assert.Contains("II.1.2", ordinals);
        Assert.DoesNotContain("1.1", ordinals);
    }

    /// <summary>
    /// "phấn đấu … vào năm 2050" bounds the effort by its year (deadline-cues.tsv): item II.7.1 of
    /// corpus/text/KL-75-KL-TW-BVMT-BDKH-OCR.txt (dev); the same year after "góp phần thực hiện mục tiêu" in I.2.2 names a
    /// goal and dates nothing.
    /// </summary>
    [Fact]
    public void A_year_the_resolution_strives_for_is_the_deadline()
    {
        var parser = new DeadlineParser(Extract.Vocab);
        var strives = parser.Find("Chuyển đổi các ngành kinh tế theo hướng xanh, tuần hoàn, phát thải cácbon thấp và tạo ra các ngành kinh tế mới nhằm giảm áp lực đối với môi trường, phấn đấu thực hiện mục tiêu đạt phát thải ròng bằng 0 vào năm 2050.");
        Assert.Equal("2050", strives?.Date?.ToString());
        Assert.Equal("năm 2050", strives?.Text);
        Assert.Null(parser.Find("Phát triển kinh tế xanh, tuần hoàn, cácbon thấp trở thành phương thức phát triển quan trọng, góp phần thực hiện mục tiêu phát thải ròng bằng 0 vào năm 2050."));
    }

    private const string Programme = """
        BAN CHẤP HÀNH TRUNG ƯƠNG ĐẢNG CỘNG SẢN VIỆT NAM
        *
        Số 31-CTr/TW Hà Nội, ngày 28 tháng 7 năm 2026

        CHƯƠNG TRÌNH HÀNH ĐỘNG
        CUA BỘ CHÍNH TRỊ
        thực hiện Kết luận số 75-KL/TW, ngày _
        của Ban Chấp hành Trung ương Đảng khoá XIV về bảo vệ môi trường
        và chủ động ứng phó với biến đổi khí hậu trong thời kỳ mới

        1- MỤC ĐÍCH, YÊU CÂU

        3. Trong quá trình triển khai thực hiện Chương trình hành động, yêu cầu
        các cấp uỷ, tổ chức đảng nghiêm túc quán triệt sâu sắc phương châm: Bảo vệ
        môi trường và ứng phó ' với biến đôi khí hậu phải được xác định là một trong
        những động lực phát triển mới.

        II- NHIỆM VỤ CHỦ YẾU

        1. Tăng cường sự lãnh đạo của Đảng, phát huy vai trò của hệ thống
        chính trị, nâng cao nhận thức của doanh nghiệp và Nhân dân

        - Triển khai, phối hợp hiệu quả giữa các cơ quan, tổ chức trong hệ thống
        chính trị, bảo đảm sự tham gia rộng rãi, thực chất, có trách nhiệm của cộng
        đồng doanh nghiệp và người dân trong bảo vệ môi trường và ứng phó với biến
        đổi khí hậu.

        - Đây mạnh tuyên truyền, giáo dục, tạo sự thống nhất trong nhận thức và
        hành động của toàn xã hội về bảo vệ môi trường và ứng phó với biến đôi khí hậu.

        4. Quân uỷ Trung ương

        b) Chủ động tổ chức, rà soát, điều chỉnh các chiến lược, quy hoạch, kế
        hoạch, phương án tác chiến, bố trí khu vực đóng quân trong từng. giai đoạn cụ
        thể, bảo đảm phù hợp, tránh những tác động bắt lợi của các yếu tố môi trường,
        biến đổi khí hậu.

        c) Đáp ứng yêu cầu trong chủ động ứng phó, khắc phục sự cố môi trường,
        tìm kiếm cứu hộ, cứu nạn, phòng tránh và khắc phục hậu quả thiên tai; tiên
        phong trong công tác tuyên truyền và thực hiện tốt phong trào toàn dân tham gia
        bảo vệ môi trường, ứng phó với biến đổi khí hậu và phòng, chống, giảm nhẹ rủi
        ro thiên tai.

        Nơi nhận: T/M BỘ CHÍNH TRỊ

        - Các tỉnh uỷ, thành uỷ;
        - Lưu Văn phòng Trung ương Đảng.
        """;
}
