using Pipeline.Tasks;
using Pipeline.Tests.Support;

namespace Pipeline.Tests.Rules;

/// <summary>
/// Where a unit's name ends, on real lines of the Ninth collection (dev, added by session s26new): a council named by its
/// appraisal work keeps "thẩm định" (unit-cues.tsv, field-compound), how it works ("làm việc"), the copula "là" and a shared action's verb "xác minh"
/// end a name (unit-name-ends.txt), and a meeting's secretary opens one (unit-heads.txt).
/// </summary>
public class UnitNameBoundaryTests
{
    private static List<TaskUnit> Units(string text) => new UnitFinder(Extract.Vocab).Find(text);

    private static List<string> Names(string text, UnitRole role) => Units(text).Where(u => u.Role == role).Select(u => u.Name).ToList();

    /// <summary>Điều 2.1, 2.3 and 4 of corpus/layout/QD-7-QD-BQLCKCN-LaoCai-thanhlap-HDTD-quyhoach-KCN.txt.</summary>
    [Fact]
    public void An_appraisal_council_keeps_its_work_in_its_name()
    {
        Assert.Equal(["Hội đồng thẩm định"], Names("Hội đồng thẩm định làm việc theo chế độ tập thể và chịu trách nhiệm thẩm định nhiệm vụ quy hoạch, đồ án quy hoạch các khu công nghiệp.", UnitRole.Lead));
        Assert.Equal(["Thành viên Hội đồng thẩm định"], Names("Thành viên Hội đồng thẩm định có trách nhiệm nghiên cứu hồ sơ, cho ý kiến về nhiệm vụ quy hoạch, đồ án quy hoạch các khu công nghiệp.", UnitRole.Lead));
        Assert.Contains("các thành viên Hội đồng thẩm định tại Điều 1", Names("Quyết định này có hiệu lực kể từ ngày ký. Trưởng phòng Nghiệp vụ Ban Quản lý các khu công nghiệp; các cơ quan, đơn vị có liên quan và các thành viên Hội đồng thẩm định tại Điều 1 chịu trách nhiệm thi hành Quyết định này./.", UnitRole.Lead));
    }

    /// <summary>Điều 3.1 of the same decision: what follows "là" says what the body is.</summary>
    [Fact]
    public void The_copula_ends_a_name() =>
        Assert.Equal(["Ban Quản lý các khu công nghiệp"], Names("Ban Quản lý các khu công nghiệp là cơ quan thường trực Hội đồng thẩm định, có trách nhiệm bảo đảm điều kiện hoạt động của Hội đồng thẩm định, tổ chức họp, lấy ý kiến thẩm định.", UnitRole.Lead));

    /// <summary>Bullet II.2.2.2 of corpus/text/KH-MTTQ-BTT-xa-LuongMinh-tiepcongdan-donthu-baucu-docxtext.txt.</summary>
    [Fact]
    public void A_shared_verification_ends_the_partners_name() =>
        Assert.Equal(["các tổ chức thành viên"], Names("Nếu liên quan đến người được MTTQ xã giới thiệu: Ban Thường trực UBMTTQ xã chủ trì xác minh (đối với người của cơ quan MTTQ) hoặc phối hợp với các tổ chức thành viên xác minh.", UnitRole.Support));

    /// <summary>Bullet V.4.3 of corpus/text/KH-MTTQ-BTT-xa-LuongMinh-hoinghi-cutri-noicutru-docxtext.txt: a meeting's secretary.</summary>
    [Fact]
    public void A_meeting_secretary_is_a_partner() =>
        Assert.Equal(["Thư ký hội nghị"], Names("Tham gia điều hành hội nghị theo phân công; tổng hợp đầy đủ ý kiến phát biểu của cử tri, phối hợp với Thư ký hội nghị hoàn thiện biên bản, bảo đảm phản ánh trung thực, khách quan diễn biến và kết quả hội nghị.", UnitRole.Support));
}
