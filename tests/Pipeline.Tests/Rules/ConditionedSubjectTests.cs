using Pipeline.Tasks;
using Pipeline.Tests.Support;

namespace Pipeline.Tests.Rules;

/// <summary>
/// A duty stated after its condition ("Đối với … thì X có trách nhiệm …", "Trường hợp … thì X có trách nhiệm …"): X, the
/// body after "thì", leads, named up to its duty words however it is defined. Real lines of section IV of
/// corpus/text/KH-MTTQ-BTT-xa-LuongMinh-hoinghi-cutri-noicutru-docxtext.txt (dev, added by session s26new).
/// </summary>
public class ConditionedSubjectTests
{
    private static List<TaskUnit> Units(string text) => new UnitFinder(Extract.Vocab).Find(text);

    private static List<string> Names(string text, UnitRole role) => Units(text).Where(u => u.Role == role).Select(u => u.Name).ToList();

    [Fact]
    public void The_body_after_then_leads_with_its_definition()
    {
        var leads = Names("Đối với vụ việc ở nơi công tác thì cơ quan, tổ chức, đơn vị trực tiếp quản lý người ứng cử có trách nhiệm xác minh và trả lời bằng văn bản cho Ban Thường trực Ủy ban MTTQ Việt Nam cấp tổ chức hội nghị hiệp thương cho người được giới thiệu ứng cử. Trường hợp người ứng cử là người đứng đầu cơ quan, tổ chức, đơn vị thì cơ quan, tổ chức, đơn vị cấp trên trực tiếp có trách nhiệm xác minh và trả lời. Nếu cơ quan, tổ chức, đơn vị không có cấp trên trực tiếp quản lý thì cơ quan có thẩm quyền ra quyết định, thành lập cơ quan, tổ chức, đơn vị đó có trách nhiệm xác minh và trả lời.", UnitRole.Lead);
        Assert.Equal(["cơ quan, tổ chức, đơn vị trực tiếp quản lý người ứng cử", "cơ quan, tổ chức, đơn vị cấp trên trực tiếp", "cơ quan có thẩm quyền ra quyết định, thành lập cơ quan, tổ chức, đơn vị đó"], leads);
    }

    /// <summary>The body it works with supports it, named up to the verb of the shared action ("xác minh", unit-name-ends.txt).</summary>
    [Fact]
    public void The_conditioned_body_leads_and_its_partner_supports()
    {
        var text = "Đối với vụ việc ở khu dân cư thì cơ quan, tổ chức, đơn vị giới thiệu người ứng cử có trách nhiệm phối hợp với Ủy ban nhân dân xã xác minh và trả lời bằng văn bản cho Ban Thường trực Ủy ban Mặt trận Tổ quốc Việt Nam cấp tổ chức hội nghị hiệp thương.";
        Assert.Equal(["cơ quan, tổ chức, đơn vị giới thiệu người ứng cử"], Names(text, UnitRole.Lead));
        Assert.Equal(["Ủy ban nhân dân xã"], Names(text, UnitRole.Support));
    }

    /// <summary>"thi" without its tone is no opener: "… thi hành Quyết định này" (an execution article) gains no subject from it.</summary>
    [Fact]
    public void The_untoned_word_opens_nothing() =>
        Assert.DoesNotContain(Units("Chánh Văn phòng Sở chịu trách nhiệm thi hành Quyết định này./."), u => u.Name.StartsWith("hành", StringComparison.Ordinal));

    /// <summary>
    /// A bare kind after "thì" refers back to the body the item is about: item 2.5.2 of
    /// corpus/pdf/CV-6791-SNNMT-KHTC-LaoCai-CCN-BaoDap.pdf (dev) names no new unit.
    /// </summary>
    [Fact]
    public void A_bare_kind_after_then_names_no_new_unit() =>
        Assert.Empty(Units("Không gây ảnh hưởng đến chất lượng nước, lưu lượng nước tưới phục vụ sản xuất nông nghiệp, nước sinh hoạt; trường hợp nguồn nước cấp cho công trình thuỷ lợi, công trình nước sinh hoạt nông thôn bị ảnh hưởng thì đơn vị hoàn toàn chịu trách nhiệm và phải hỗ trợ, bồi thường theo quy định;"));
}
