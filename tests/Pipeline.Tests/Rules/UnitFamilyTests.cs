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
}
