using Pipeline.Tasks;
using Pipeline.Tests.Support;

namespace Pipeline.Tests.Rules;

/// <summary>
/// Where a list of bodies splits into units and where a unit's name ends, on real lines of development documents
/// (corpus/expected/README.md: split only where each piece is a complete name on its own).
/// </summary>
public class UnitListTests
{
    private static List<TaskUnit> Units(string text) => new UnitFinder(Extract.Vocab).Find(text);

    /// <summary>
    /// "Ban Thường vụ Tỉnh ủy, Thành ủy": the bare kind after the comma shares "Ban Thường vụ" and is no name on its own.
    /// Item II.1 of corpus/text/CT-21-2026-CT-TTg-CongBao-sapxep-thon-todanpho.txt (dev).
    /// </summary>
    [Fact]
    public void A_bare_kind_after_a_name_ending_in_a_kind_stays_with_it() =>
        Assert.Equal(["Ban Thường vụ Tỉnh ủy, Thành ủy"],
            Units("Ban Thường vụ Tỉnh ủy, Thành ủy lãnh đạo, chỉ đạo các cấp ủy đảng, chính quyền địa phương quán triệt nghiêm túc Kết luận số 34-KL/TW ngày 18 tháng 5 năm 2026 của Bộ Chính trị").Where(u => u.Role == UnitRole.Lead).Select(u => u.Name));

    /// <summary>
    /// "xác định" is the action, not part of the name: item 3.b of corpus/markdown/CT-13-CT-TTg-2024-quanly-tinchi-cacbon.txt (dev).
    /// </summary>
    [Fact]
    public void A_name_stops_at_xac_dinh() =>
        Assert.Equal(["Bộ Tài nguyên và Môi trường", "các cơ quan liên quan", "các địa phương có rừng"],
            Units("Chủ trì, phối hợp với Bộ Tài nguyên và Môi trường, các cơ quan liên quan và các địa phương có rừng xác định tiềm năng giảm phát thải và hấp thụ các-bon từ rừng đóng góp cho việc thực hiện mục tiêu NDC.")
                .Where(u => u.Role == UnitRole.Support).Select(u => u.Name));

    /// <summary>
    /// A national park is a body: item 3 of corpus/layout/CV-4390-UBND-NLN-LaoCai-trienkhai-ND-180.txt (dev).
    /// </summary>
    [Fact]
    public void A_national_park_opens_a_subject() =>
        Assert.Equal(["Vườn quốc gia Hoàng Liên", "các Công ty Lâm nghiệp"],
            Units("Vườn quốc gia Hoàng Liên, các Công ty Lâm nghiệp chủ động nghiên cứu, triển khai thực hiện các nội dung thuộc trách nhiệm, thẩm quyền của chủ rừng, đảm bảo đúng quy định.")
                .Where(u => u.Role == UnitRole.Lead).Select(u => u.Name));
}
