using Pipeline.Tasks;
using Pipeline.Tests.Support;

namespace Pipeline.Tests.Rules;

/// <summary>
/// Coordinated bodies, officers and their remits (corpus/expected/README.md, unit splitting: split only where each piece is a
/// complete name), each on real lines of a development document.
/// </summary>
public class CoordinatedUnitTests
{
    private static UnitFinder Finder => new(Extract.Vocab);

    private static List<string> Names(IEnumerable<TaskUnit> units) => units.Select(u => u.Name).ToList();

    /// <summary>
    /// A people's council's deputies are a body of their own after a whole name, and so is its deputies' group: Điều 3 of
    /// corpus/markdown/NQ-02-2017-NQ-HDND-HauGiang-suadoi-HTX-body.md and Điều 2.2 of corpus/markdown/NQ-20-NQ-HDND-BRVT-chitieu-BHXH-body.md (dev).
    /// </summary>
    [Fact]
    public void Deputies_after_a_whole_name_are_a_unit_of_their_own()
    {
        Assert.Equal(["Thường trực Hội đồng nhân dân", "các Ban Hội đồng nhân dân", "Tổ đại biểu Hội đồng nhân dân", "đại biểu Hội đồng nhân dân tỉnh"],
            Names(Finder.Find("Hội đồng nhân dân tỉnh giao Thường trực Hội đồng nhân dân, các Ban Hội đồng nhân dân, Tổ đại biểu Hội đồng nhân dân và đại biểu Hội đồng nhân dân tỉnh giám sát quá trình thực hiện Nghị quyết.")));
        Assert.Equal(["Thường trực Hội đồng nhân dân", "các Ban Hội đồng nhân dân", "đại biểu Hội đồng nhân dân tỉnh"],
            Names(Finder.Find("Giao Thường trực Hội đồng nhân dân, các Ban Hội đồng nhân dân và đại biểu Hội đồng nhân dân tỉnh giám sát việc thực hiện Nghị quyết.")));
    }

    /// <summary>
    /// A place printed once after "X và X tỉnh Y" is the place of both, one unit as printed: Điều 3.3 of
    /// corpus/markdown/NQ-1657-NQ-UBTVQH15-sapxep-xa-CaoBang.md (dev); a body with its own name before another's place stays apart.
    /// </summary>
    [Fact]
    public void A_place_printed_once_after_the_same_body_is_shared()
    {
        Assert.Equal(["Hội đồng Dân tộc", "các Ủy ban của Quốc hội", "Đoàn đại biểu Quốc hội và đại biểu Quốc hội tỉnh Cao Bằng"],
            Names(Finder.Find("Hội đồng Dân tộc, các Ủy ban của Quốc hội, Đoàn đại biểu Quốc hội và đại biểu Quốc hội tỉnh Cao Bằng, trong phạm vi nhiệm vụ, quyền hạn của mình, giám sát việc thực hiện Nghị quyết này.")));
        Assert.Equal(["Tổ đại biểu Hội đồng nhân dân tỉnh", "đại biểu Hội đồng nhân dân tỉnh"],
            Finder.Split("Tổ đại biểu Hội đồng nhân dân tỉnh và đại biểu Hội đồng nhân dân tỉnh"));
    }

    /// <summary>
    /// A bare collective of deputies' groups shares the deputies' level: "các Tổ đại biểu, đại biểu Hội đồng nhân dân tỉnh" is one
    /// unit (Điều 2 of corpus/markdown/NQ-80-NQ-HDND-GiaLai-chuongtrinh-giamsat-2018-body.md, dev; the README's example).
    /// </summary>
    [Fact]
    public void Deputies_groups_and_deputies_sharing_their_level_stay_one_unit() =>
        Assert.Equal(["các Tổ đại biểu, đại biểu Hội đồng nhân dân tỉnh"], Finder.Split("các Tổ đại biểu, đại biểu Hội đồng nhân dân tỉnh"));

