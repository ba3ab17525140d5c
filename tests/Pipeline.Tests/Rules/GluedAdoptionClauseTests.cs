using Pipeline.Tests.Support;

namespace Pipeline.Tests.Rules;

/// <summary>
/// The adoption clause closes a resolution even when the converter glued "thông qua" to the word before it ("… khóa
/// XVthông qua ngày 16 tháng 6 năm 2025", kept as printed by corpus/expected/README.md): it is no part of the last clause.
/// Lines from corpus/markdown/NQ-1661-NQ-UBTVQH15-sapxep-xa-DienBien.md (a markdown-table rendering), Điều 3.
/// </summary>
public class GluedAdoptionClauseTests
{
    private const string Resolution = """
        ỦY BAN THƯỜNG VỤ QUỐC HỘI
        Số: 1661/NQ-UBTVQH15
        Hà Nội, ngày 16 tháng 6 năm 2025
        NGHỊ QUYẾT
        Về việc sắp xếp các đơn vị hành chính cấp xã của tỉnh Điện Biên năm 2025
        **Điều 3. Tổ chức thực hiện**
        2\. Giao Chính phủ, căn cứ vào Nghị quyết này và Đề án số 348/ĐA-CP ngày 09 tháng 5 năm 2025 của Chính phủ, tổ chức việc xác định chính xác diện tích tự nhiên của các đơn vị hành chính cấp xã và công bố công khai trước ngày 30 tháng 9 năm 2025.
        3\. Hội đồng Dân tộc, các Ủy ban của Quốc hội, Đoàn đại biểu Quốc hội và
        đại biểu Quốc hội tỉnh Điện Biên, trong phạm vi nhiệm vụ, quyền hạn của
        mình, giám sát việc thực hiện Nghị quyết này.

        *Nghị quyết này được Ủy ban Thường vụ Quốc hội nước Cộng hòa xã hội chủ
        nghĩa Việt Nam khóa XVthông qua ngày 16 tháng 6 năm 2025.*

        TM. ỦY BAN THƯỜNG VỤ QUỐC HỘI
        CHỦ TỊCH
        Trần Thanh Mẫn
        """;

    [Fact]
    public void A_glued_adoption_clause_is_not_the_last_clause_s_text()
    {
        var last = Extract.Text(Resolution, "NQ-1661.md").Tasks.Single(t => t.Ordinal == "3.3");
        Assert.EndsWith("giám sát việc thực hiện Nghị quyết này.", last.Text, StringComparison.Ordinal);
    }
}
