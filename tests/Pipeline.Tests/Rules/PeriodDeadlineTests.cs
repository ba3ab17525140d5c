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

    /// <summary>
    /// A bare period ("giai đoạn 2022-2025") and a plan's horizon ("tầm nhìn đến năm 2030") are part of the name of what
    /// the item cites, not its deadline; "trong giai đoạn" and "trong năm" still bound the action. Item 4 of
    /// corpus/seeds/001_bb430d707b21ecbe.txt, item 1.5 of corpus/text/13_CV-5973-UBND-KT_LaoCai_khoangsan.txt, item 4.1.a of
    /// corpus/word/NQ-66.3-2025-NQ-CP-quyhoach-sudung-dat and item 3.2.a of QD-51-2025-QD-TTg-tieuchi-nongthonmoi (dev).
    /// </summary>
    [Theory]
    [InlineData("Tiếp tục triển khai, thực hiện quyết liệt, đồng bộ, hiệu quả các giải pháp để hoàn thành các nhiệm vụ của Đề án phát triển ứng dụng dữ liệu về dân cư, định danh và xác thực điện tử phục vụ chuyển đổi số quốc gia giai đoạn 2022-2025, tầm nhìn đến năm 2030 (Đề án 06) trong năm 2023, kịp thời triển khai ứng dụng Cơ sở dữ liệu quốc gia về dân cư.", "2023", "trong năm 2023")]
    [InlineData("Tập trung lãnh đạo, chỉ đạo thực hiện các nhiệm vụ theo Kế hoạch số 200/KH-UBND ngày 05/5/2026 của Ủy ban nhân dân tỉnh thực hiện Chương trình hành động số 39-CTr/TU ngày 29/01/2026 của Ban Thường vụ Tỉnh ủy Lào Cai thực hiện Nghị quyết số 10-NQ/TW ngày 10/02/2022 của Bộ Chính trị về định hướng chiến lược địa chất, khoáng sản và công nghiệp khai khoáng đến năm 2030, tầm nhìn đến năm 2045; Kế hoạch số 218/KH-UBND ngày 13/5/2026.", null, null)]
    [InlineData("Tiếp tục rà soát, hoàn thiện hồ sơ điều chỉnh Quy hoạch sử dụng đất quốc gia thời kỳ 2021 - 2030, tầm nhìn đến năm 2050 để trình cấp có thẩm quyền quyết định.", null, null)]
    [InlineData("Chủ trì, phối hợp với các bộ, cơ quan trung ương liên quan đôn đốc Ủy ban nhân dân các tỉnh, thành phố triển khai thực hiện xây dựng nông thôn mới giai đoạn 2026 - 2030.", null, null)]
    [InlineData("Tiếp tục thực hiện tinh giản biên chế …, 5% biên chế công chức cấp tỉnh, cấp huyện so với số biên chế được giao năm 2021 và 100 cán bộ, công chức cấp xã trong giai đoạn 2022-2026.", "2026", "trong giai đoạn 2022-2026")]
    public void A_cited_period_is_not_a_deadline(string text, string? date, string? printed)
    {
        var deadline = new DeadlineParser(Extract.Vocab).Find(text);
        Assert.Equal(date, deadline?.Date?.ToString());
        Assert.Equal(printed, deadline?.Text);
    }
}