    /// <summary>
    /// "sự" makes the verb after it the matter a body is subject to: "Các cơ quan chịu sự giám sát" is the whole name (the last
    /// paragraph of Điều 2 of corpus/markdown/NQ-80-NQ-HDND-GiaLai-chuongtrinh-giamsat-2018-body.md, dev).
    /// </summary>
    [Fact]
    public void A_verb_after_the_nominaliser_su_stays_in_the_name() =>
        Assert.Equal(["Các cơ quan chịu sự giám sát"],
            Names(Finder.Find("Các cơ quan chịu sự giám sát có trách nhiệm thực hiện đầy đủ, kịp thời, nghiêm túc những kiến nghị sau giám sát và báo cáo kết quả thực hiện đến Thường trực Hội đồng nhân dân tỉnh theo quy định.")));

    /// <summary>
    /// An officer named by the field in his charge heads the items below him, the field's verbs and commas included: sections
    /// III.3 and III.5 of corpus/text/KH-16-KH-MTTQ-BTT-xa-LuongMinh-thuchien-baucu-docxtext.txt (dev).
    /// </summary>
    [Fact]
    public void An_officer_named_by_his_field_of_work_is_one_unit()
    {
        Assert.Equal(["Cán bộ phụ trách lĩnh vực giám sát và phản biện xã hội"], Names(Finder.FromHeading("Cán bộ phụ trách lĩnh vực giám sát và phản biện xã hội")));
        Assert.Equal(["Các Phó chủ tịch phụ trách lĩnh vực Dân tộc, Tôn giáo và các Hội quần chúng"],
            Names(Finder.FromHeading("Các Phó chủ tịch phụ trách lĩnh vực Dân tộc, Tôn giáo và các Hội quần chúng")));
    }

    /// <summary>
    /// An item that opens with the verb "Ban hành" names no body "Ban", and "ban hành" ends the name of the body that enacts:
    /// item II.4.1 of corpus/text/KH-16-KH-MTTQ-BTT-xa-LuongMinh-thuchien-baucu-docxtext.txt and IV.1 of
    /// corpus/text/KL-75-KL-TW-BVMT-BDKH-OCR.txt (dev).
    /// </summary>
    [Fact]
    public void The_verb_ban_hanh_is_no_body()
    {
        Assert.Empty(Finder.Find("Ban hành Kế hoạch tiếp công dân, tiếp nhận, xử lý đơn thư khiếu nại, tố cáo, kiến nghị, phản ánh liên quan đến công tác bầu cử."));
        Assert.Equal(["Bộ Chính trị"], Names(Finder.Find("Bộ Chính trị ban hành Chương trình hành động thực hiện Kết luận; lãnh đạo, chỉ đạo triển khai đồng bộ, kịp thời, tạo chuyển biến mạnh mẽ trong nhận thức, hành động của cả hệ thống chính trị.")));
    }

    /// <summary>
    /// A collective word before a thing names no body: item III.1.1 of corpus/layout/CTr-104-CTr-TU-LaoCai-thuchien-KL-75-BVMT.txt
    /// (dev) has no subject of its own, while "Các Sở" still opens one (V.1 of the Lào Cai plan for Chỉ thị 11-CT/TU, dev).
    /// </summary>
    [Fact]
    public void A_collective_of_things_is_no_unit()
    {
        Assert.Empty(Finder.Find("Các nhiệm vụ cần làm ngay trong năm 2026 được xác định tại Phụ lục 2 kèm theo Chương trình hành động; tổ chức thực hiện theo tiến độ, trách nhiệm và yêu cầu đề ra đối với từng nhiệm vụ, (có biểu phụ lục số 02 chi tiết kèm theo)."));
        Assert.Equal(["Các Sở, ngành, địa phương"], Names(Finder.Find("Các Sở, ngành, địa phương định kỳ hàng năm (trước ngày 10/12) hoặc đột xuất báo cáo Ủy ban nhân dân tỉnh (qua Sở Nông nghiệp và Môi trường) về tình hình, kết quả triển khai thực hiện Kế hoạch này.")));
    }
}
