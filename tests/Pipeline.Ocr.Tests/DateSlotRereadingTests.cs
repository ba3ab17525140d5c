using Pipeline.Ocr.Engine;
using Pipeline.Ocr.Readers;
using Pipeline.Sources;
using Pipeline.Sources.Pdf;
using Xunit.Abstractions;

namespace Pipeline.Ocr.Tests;

/// <summary>
/// The place-date's day and month read again as digits when the layout pass read them as something else.
/// HDLN 24/HDLN-BCA-…: "Hà Nội, ngày 25 tháng 6 năm 2026" with the day and month handwritten; vie+Vietnamese
/// (psm 3) reads the day glued to its word ("ngày25") and the month `6` as `Ệ` (boxes below: `tesseract` with our
/// models, psm 3, page 1 of the scan).
/// </summary>
[Collection(OcrEngineGroup.Name)]
public class DateSlotRereadingTests(SharedPool shared, ITestOutputHelper output)
{
    private static readonly OcrWord[] Hdln24 =
    [
        new("Số:", 159, 349, 207, 386, 96f, 7),
        new("24", 231, 350, 288, 384, 93f, 7),
        new("/HDLN-BCA-BQP-BYT-", 317, 357, 723, 393, 91f, 7),
        new("Hà", 879, 352, 927, 380, 96f, 7),
        new("Nội,", 936, 353, 999, 385, 93f, 7),
        new("ngày25", 1020, 349, 1130, 388, 85f, 7),
        new("tháng", 1150, 339, 1239, 399, 97f, 7),
        new("Ệ", 1255, 346, 1275, 385, 35f, 7),
        new("năm", 1298, 352, 1364, 379, 96f, 7),
        new("2026", 1376, 351, 1453, 379, 97f, 7),
        new("BCT-BTC-VKSNDTC-TANDTC", 173, 403, 707, 432, 92f, 8),
    ];

    private static OcrPageResult Page(IEnumerable<OcrWord> words) => new([.. words], 1700, 2336, 90, "");

    [Fact]
    public void A_month_read_as_a_letter_is_the_slot_between_thang_and_nam()
    {
        var slot = Assert.Single(DateSlotRereading.FindSlots(Page(Hdln24)));
        Assert.Equal(["Ệ"], slot.Words.Select(w => w.Text));
        Assert.Equal(12, slot.Max);
        var (left, top, width, height) = slot.Region;
        // From the end of "tháng" to the start of "năm", with room above and below for the handwritten stroke.
        Assert.Equal(1239, left);
        Assert.Equal(1298, left + width);
        Assert.InRange(top, 300, 346);
        Assert.InRange(top + height, 385, 440);
    }

    [Fact]
    public void A_date_whose_day_and_month_are_numbers_is_left_alone()
    {
        var read = Hdln24.Select(w => w.Text == "Ệ" ? w with { Text = "6" } : w);
        Assert.Empty(DateSlotRereading.FindSlots(Page(read)));
    }

    [Fact]
    public void A_day_read_as_a_letter_is_read_again_too()
    {
        var split = Hdln24.SelectMany<OcrWord, OcrWord>(w => w.Text == "ngày25"
            ? [w with { Text = "ngày", Right = 1090 }, w with { Text = "Ø", Left = 1098 }]
            : [w.Text == "Ệ" ? w with { Text = "6" } : w]);
        var slot = Assert.Single(DateSlotRereading.FindSlots(Page(split)));
        Assert.Equal(["Ø"], slot.Words.Select(w => w.Text));
        Assert.Equal(31, slot.Max);
        Assert.Equal((1090, 1150), (slot.Region.Left, slot.Region.Left + slot.Region.Width));
    }

    /// <summary>QĐ 2336/QĐ-UBND: a first-issue date under the title, day and month handwritten (same source of boxes).</summary>
    [Fact]
    public void Only_the_place_date_is_read_again_not_another_date_in_the_header()
    {
        OcrWord[] firstIssue =
        [
            new("(Cấp", 530, 521, 606, 565, 91f, 9),
            new("lân", 618, 521, 665, 557, 93f, 9),
            new("đầu:", 677, 522, 745, 557, 90f, 9),
            new("Ngày", 756, 531, 839, 566, 97f, 9),
            new("0Ã", 846, 526, 892, 572, 54f, 9),
            new("tháng", 891, 531, 1012, 572, 91f, 9),
            new("Ƒ-", 1029, 527, 1063, 566, 16f, 9),
            new("năm", 1072, 533, 1137, 559, 97f, 9),
            new("2026)", 1149, 532, 1239, 567, 97f, 9),
        ];
        Assert.Empty(DateSlotRereading.FindSlots(Page(firstIssue)));
    }

    [Theory]
    [InlineData("6", 12, 6)]
    [InlineData("06", 12, 6)]
    [InlineData("25,", 31, 25)]
    [InlineData("13", 12, null)]
    [InlineData("0", 31, null)]
    [InlineData("32", 31, null)]
    [InlineData("Ệ", 12, null)]
    [InlineData("", 12, null)]
    public void Only_a_day_or_month_in_range_counts_as_a_number(string text, int max, int? expected) =>
        Assert.Equal(expected, DateSlotRereading.Number(text, max));

    [Fact]
    public void The_handwritten_month_of_HDLN_24_is_read_as_6()
    {
        // The file's text layer is letters spaced apart, which the pipeline's text-layer check rejects: the page is OCR'd.
        var document = new ScannedPdfReader(shared.Pool, f => PdfTextLayerReader.ReadPages(f)).Read(SourceFile.Load(Corpus.Scan("HDLN-24-HDLN-BCA-BQP-BYT-BCT-BTC-VKSNDTC-TANDTC-N2O-scan.pdf")));
        var date = Assert.Single(document.Pages[0].Lines, l => l.Text.StartsWith("Hà Nội, ngày", StringComparison.Ordinal));
        output.WriteLine(date.Text);
        Assert.Equal("Hà Nội, ngày 25 tháng 6 năm 2026", date.Text.Trim());
    }
}
