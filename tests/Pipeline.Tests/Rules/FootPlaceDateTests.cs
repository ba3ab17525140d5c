using Pipeline.Tests.Support;

namespace Pipeline.Tests.Rules;

/// <summary>A place-date printed above the signature when the header has none (a giấy phép's form).</summary>
public class FootPlaceDateTests
{
    // GP-428/GP-BCT (dev phone photo), the lines `pipeline roles` reads: the header has no place-date; the form prints
    // "Hà Nội, ngày 30 tháng 5 năm 2025" over the signature, which OCR broke ("ngày,2) tháng", "năm 2025" read after Lưu).
    private const string Licence = """
        BỘ CÔNG THƯƠNG
        CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
        Số: 428/GP-BCT
        GIẤY PHÉP
        VẬN CHUYỂN HÀNG HÓA NGUY HIỂM
        Bộ Công Thương cho phép:
        Thời hạn của giấy phép: 24 tháng kể từ ngày
        Hà Nội, ngày,2) tháng
        Nơi nhận:
        - Công ty TNHH Vận tải Thông Đạt Vận Trình
        Quý Châu;
        - Bộ trưởng (để báo cáo);
        - Lưu: VT, HC.
        KT. BỘ TRƯỞNG
        THỨ TRƯỞNG
        Trương Thanh Hoài
        """;

    [Fact]
    public void The_first_half_of_a_place_date_over_the_foot_gives_the_place_when_the_header_has_none()
    {
        var record = Extract.Text(Licence);
        Assert.Equal("Hà Nội", record.Document.Place);
        Assert.Null(record.Document.IssuedDate);   // the day and month are unreadable, the year went elsewhere
        Assert.Equal("Thứ trưởng", record.Document.Signer?.Position);
    }

    [Fact]
    public void A_header_place_date_wins_over_one_above_the_foot()
    {
        var record = Extract.Text(Licence.Replace("Số: 428/GP-BCT", "Số: 428/GP-BCT\nĐà Nẵng, ngày 02 tháng 6 năm 2025"));
        Assert.Equal("Đà Nẵng", record.Document.Place);
        Assert.Equal("2025-06-02", record.Document.IssuedDate);
    }

    [Theory]
    [InlineData("Hà Nội, ngày,2) tháng", true)]
    [InlineData("Hà Nội, ngày 30 tháng", true)]
    [InlineData("Hà Nội,", false)]                                       // a place alone is no date's start
    [InlineData("Thời hạn của giấy phép: 24 tháng kể từ ngày", false)]
    public void The_first_half_of_a_place_date_names_the_day(string line, bool expected) =>
        Assert.Equal(expected, Pipeline.Roles.LinePatterns.IsPlaceDateStart(line));

    // Photographed at 700 px (`pipeline bench-degraded --keep`), OCR lost one of the three words of the header's place-date:
    // GP-184/GP-BKHCN reads "Hà Nội, ngày _Ð năm 2024", QĐ-26/QĐ-XPVPHC "Hà Nội, tháng 7 năm 2026".
    [Theory]
    [InlineData("Hà Nội, ngày _Ð năm 2024", "2024")]
    [InlineData("Hà Nội, tháng 7 năm 2026", "2026-07")]
    public void A_place_date_that_lost_one_of_its_words_still_gives_the_place_and_what_is_printed(string line, string date)
    {
        var record = Extract.Text($"""
            BỘ KHOA HỌC VÀ CÔNG NGHỆ
            CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
            Độc lập - Tự do - Hạnh phúc
            Số: 184/GP-BKHCN
            {line}
            GIẤY PHÉP
            Vận chuyển hàng hóa nguy hiểm
            """);
        Assert.Equal("Hà Nội", record.Document.Place);
        Assert.Equal(date, record.Document.IssuedDate);
    }

    [Theory]
    [InlineData("Theo kế hoạch, tháng 7 năm 2026 sẽ hoàn thành")]   // the year must end the line
    [InlineData("Hà Nội, năm 2026")]
    public void A_sentence_with_a_month_and_year_is_no_place_date(string line) =>
        Assert.False(Pipeline.Roles.LinePatterns.IsPlaceDate(line));
}
