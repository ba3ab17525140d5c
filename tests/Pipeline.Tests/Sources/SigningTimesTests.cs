using System.Collections.Immutable;
using Pipeline.Fields;
using Pipeline.Sources.Pdf;
using Pipeline.Values;
using UglyToad.PdfPig;

namespace Pipeline.Tests.Sources;

/// <summary>
/// Digitally signed PDFs carry the day they were issued in their signature dictionaries; a scan whose day and month
/// are handwritten (CV-2265: "ngày 02 tháng 4" in blue ink, which OCR reads as "ngày 0) thángh") gets its date from them.
/// </summary>
public class SigningTimesTests
{
    private static ImmutableArray<DateTimeOffset> TimesOf(string path)
    {
        using var document = PdfDocument.Open(File.ReadAllBytes(Corpus.PathOf(path)));
        return SigningTimes.Read(document);
    }

    [Fact]
    public void The_signed_scan_CV_2265_declares_its_signing_time_with_the_signers_offset()
    {
        var time = Assert.Single(TimesOf("scans/CV-2265-BCT-ATMT-scan.pdf"));
        // The stamp printed on the page reads "Thời gian ký: 02.04.2026 14:24:26 +07:00".
        Assert.Equal(new DateTimeOffset(2026, 4, 2, 14, 24, 26, TimeSpan.FromHours(7)), time);
        Assert.Equal(TimeSpan.FromHours(7), time.Offset);
    }

    [Fact]
    public void An_unsigned_scan_declares_none()
    {
        Assert.Empty(TimesOf("scans/CV-813-HC-CucHoaChat-scan.pdf"));
    }

    [Fact]
    public void Handwritten_day_and_month_are_completed_from_the_signature()
    {
        var times = TimesOf("scans/CV-2265-BCT-ATMT-scan.pdf");
        Assert.Equal("2026-04-02", SigningDateCompletion.Complete(new PartialDate(2026), times)?.ToString());
        Assert.Equal("2026-04-02", SigningDateCompletion.Complete(null, times)?.ToString());
    }

    [Fact]
    public void Signatures_over_several_days_give_the_day_most_of_them_share()
    {
        // QĐ 32/2025 of Hà Nội was approved from 10 to 16 April and issued "ngày 16 tháng 4 năm 2025": five of its
        // sixteen signatures are the văn thư's of the 16th.
        var times = TimesOf("pdf/QD-32-2025-QD-UBND-HaNoi-dinhmuc-thuyloi.pdf");
        Assert.True(times.Length > 5);
        Assert.Equal("2025-04-16", SigningDateCompletion.Complete(new PartialDate(2025, 4), times)?.ToString());
    }

    [Fact]
    public void A_signature_that_disagrees_with_what_was_read_or_a_complete_date_is_left_alone()
    {
        var times = TimesOf("scans/CV-2265-BCT-ATMT-scan.pdf");
        Assert.Null(SigningDateCompletion.Complete(new PartialDate(2026, 5), times));
        Assert.Null(SigningDateCompletion.Complete(new PartialDate(2025), times));
        Assert.Null(SigningDateCompletion.Complete(new PartialDate(2026, 4, 3), times));
        Assert.Null(SigningDateCompletion.Complete(new PartialDate(2026), []));
    }

    [Theory]
    [InlineData("D:20260402142426+07'00'", "2026-04-02T14:24:26+07:00")]
    [InlineData("D:20250416103005Z", "2025-04-16T10:30:05+00:00")]
    [InlineData("D:20241107", "2024-11-07T00:00:00+00:00")]
    public void Pdf_dates_are_parsed_with_their_offset(string text, string expected)
    {
        Assert.Equal(DateTimeOffset.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), SigningTimes.Parse(text));
    }

    [Theory]
    [InlineData("D:2026")]
    [InlineData("D:20261341")]
    [InlineData("yesterday")]
    public void What_is_not_a_pdf_date_is_null(string text) => Assert.Null(SigningTimes.Parse(text));
}
