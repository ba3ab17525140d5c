using Pipeline.Ocr.Engine;

namespace Pipeline.Ocr.Tests;

/// <summary>
/// The second readings of the header (number row as one line, a dropped type line) on the word boxes Tesseract's
/// layout pass gives for real pages (vie+Vietnamese, psm 3): QĐ 707/QĐ-TTg, whose handwritten number swallowed
/// the printed "/QĐ-" and whose type line beside a received stamp was dropped, and NQ 115/NQ-CP, read well.
/// </summary>
public class HeaderRereadingTests
{
    private static readonly OcrWord[] Qd707 =
    [
        new("Số:", 402, 319, 447, 353, 96f, 5),
        new("ng", 457, 327, 613, 405, 48f, 5),
        new("TTg", 612, 319, 678, 367, 92f, 5),
        new("Hà", 899, 328, 947, 355, 96f, 5),
        new("Nội,", 956, 327, 1019, 360, 93f, 5),
        new("ngàyØ&tháng", 1034, 325, 1251, 364, 23f, 5),
        new("4", 1261, 329, 1279, 355, 97f, 5),
        new("năm", 1290, 329, 1355, 356, 97f, 5),
        new("2026", 1367, 329, 1446, 357, 97f, 5),
        new("Về", 282, 555, 326, 591, 97f, 7),
        new("việt", 337, 533, 405, 611, 89f, 7),
        new("bàn", 419, 544, 474, 596, 93f, 7),
        new("hành", 488, 539, 574, 603, 93f, 7),
        new("Kế", 580, 555, 632, 602, 97f, 7),
        new("hoạch", 641, 549, 737, 615, 67f, 7),
        new("hành", 751, 563, 831, 591, 97f, 7),
        new("động", 845, 562, 925, 619, 97f, 7),
        new("quốc", 937, 543, 1015, 599, 97f, 7),
        new("gia", 1027, 563, 1075, 600, 97f, 7),
        new("về", 1087, 556, 1124, 591, 97f, 7),
        new("phòng,", 1137, 564, 1249, 600, 97f, 7),
        new("chống", 1261, 552, 1360, 599, 97f, 7),
        new("rửa", 1373, 564, 1429, 592, 97f, 7),
        new("tiền,", 1441, 556, 1512, 598, 97f, 7),
    ];

    private static readonly OcrWord[] Nq115 =
    [
        new("Số:", 377, 322, 421, 356, 97f, 4),
        new("445.", 431, 324, 487, 360, 72f, 4),
        new("/NQ-CP", 508, 329, 627, 363, 92f, 4),
        new("Hà", 837, 330, 882, 356, 96f, 4),
        new("Nội,", 890, 329, 948, 361, 97f, 4),
        new("ngày", 962, 330, 1033, 364, 97f, 4),
        new("29", 1054, 327, 1096, 359, 91f, 4),
        new("tháng", 1121, 329, 1205, 363, 93f, 4),
        new("†", 1230, 328, 1252, 361, 0f, 4),
        new("năm", 1285, 330, 1345, 355, 97f, 4),
        new("2026", 1357, 329, 1428, 355, 97f, 4),
        new("NGHỊ", 754, 443, 851, 476, 96f, 5),
        new("QUYẾT", 862, 435, 990, 475, 64f, 5),
        new("Về", 550, 477, 592, 511, 96f, 6),
        new("việc", 602, 485, 662, 519, 97f, 6),
        new("chuyển", 673, 477, 782, 519, 89f, 6),
        new("giao", 794, 486, 858, 520, 96f, 6),
        new("Vườn", 868, 485, 954, 512, 97f, 6),
        new("quốc", 966, 477, 1039, 519, 97f, 6),
        new("gia", 1050, 486, 1095, 520, 96f, 6),
        new("Ba", 1106, 485, 1148, 511, 97f, 6),
        new("Vì", 1159, 485, 1195, 511, 96f, 6),
    ];

    private static OcrPageResult Page(OcrWord[] words, int width, int height) => new(words, width, height, 90, "");

    [Fact]
    public void A_number_row_without_its_symbol_is_read_again_over_the_label_and_the_words_after_it()
    {
        var row = NumberRowRereading.FindRow(Page(Qd707, 1673, 2356), NoiseFilter.Default);
        Assert.NotNull(row);
        Assert.Equal(["Số:", "ng", "TTg"], row.Value.Words.Select(w => w.Text));
        var (left, top, width, height) = row.Value.Region;
        // From just left of "Số:" to past "TTg", the label's height with room for the handwriting below it; not the place-date.
        Assert.InRange(left, 380, 402);
        Assert.InRange(top, 300, 319);
        Assert.InRange(left + width, 678, 899);
        Assert.InRange(top + height, 353, 400);
    }

    /// <summary>CV 813/HC-CNHC page 1 upsampled to 300 dpi (2345 × 3310 px): the number row, place-date start.</summary>
    private static readonly OcrWord[] Cv813 =
    [
        new("số:", 405, 380, 467, 429, 90f, 3),
        new("f45", 513, 366, 600, 427, 48f, 3),
        new("./HC-CNHC", 621, 390, 881, 458, 15f, 3),
        new("Hà", 1180, 391, 1241, 430, 97f, 3),
        new("Nội,", 1255, 392, 1337, 438, 97f, 3),
        new("ngày", 1354, 392, 1455, 440, 93f, 3),
    ];

    [Fact]
    public void A_symbol_the_noise_filter_would_drop_counts_as_lost()
    {
        var row = NumberRowRereading.FindRow(Page(Cv813, 2345, 3310), NoiseFilter.Default);
        Assert.NotNull(row);
        Assert.Equal(["số:", "f45", "./HC-CNHC"], row.Value.Words.Select(w => w.Text));
        var (left, _, width, _) = row.Value.Region;
        Assert.InRange(left + width, 881, 1180);
        // Kept whatever its confidence, the same row holds its symbol and is left alone.
        Assert.Null(NumberRowRereading.FindRow(Page(Cv813, 2345, 3310), NoiseFilter.None));
    }

    [Fact]
    public void A_number_row_that_holds_its_symbol_is_left_alone() =>
        Assert.Null(NumberRowRereading.FindRow(Page(Nq115, 1670, 2431), NoiseFilter.Default));

    [Theory]
    [InlineData("Số: 30% /QĐ-TTg", true)]
    [InlineData("Số: 600-TB/TU", true)]
    [InlineData("Số: ng TTg", false)]
    [InlineData("Số: 445. /NQ-CP", true)]
    public void A_symbol_is_a_capital_code_joined_by_a_hyphen_or_slash(string row, bool expected) =>
        Assert.Equal(expected, NumberRowRereading.HasSymbol(row));

    [Fact]
    public void A_wide_gap_above_the_title_is_read_again_as_the_type_line()
    {
        var band = TypeLineRecovery.FindBand(Page(Qd707, 1673, 2356));
        Assert.NotNull(band);
        var (left, top, width, height) = band.Value.Region;
        // As wide as the title's first line, just above it: where "QUYẾT ĐỊNH" is printed (y 505–545 on the scan).
        Assert.Equal(282, left);
        Assert.Equal(1512, left + width);
        Assert.InRange(top, 480, 510);
        Assert.InRange(top + height, 545, 555);
    }

    [Fact]
    public void A_type_line_that_was_read_is_not_read_again() =>
        Assert.Null(TypeLineRecovery.FindBand(Page(Nq115, 1670, 2431)));
}
