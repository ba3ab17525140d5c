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
    public void A_basis_that_only_lists_documents_is_not(string item) =>
        Assert.Equal(0, Test.Score(item, strictOpening: false));
}
