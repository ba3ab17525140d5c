using Pipeline.Ocr.Engine;

namespace Pipeline.Ocr.Tests;

/// <summary>
/// The archive line of the foot ("Lưu: VT, …", Nghị định 30/2020): the comma after VT, lost when Tesseract reads a
/// deskewed 200 dpi page (QĐ 2336/QĐ-UBND page 5, whose words below are those of vie+Vietnamese, psm 3), is put back.
/// </summary>
public class ArchiveLineTests
{
    /// <summary>The foot of QĐ 2336/QĐ-UBND, page 5 (1654 × 2340 px): recipients on the left, the post on the right.</summary>
    private static readonly OcrWord[] Qd2336Foot =
    [
        new("Nơi", 260, 400, 312, 423, 96f, 4),
        new("nhận:", 319, 400, 400, 430, 97f, 4),
        new("CHỦ", 1123, 393, 1208, 429, 96f, 4),
        new("TỊCH", 1219, 402, 1317, 429, 96f, 4),
        new("-", 261, 449, 269, 452, 93f, 5),
        new("Thường", 278, 436, 374, 464, 97f, 5),
        new("tr", 382, 405, 415, 468, 43f, 5),
        new("Tính", 446, 405, 495, 468, 79f, 5),
        new("ủy", 505, 437, 534, 464, 93f, 5),
        new("(b/c);", 543, 436, 607, 464, 88f, 5),
        new(";", 1020, 455, 1022, 457, 81f, 5),
        new("ˆ", 1126, 456, 1133, 460, 65f, 5),
        new("'", 1249, 430, 1256, 436, 50f, 5),
        new("-", 261, 484, 269, 487, 93f, 6),
        new("Chủ", 279, 471, 327, 493, 97f, 6),
        new("tịch", 335, 471, 380, 497, 93f, 6),
        new("UBND", 389, 471, 474, 493, 93f, 6),
        new("tỉnh;", 483, 470, 538, 497, 96f, 6),
        new("-", 261, 519, 269, 522, 93f, 7),
        new("Các", 279, 506, 323, 528, 93f, 7),
        new("PCT", 332, 506, 387, 528, 93f, 7),
        new("UBND", 396, 506, 481, 528, 92f, 7),
        new("tỉnh;", 490, 505, 545, 532, 97f, 7),
        new("-", 261, 554, 269, 557, 93f, 8),
        new("Các", 279, 541, 323, 563, 96f, 8),
        new("cơ", 333, 548, 362, 563, 97f, 8),
        new("quan", 370, 548, 427, 569, 93f, 8),
        new("fại", 436, 541, 465, 567, 89f, 8),
        new("Điều", 475, 535, 534, 563, 96f, 8),
        new("3;", 543, 541, 564, 567, 97f, 8),
        new("-", 261, 589, 269, 592, 92f, 9),
        new("Trung", 278, 576, 350, 604, 97f, 9),
        new("tâm", 359, 576, 403, 598, 97f, 9),
        new("Phục", 412, 576, 473, 602, 97f, 9),
        new("vụ", 482, 583, 511, 603, 93f, 9),
        new("HCC", 521, 576, 581, 598, 93f, 9),
        new("tỉnh;", 591, 576, 645, 603, 97f, 9),
        new("-", 261, 625, 269, 628, 93f, 10),
        new("CVP,", 278, 612, 342, 638, 92f, 10),
        new("các", 352, 612, 391, 633, 93f, 10),
        new("PCVP", 400, 612, 475, 633, 91f, 10),
        new("UBND", 484, 612, 570, 633, 91f, 10),
        new("tỉnh;", 579, 611, 633, 638, 96f, 10),
        new("-Lưu:", 261, 647, 333, 668, 91f, 11),
        new("VT", 343, 647, 390, 673, 92f, 11),
        new("KT.", 400, 646, 445, 668, 92f, 11),
    ];

    [Fact]
    public void The_comma_after_VT_in_the_real_archive_line_is_put_back()
    {
        var raw = new OcrPageResult([.. Qd2336Foot], 1654, 2340, 90, "");
        var lines = PageRecognizer.ToPage(raw, 5, new OcrOptions()).Lines.Select(l => l.Text).ToList();
        Assert.Contains("-Lưu: VT, KT.", lines);
        Assert.Contains("- CVP, các PCVP UBND tỉnh;", lines);
    }

    [Theory]
    [InlineData("-Lưu: VT KT.", "-Lưu: VT, KT.")]
    [InlineData("- Lưu: VT CNHC.", "- Lưu: VT, CNHC.")]
    [InlineData("- Lưu: VT, CN. pvc", "- Lưu: VT, CN. pvc")]
    [InlineData("- Lưu: VT (BCA, BQP), C04-BCA", "- Lưu: VT (BCA, BQP), C04-BCA")]
    [InlineData("- Lưu: VT.", "- Lưu: VT.")]
    [InlineData("Lưu ý: VT KT", "Lưu ý: VT KT")]
    [InlineData("bản lưu tại Văn phòng: VT KT", "bản lưu tại Văn phòng: VT KT")]
    public void Only_a_missing_comma_between_VT_and_the_next_copy_is_added(string read, string expected) =>
        Assert.Equal(expected, HeaderCorrections.Apply(read));
}
