using Pipeline.Tasks;
using Pipeline.Tests.Support;

namespace Pipeline.Tests.Rules;

/// <summary>
/// Families of missed units found on the development set's misses (issue 10), each on real lines from a development
/// document.
/// </summary>
public class UnitFamilyTests
{
    private static List<string> Leads(string text) =>
        new UnitFinder(Extract.Vocab).Find(text).Where(u => u.Role == UnitRole.Lead).Select(u => u.Name).ToList();

    /// <summary>
    /// An execution article names every body that carries out the decision, its members separated by ';' and a colon
    /// list ("Giám đốc các Sở: Công Thương, …") kept whole. Article 3.3 of corpus/text/QD-2272-QD-UBND-LaoCai-tiepnhan-hoso-tienchat.txt (dev).
    /// </summary>
    [Fact]
    public void The_subjects_of_an_execution_article_separated_by_semicolons_are_each_a_lead()
    {
        var leads = Leads("Chánh Văn phòng Ủy ban nhân dân tỉnh; Giám đốc các Sở: Công Thương, Tư pháp, Tài chính, Xây dựng, Nông nghiệp và Môi trường; Giám đốc Công an tỉnh; Chỉ huy trưởng Bộ Chỉ huy Quân sự tỉnh; Thủ trưởng các Sở, ban, ngành tỉnh; Chủ tịch Ủy ban nhân dân các xã, phường; tổ chức, doanh nghiệp và cá nhân có liên quan chịu trách nhiệm thi hành Quyết định này./.");

        Assert.Equal(["Chánh Văn phòng Ủy ban nhân dân tỉnh", "Giám đốc các Sở: Công Thương, Tư pháp, Tài chính, Xây dựng, Nông nghiệp và Môi trường",
            "Giám đốc Công an tỉnh", "Chỉ huy trưởng Bộ Chỉ huy Quân sự tỉnh", "Thủ trưởng các Sở, ban, ngành tỉnh",
            "Chủ tịch Ủy ban nhân dân các xã, phường", "tổ chức, doanh nghiệp và cá nhân có liên quan"], leads);
    }

    /// <summary>
    /// A list of bodies longer than one name may be (160 characters) is still the subject when every piece names a body or
    /// is a short shared tail. Article 3.2 of corpus/html/QD-42-2025-QD-TTg-tieuchi-vanhoa.html (dev); the long opening
    /// clause of item 4.1.c of corpus/word/NQ-24-2026-NQ-CP-catgiam-TTHC.docx (dev) names matters, not bodies.
    /// </summary>
    [Fact]
    public void A_long_list_of_bodies_is_a_subject_and_long_prose_is_not()
    {
        Assert.Equal(["Bộ trưởng", "Thủ trưởng cơ quan ngang bộ", "Thủ trưởng cơ quan thuộc Chính phủ",
                "Chủ tịch Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương", "các tổ chức, cá nhân có liên quan"],
            Leads("Bộ trưởng, Thủ trưởng cơ quan ngang bộ, Thủ trưởng cơ quan thuộc Chính phủ, Chủ tịch Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương và các tổ chức, cá nhân có liên quan chịu trách nhiệm thi hành Quyết định này./."));

        Assert.DoesNotContain(Leads("Các nội dung phương án cắt giảm, phân cấp, đơn giản hóa thủ tục hành chính, điều kiện kinh doanh thuộc phạm vi sửa đổi, bổ sung tại Thông tư, Bộ trưởng, Thủ trưởng cơ quan ngang bộ chủ động xây dựng, ban hành Thông tư để tổ chức thực thi theo đúng thẩm quyền."),
            l => l.StartsWith("Các nội dung", StringComparison.Ordinal));
    }

    /// <summary>
    /// "các tổ chức thành viên" names bodies: after a collective word "tổ chức" is a noun, not the verb that ends the name.
    /// Article 8.4 of corpus/markdown/NQ-132-2020-QH14-dat-quocphong.txt (dev).
    /// </summary>
    [Fact]
    public void To_chuc_after_a_collective_word_is_a_body()
    {
        var leads = Leads("Ủy ban Thường vụ Quốc hội, Hội đồng Dân tộc, các Ủy ban của Quốc hội, các Đoàn đại biểu Quốc hội và đại biểu Quốc hội, Hội đồng nhân dân các cấp, Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam và các tổ chức thành viên của Mặt trận, trong phạm vi nhiệm vụ, quyền hạn của mình, giám sát việc thực hiện Nghị quyết này.");

        Assert.Contains("Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam", leads);
        Assert.Contains("các tổ chức thành viên của Mặt trận", leads);
    }

