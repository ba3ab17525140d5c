using Pipeline.Tasks;
using Pipeline.Tests.Support;

namespace Pipeline.Tests.Rules;

/// <summary>The office-holders an execution article names are its leads, whatever post opens the list.</summary>
public class ExecutionArticleUnitTests
{
    [Fact]
    public void A_commander_opening_the_execution_article_is_a_lead()
    {
        // QĐ-09/2025/QĐ-UBND Hà Nội (dev, PDF), Điều 3.
        var units = new UnitFinder(Extract.Vocab).Find("Tư lệnh Bộ Tư lệnh Thủ đô Hà Nội; Chánh Văn phòng UBND Thành phố; Giám đốc Sở Tài chính; Giám đốc, thủ trưởng các sở, ban, ngành Thành phố và các cơ quan, đơn vị, tổ chức, cá nhân có liên quan chịu trách nhiệm thi hành Quyết định này./.");
        Assert.Equal("Tư lệnh Bộ Tư lệnh Thủ đô Hà Nội", units[0].Name);
        Assert.Equal(UnitRole.Lead, units[0].Role);
        Assert.Contains(units, u => u.Name == "Giám đốc Sở Tài chính");
    }
}
