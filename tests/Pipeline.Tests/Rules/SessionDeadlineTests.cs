using Pipeline.Tasks;
using Pipeline.Tests.Support;

namespace Pipeline.Tests.Rules;

/// <summary>An HĐND session named by its place in the year bounds what is to be reported at it.</summary>
public class SessionDeadlineTests
{
    [Theory]
    // NQ-04/NQ-HĐND Bình Dương and NQ-80/NQ-HĐND Gia Lai (dev), the monitoring programmes' execution articles.
    [InlineData("Căn cứ chương trình giám sát của năm 2018 đã được Hội đồng nhân dân tỉnh thông qua, Thường trực HĐND tỉnh ban hành kế hoạch tổ chức thực hiện và báo cáo kết quả thực hiện tại kỳ họp thường lệ giữa năm 2019.", "2019", "kỳ họp thường lệ giữa năm 2019")]
    [InlineData("… tổng hợp và báo cáo Hội đồng nhân dân tỉnh kết quả thực hiện chương trình giám sát tại kỳ họp giữa năm 2019.", "2019", "kỳ họp giữa năm 2019")]
    public void A_session_of_a_year_dates_the_deadline_by_that_year(string text, string date, string printed)
    {
        var deadline = new DeadlineParser(Extract.Vocab).Find(text);
        Assert.NotNull(deadline);
        Assert.Equal(date, deadline.Date?.ToString());
        Assert.Equal(printed, deadline.Text);
    }

    [Fact]
    public void A_numbered_session_that_adopted_the_resolution_is_not_a_deadline() =>
        // The adoption clause of NQ-80/NQ-HĐND Gia Lai (dev).
        Assert.Null(new DeadlineParser(Extract.Vocab).Find("Nghị quyết này đã được Hội đồng nhân dân tỉnh khóa XI, Kỳ họp thứ Ba thông qua ngày 13 tháng 7 năm 2017 và có hiệu lực từ ngày thông qua./."));
}