    private static List<TaskUnit> Units(string text) => new UnitFinder(Extract.Vocab).Find(text);

    /// <summary>
    /// A unit's name ends at a verb of its action that is no directive cue (unit-name-ends.txt): "chuẩn bị", "định kỳ".
    /// Item 3.1.7 of corpus/seeds/004_2f2804abc48cfa00.txt and item V.1 of
    /// corpus/word/KH-UBND-LaoCai-trienkhai-CT-11-CT-TU-khoangsan.docx (dev).
    /// </summary>
    [Theory]
    [InlineData("Chủ trì, phối hợp các phòng liên quan chuẩn bị hồ sơ để các Sở, ngành thẩm định, đánh giá chỉ số cải cách hành chính năm 2023 của Ủy ban nhân dân huyện.", "các phòng liên quan")]
    [InlineData("Các Sở, ngành, địa phương định kỳ hàng năm (trước ngày 10/12) hoặc đột xuất báo cáo Ủy ban nhân dân tỉnh (qua Sở Nông nghiệp và Môi trường) về tình hình thực hiện Kế hoạch.", "Các Sở, ngành, địa phương")]
    public void A_unit_name_stops_at_a_verb_of_its_action(string text, string unit) =>
        Assert.Contains(Units(text), u => u.Name == unit);

    /// <summary>
    /// After a whole name, a piece in lower case that opens with a unit head is a unit of its own; a bare kind after a
    /// comma continues a list sharing one head. Item 2.c of corpus/pdf/CV-UBND-tinh-chi-dao-quan-ly-giam-sat-VLNCN.pdf,
    /// Article 3 of corpus/word/QD-09-2010-QD-UBND-CanTho-KHCN.doc and item 9 of corpus/seeds/001_bb430d707b21ecbe.txt (dev).
    /// </summary>
    [Fact]
    public void A_body_in_lower_case_after_a_whole_name_is_its_own_unit()
    {
        var support = Units("Chủ trì, phối hợp với Sở Công Thương, chính quyền địa phương và cơ quan liên quan tăng cường công tác kiểm tra, giám sát chặt chẽ hoạt động sử dụng, vận chuyển, lưu chứa VLNCN, TCTN.")
            .Where(u => u.Role == UnitRole.Support).Select(u => u.Name);
        Assert.Equal(["Sở Công Thương", "chính quyền địa phương", "cơ quan liên quan"], support);

        Assert.Contains("Thủ trưởng cơ quan, ban, ngành thành phố", Leads("Chánh Văn phòng Ủy ban nhân dân thành phố, Giám đốc các sở, Thủ trưởng cơ quan, ban, ngành thành phố, Chủ tịch Ủy ban nhân dân quận, huyện và các đơn vị có liên quan chịu trách nhiệm thi hành Quyết định này./."));
        Assert.Contains("Bí thư huyện ủy, thị ủy, thành ủy", Leads("Đề nghị các đồng chí Bí thư huyện ủy, thị ủy, thành ủy quan tâm hơn nữa, quyết liệt trong lãnh đạo, chỉ đạo UBND cấp huyện, cấp xã tổ chức thực hiện công tác cải cách hành chính, nâng cao hiệu quả quản trị và hành chính công trong phạm vi, địa bàn quản lý để đạt các mục tiêu, nhiệm vụ đã đề ra."));
    }

    /// <summary>
    /// A phrase holding a date is a sentence about a letter, not a name: "Sở Nông nghiệp và Môi trường nhận được Công văn
    /// số 4170/SCT-CN ngày 14/7/2026 …" (corpus/pdf/CV-6791-SNNMT-KHTC-LaoCai-CCN-BaoDap.pdf, dev).
    /// </summary>
    [Fact]
    public void A_name_holds_no_date() =>
        Assert.DoesNotContain(new UnitFinder(Extract.Vocab).FromPreamble("Sở Nông nghiệp và Môi trường nhận được Công văn số 4170/SCT-CN ngày 14/7/2026 của Sở Công thương về việc tham gia ý kiến thẩm định hồ sơ đề nghị thành lập cụm công nghiệp Báo Đáp."),
            u => u.Name.Contains("4170", StringComparison.Ordinal));
}
