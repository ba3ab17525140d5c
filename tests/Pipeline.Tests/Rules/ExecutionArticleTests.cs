using Pipeline.Tests.Support;

namespace Pipeline.Tests.Rules;

/// <summary>Execution articles of decisions: who the address names, and a basis phrase leading into the duties.</summary>
public class ExecutionArticleTests
{
    [Fact]
    public void The_address_to_the_officials_is_no_unit()
    {
        // QĐ 1227/QĐ-BYT (dev, ninth collection), Điều 5.
        var record = Extract.Text("""
            BỘ Y TẾ
            Số: 1227/QĐ-BYT
            QUYẾT ĐỊNH
            Điều 5.
            Các Ông/Bà: Chánh Văn phòng Bộ Y tế, Vụ trưởng, Cục trưởng các Vụ, Cục trực thuộc Bộ Y tế, Giám đốc Sở Y tế các tỉnh, thành phố trực thuộc trung ương, Thủ trưởng Y tế Bộ, ngành và Thủ trưởng các đơn vị liên quan chịu trách nhiệm thi hành quyết định này./.
            """);
        var task = Assert.Single(record.Tasks);
        Assert.Contains(task.Units, u => u.Name == "Chánh Văn phòng Bộ Y tế");
        Assert.DoesNotContain(task.Units, u => u.Name.StartsWith("Các Ông", StringComparison.Ordinal));
    }

    [Fact]
    public void An_address_without_a_colon_is_no_unit_either()
    {
        // QĐ 3176/QĐ-BYT (dev, ninth collection), Điều 4.
        var record = Extract.File("markdown", "QD-3176-QD-BYT-2024-chuan-dulieu-KCB-BHYT.txt");
        var task = Assert.Single(record.Tasks, t => t.Ordinal == "4");
        Assert.Contains(task.Units, u => u.Name == "Chánh Văn phòng Bộ Y tế");
        Assert.Contains(task.Units, u => u.Name == "Chánh Thanh tra Bộ");
    }

    [Fact]
    public void A_basis_phrase_leading_into_the_duties_heads_tasks()
    {
        // QĐ 3745/QĐ-UBND Tây Ninh (dev, ninth collection): "Điều 2." alone, then the lead-in that opens with "Căn cứ".
        var record = Extract.File("markdown", "QD-3745-QD-UBND-TayNinh-KHSDD-2022-ChauThanh.txt");
        var first = Assert.Single(record.Tasks, t => t.Ordinal == "2.1");
        Assert.StartsWith("Sở Tài nguyên và Môi trường có trách nhiệm tham mưu", first.Text);
        Assert.Contains(first.Units, u => u.Name == "Sở Tài nguyên và Môi trường");
        Assert.Contains(record.Tasks, t => t.Ordinal == "2.3" && t.Units.Any(u => u.Name == "Văn phòng UBND tỉnh"));
    }

    [Fact]
    public void A_duty_that_opens_with_an_amending_verb_is_still_a_duty()
    {
        // QĐ 3176/QĐ-BYT (dev, ninth collection): "Điều 2. Tổ chức thực hiện" / "1. Bảo hiểm xã hội Việt Nam" / "c) Bổ sung,
        // nâng cấp Cổng tiếp nhận dữ liệu …" / "đ) Điều chỉnh thời gian cho phép …"; its Điều 1 ("Sửa đổi, bổ sung tạm thời …")
        // is still the decision itself.
        var record = Extract.File("markdown", "QD-3176-QD-BYT-2024-chuan-dulieu-KCB-BHYT.txt");
        Assert.Contains(record.Tasks, t => t.Ordinal == "2.1.c" && t.Text.StartsWith("Bổ sung, nâng cấp Cổng tiếp nhận dữ liệu", StringComparison.Ordinal));
        Assert.Contains(record.Tasks, t => t.Ordinal == "2.1.đ" && t.Units.Any(u => u.Name == "Bảo hiểm xã hội Việt Nam"));
        Assert.DoesNotContain(record.Tasks, t => t.Ordinal == "1");
    }

    [Theory]
    // QĐ 1227/QĐ-BYT Điều 3 and NQ 61/2022/QH15 2.3 (dev, ninth collection).
    [InlineData("Giao Cục Quản lý Khám, chữa bệnh là đầu mối hướng dẫn thực hiện.", "Cục Quản lý Khám, chữa bệnh")]
    [InlineData("Quốc hội giao Chính phủ tổng kết, đánh giá toàn diện việc thực hiện Luật Quy hoạch và các nội dung có liên quan đến quy hoạch trong các luật, văn bản quy phạm pháp luật để khẩn trương trình Quốc hội sửa đổi, bổ sung Luật Quy hoạch.", "Chính phủ")]
    public void A_copula_or_a_plain_verb_ends_the_assigned_body(string text, string unit)
    {
        var units = new Pipeline.Tasks.UnitFinder(Extract.Vocab).Find(text);
        Assert.Contains(units, u => u.Name == unit);
    }
}
