using Pipeline.Tasks;
using Pipeline.Tests.Support;

namespace Pipeline.Tests.Rules;

/// <summary>
/// Headings that name who leads the items under them (corpus/expected/README.md: "Đối với X", a heading that is a body, a
/// collective head with a colon list), each on the real heading of a development document.
/// </summary>
public class HeadingUnitTests
{
    private static List<(string Name, UnitRole Role)> FromHeading(string heading) =>
        new UnitFinder(Extract.Vocab).FromHeading(heading).Select(u => (u.Name, u.Role)).ToList();

    /// <summary>
    /// A plan's section "NHIỆM VỤ CHỦ YẾU CỦA X" works like "Nhiệm vụ của X": X leads every item under it. Section II of
    /// corpus/markdown/KH-09-KH-BTNMT-2024-trienkhai-CT-13.txt (dev).
    /// </summary>
    [Fact]
    public void The_body_a_section_of_main_duties_belongs_to_leads_its_items() =>
        Assert.Equal([("BỘ TÀI NGUYÊN VÀ MÔI TRƯỜNG", UnitRole.Lead)], FromHeading("NHIỆM VỤ CHỦ YẾU CỦA BỘ TÀI NGUYÊN VÀ MÔI TRƯỜNG"));

    /// <summary>
    /// A collective head with a colon list is one unit as printed, however long the list. Item 1 of
    /// corpus/markdown/CT-13-CT-TTg-2024-quanly-tinchi-cacbon.txt (dev).
    /// </summary>
    [Fact]
    public void A_long_colon_list_heading_is_one_lead() =>
        Assert.Equal([("Các Bộ: Công Thương, Giao thông vận tải, Xây dựng, Nông nghiệp và Phát triển nông thôn, Tài nguyên và Môi trường", UnitRole.Lead)],
            FromHeading("Các Bộ: Công Thương, Giao thông vận tải, Xây dựng, Nông nghiệp và Phát triển nông thôn, Tài nguyên và Môi trường:"));

    /// <summary>
    /// "Các" before a matter names no body: "2. Các chỉ tiêu cụ thể đến năm 2030" and "IV. CÁC GIẢI PHÁP THỰC HIỆN" of
    /// corpus/word/KH-SCT-LaoCai-2026-thuchien-DeAn-08.docx (dev) give their items no lead; "Các cơ quan chủ quản cơ sở dữ
    /// liệu có trách nhiệm:" (Article 6.2 of corpus/html/NQ-66.7-2025-NQ-CP-cat-giam-TTHC.html, dev) still does.
    /// </summary>
    [Fact]
    public void A_collective_word_before_a_matter_is_no_heading_unit()
    {
        Assert.Empty(FromHeading("Các chỉ tiêu cụ thể đến năm 2030"));
        Assert.Empty(FromHeading("CÁC GIẢI PHÁP THỰC HIỆN"));
        Assert.Equal([("Các cơ quan chủ quản cơ sở dữ liệu", UnitRole.Lead)], FromHeading("Các cơ quan chủ quản cơ sở dữ liệu có trách nhiệm:"));
    }

    /// <summary>
    /// A lead-in that asks a body to lead with others ("Đề nghị X chủ trì, phối hợp với Y:") gives its points X as lead
    /// and Y as support. Point 4.a of corpus/markdown/CV-627-BYT-BH-dieu22-BHYT.txt (dev).
    /// </summary>
    [Fact]
    public void An_asking_lead_in_gives_its_points_the_supporting_bodies_too() =>
        Assert.Equal([("Thủ trưởng các đơn vị", UnitRole.Lead), ("BHXH tỉnh, thành phố", UnitRole.Support), ("các cơ quan, đơn vị có liên quan", UnitRole.Support)],
            FromHeading("Đề nghị Thủ trưởng các đơn vị chủ trì, phối hợp với BHXH tỉnh, thành phố và các cơ quan, đơn vị có liên quan:"));

    /// <summary>
    /// "Trách nhiệm của" a list: "tổ chức chính trị - xã hội" after a whole name is a body of its own. Article 26 of
    /// corpus/pdf/QD-09-2023-QD-TTg-CongBao-the-APEC.pdf (dev).
    /// </summary>
    [Fact]
    public void A_political_social_organisation_in_a_responsibility_heading_is_its_own_lead() =>
        Assert.Equal(["bộ ngành", "tổ chức chính trị - xã hội", "Liên đoàn Thương mại và Công nghiệp Việt Nam", "Ủy ban nhân dân tỉnh, thành phố trực thuộc Trung ương"],
            FromHeading("Trách nhiệm của bộ ngành, tổ chức chính trị - xã hội, Liên đoàn Thương mại và Công nghiệp Việt Nam, Ủy ban nhân dân tỉnh, thành phố trực thuộc Trung ương").Select(u => u.Name));
}
