using Pipeline.Tasks;
using Pipeline.Tests.Support;

namespace Pipeline.Tests.Rules;

/// <summary>
/// Units whose names hold a word that elsewhere ends a name: members of a body ("các đồng chí trong Ban Thường trực")
/// and a Party board named by its field ("Ban xây dựng Đảng"). Real lines of the commune plans of the development set
/// (corpus/text/KH-…-docxtext.txt, added by session s23new).
/// </summary>
public class MemberUnitTests
{
    private static List<TaskUnit> Units(string text) => new UnitFinder(Extract.Vocab).Find(text);

    private static List<string> Names(string text, UnitRole role) => Units(text).Where(u => u.Role == role).Select(u => u.Name).ToList();

    /// <summary>
    /// Before a body, "trong" says whose members the units are, and the name goes on. Bullet V.2.3 of
    /// corpus/text/KH-MTTQ-BTT-xa-LuongMinh-hiepthuong-lan2-docxtext.txt and item IV.3 of
    /// corpus/text/KH-01-KH-TBTTKT-xa-PhoBang-tuyentruyen-baucu-docxtext.txt (dev).
    /// </summary>
    [Fact]
    public void Trong_before_a_body_carries_the_members_name_on()
    {
        var leads = Names("Ban Thường trực Ủy ban Mặt trận Tổ quốc Việt Nam xã yêu cầu các đồng chí trong Ban Thường trực, các chuyên viên  trong cơ quan triển khai, thực hiện nghiêm túc kế hoạch này.", UnitRole.Lead);
        Assert.Contains("các đồng chí trong Ban Thường trực", leads);
        Assert.Contains("các chuyên viên  trong cơ quan", leads);

        var support = Names("Đồng chí Phó Giám đốc Trung tâm phục vụ hành chính công - Phó Trưởng tiểu ban: Chủ động tham mưu các nội dung liên quan đến công tác thông tin, tuyên truyền, khánh tiết theo chỉ đạo của Ủy ban bầu cử; chủ trì phối hợp với các thành viên trong tiểu ban thực hiện các nhiệm vụ liên quan đến tuyên truyền, khánh tiết của cuộc bầu cử và các hoạt động tuyên truyền, khánh tiết phục vụ bầu cử.", UnitRole.Support);
        Assert.Contains("các thành viên trong tiểu ban", support);
    }

    /// <summary>
    /// Before a matter or a time "trong" still ends the name: "các cơ quan, đơn vị liên quan trong việc …" (the rule of
    /// unit-name-ends.txt), and a collective word with no body after it ("trong các năm") names none.
    /// </summary>
    [Fact]
    public void Trong_before_a_matter_or_a_time_ends_the_name()
    {
        Assert.Contains("Sở Tài chính", Names("Giao Sở Tài chính trong việc bố trí kinh phí thực hiện kế hoạch.", UnitRole.Lead));
        Assert.Contains("các xã", Names("Giao các xã trong các năm 2026 - 2030 thực hiện rà soát.", UnitRole.Lead));
    }

    /// <summary>
    /// "Ban xây dựng Đảng" is a body named by its field, whose verb does not end the name (unit-cues.tsv, field-compound).
    /// Item IV.1 of corpus/text/KH-01-KH-TBTTKT-xa-PhoBang-tuyentruyen-baucu-docxtext.txt (dev).
    /// </summary>
    [Fact]
    public void The_party_building_board_is_one_name()
    {
        var leads = Names("Đồng chí Trưởng Ban xây dựng Đảng - Trưởng Tiểu ban: Phụ trách chung, chịu trách nhiệm trước Ủy ban bầu cử về kết quả triển khai, thực hiện các nội dung thông tin, tuyên truyền, khánh tiết.", UnitRole.Lead);
        Assert.Equal(["Đồng chí Trưởng Ban xây dựng Đảng - Trưởng Tiểu ban"], leads);
    }

    /// <summary>
    /// A head of several words that holds its verbs keeps them after a collective word too: "các Đoàn kiểm tra, giám sát
    /// của Tỉnh" is one body. Bullet V.1.3 of corpus/text/KH-MTTQ-BTT-xa-LuongMinh-kiemtra-giamsat-baucu-docxtext.txt (dev).
    /// </summary>
    [Fact]
    public void A_collective_inspection_team_keeps_its_verbs()
    {
        var support = Names("Chuẩn bị đầy đủ hồ sơ, tài liệu phục vụ công tác kiểm tra, giám sát và phối hợp với các Đoàn kiểm tra, giám sát của Tỉnh khi về làm việc tại xã.", UnitRole.Support);
        Assert.Equal(["các Đoàn kiểm tra, giám sát của Tỉnh"], support);
    }
}
