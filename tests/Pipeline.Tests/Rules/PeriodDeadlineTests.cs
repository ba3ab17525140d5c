using Pipeline.Tests.Support;
using Pipeline.Tasks;

namespace Pipeline.Tests.Rules;

/// <summary>Quarters and "đến tháng" bound an action like "trong tháng" does. Lines from dev documents:
/// corpus/word/CT-07-2012-CT-TTg-chanchinh-KKT-KCN-CCN.docx and corpus/markdown/CT-299-TTg-1980-dodac-ruongdat.txt.</summary>
public class PeriodDeadlineTests
{
    [Theory]
    [InlineData("… báo cáo Thủ tướng Chính phủ trong quý III năm 2012.", "2012-09", "trong quý III năm 2012")]
    [InlineData("… trình Thủ tướng Chính phủ trong quý II năm 2012 theo hướng ngân sách …", "2012-06", "trong quý II năm 2012")]
    [InlineData("Xây dựng Quy hoạch phát triển KKT, KCN Việt Nam đến năm 2020 trình Thủ tướng Chính phủ phê duyệt trong quý IV năm 2012.", "2012-12", "trong quý IV năm 2012")]
    [InlineData("… đăng ký thống kê ruộng đât từ tháng 01 năm 1981 đến tháng 12 năm 1982.", "1982-12", "đến tháng 12 năm 1982")]
    public void A_quarter_or_an_end_month_dates_the_deadline_by_its_last_month(string text, string date, string printed)
    {
        var deadline = new DeadlineParser(Extract.Vocab).Find(text);
        Assert.NotNull(deadline);
        Assert.Equal(date, deadline.Date?.ToString());
        Assert.Equal(printed, deadline.Text);
    }

    // "chậm nhất ngày …" and "hạn chót ngày …" (the cue's own space used to be required twice, so neither matched).
    // The first is a school's public admission notice; the second its wording with the other cue.
    [Theory]
    [InlineData("Chậm nhất ngày 03/06/2026, phụ huynh có thể tải và tự in thẻ dự thi trên hệ thống.", "2026-06-03", "Chậm nhất ngày 03/06/2026")]
    [InlineData("Hạn chót ngày 03/06/2026, phụ huynh có thể tải và tự in thẻ dự thi trên hệ thống.", "2026-06-03", "Hạn chót ngày 03/06/2026")]
    [InlineData("Các đơn vị báo cáo chậm nhất là ngày 15/5/2026.", "2026-05-15", "chậm nhất là ngày 15/5/2026")]
    public void A_latest_day_cue_dates_the_deadline(string text, string date, string printed)
    {
        var deadline = new DeadlineParser(Extract.Vocab).Find(text);
        Assert.Equal(date, deadline?.Date?.ToString());
        Assert.Equal(printed, deadline?.Text);
    }

    [Fact]
    public void A_recurring_quarter_is_not_a_dated_deadline() =>
        Assert.Null(new DeadlineParser(Extract.Vocab).Find("Định kỳ hằng quý báo cáo Ủy ban nhân dân tỉnh.")?.Date);
}
