using Pipeline.Tasks;
using Pipeline.Tests.Support;

namespace Pipeline.Tests.Rules;

/// <summary>An item that opens with its basis ("Căn cứ …,") is decided by the main clause after the basis phrase.</summary>
public class BasisClauseTests
{
    private static readonly DirectiveTest Test = new(Extract.Vocab);

    [Theory]
    // QĐ-51/2025/QĐ-TTg (dev), Điều 3.3.b: the basis phrase holds commas of its own; the verb opens the main clause.
    [InlineData("Căn cứ khoản 1, khoản 2, khoản 3 Điều 2 Quyết định này, chủ động rà soát, xác định cụ thể danh sách, số lượng xã trên địa bàn thuộc xã nhóm 1 hoặc xã nhóm 2, hoặc xã nhóm 3 để ban hành và chỉ đạo thực hiện.")]
    // NQ-04/NQ-HĐND Bình Dương (dev), 2.1: the main clause opens with its subject.
    [InlineData("Căn cứ chương trình giám sát của năm 2018 đã được Hội đồng nhân dân tỉnh thông qua, Thường trực HĐND tỉnh ban hành kế hoạch tổ chức thực hiện và báo cáo kết quả thực hiện tại kỳ họp thường lệ giữa năm 2019.")]
    public void A_basis_phrase_followed_by_a_directive_main_clause_is_a_directive(string item) =>
        Assert.True(Test.Score(item, strictOpening: false) > 0);

    [Theory]
    // Legal bases, as printed in the preambles of QĐ-904/QĐ-UBND Lào Cai and NQ-103/2025/UBTVQH15 (dev): documents only.
    [InlineData("Căn cứ Luật Tổ chức chính quyền địa phương ngày 16/6/2025;")]
    [InlineData("Căn cứ Luật Tổ chức Quốc hội số 57/2014/QH13 đã được sửa đổi, bổ sung một số điều theo Luật số 65/2020/QH14 và Luật số 62/2025/QH15;")]
    // TB-SCT-CN-2025 San Bang (dev, Word), item 2: the laws the appraisal rests on, a list under "Các căn cứ …:".
    [InlineData("Các căn cứ khác có liên quan: (1) Pháp luật về khoáng sản: Luật khoáng sản số 60/2010/QH12 ngày 17/11/2010; Luật Địa chất và Khoáng sản 54/2024/QH15 ngày 29/11/2024 (hiệu lực ngày 01/7/2025); (2) Pháp luật về xây dựng: Nghị định số 144/2025/NĐ-CP ngày 12/06/2025 của Chính phủ quy định về phân quyền, phân cấp trong lĩnh vực quản lý Nhà nước của Bộ Xây dựng; Nghị định của Chính phủ quy định quản lý chất lượng, thi công xây dựng và bảo trì công trình xây dựng (số 06/2021/NĐ-CP ngày 26/01/2021; số 35/2023/NĐ-CP ngày 20/06/2023;...);")]
    public void A_basis_that_only_lists_documents_is_not(string item) =>
        Assert.Equal(0, Test.Score(item, strictOpening: false));
    [Theory]
    // KH-UBND Lào Cai on Chỉ thị 11-CT/TU (dev, Word), items of "II. NHIỆM VỤ, GIẢI PHÁP" that hold no cue word.
    [InlineData("Lồng ghép tuyên truyền về bảo vệ tài nguyên, môi trường với các phong trào trên địa bàn tỉnh và giữ gìn an ninh trật tự tại cơ sở.")]
    [InlineData("Không sử dụng tàu cuốc để khai thác khoáng sản trên sông, suối.")]
    public void An_item_of_a_tasks_section_is_a_directive_without_a_cue_word(string item)
    {
        Assert.Equal(0, Test.Score(item, strictOpening: false));
        Assert.Equal(DirectiveTest.TasksSectionScore, Test.ScoreInTasksSection(item));
    }

    [Theory]
    // A basis and a "Label: value" fact stay what they are in a tasks section too (QĐ-904/QĐ-UBND preamble; the 1629 inspection letter's schedule).
    [InlineData("Căn cứ Luật Tổ chức chính quyền địa phương ngày 16/6/2025;")]
    [InlineData("Thời gian kiểm tra: Ngày 31 tháng 03 năm 2026 (thứ Ba)")]
    public void A_basis_or_a_fact_in_a_tasks_section_is_not(string item) =>
        Assert.Equal(0, Test.ScoreInTasksSection(item));
}
