using Pipeline.Ocr.Evaluation;

namespace Pipeline.Ocr.Tests;

public class CharacterErrorRateTests
{
    [Fact]
    public void Identical_text_up_to_white_space_has_no_errors() =>
        Assert.Equal(0, CharacterErrorRate.Compute("Số:  19/2026/NQ-CP\n Hà Nội", "Số: 19/2026/NQ-CP Hà Nội"));

    [Fact]
    public void Decomposed_and_composed_diacritics_are_the_same_character() =>
        Assert.Equal(0, CharacterErrorRate.Compute("Chu\u0309 ti\u0323ch", "Chủ tịch"));

    [Fact]
    public void A_wrong_tone_mark_is_one_substitution() =>
        Assert.Equal(1.0 / 8, CharacterErrorRate.Compute("Chú tịch", "Chủ tịch"), 6);

    [Fact]
    public void Distance_counts_insertions_deletions_and_substitutions()
    {
        Assert.Equal(3, CharacterErrorRate.Distance("kitten", "sitting"));
        Assert.Equal(4, CharacterErrorRate.Distance("", "abcd"));
    }
}

public class HeaderCorrectionTests
{
    [Theory]
    [InlineData("S6, 19/2026/NQ-CP", "Số: 19/2026/NQ-CP")]
    [InlineData("Só: 729/QĐ-TTg", "Số: 729/QĐ-TTg")]
    [InlineData("Sô:   /TB-UBND", "Số: /TB-UBND")]
    [InlineData("số: /KH-UBND", "Số: /KH-UBND")]           // KH-173, read in lower case
    [InlineData("QUYÉT ĐỊNH:", "QUYẾT ĐỊNH:")]
    [InlineData("Sở Công Thương tỉnh Lào Cai", "Sở Công Thương tỉnh Lào Cai")]
    [InlineData("Số: 12/2026/TT-BCT", "Số: 12/2026/TT-BCT")]
    public void Fixes_only_the_known_header_misreadings(string read, string expected) =>
        Assert.Equal(expected, Pipeline.Ocr.Engine.HeaderCorrections.Apply(read));
}

public class NoiseFilterTests
{
    [Theory]
    [InlineData("Người ký: CỔNG THÔNG TIN ĐIỆN TỬ CHÍNH PHỦ")]
    [InlineData("Email: thongtinchinhphu@chinhphu.vn")]
    [InlineData("Cơ quan: VĂN PHÒNG CHÍNH PHỦ")]
    [InlineData("Thời gian ký: 04.05.2026 16:54:57 +07:00")]
    [InlineData("GỐNG THÔNG TIN ĐIỆN TỪ CHÍNH PHỦ")]
    [InlineData("ĐIỆN TỪ CHÍNH PHÙ")]
    [InlineData("'GỐNG THÔNG ĐIỆN TỬ CHÍNH PHỦ")]          // CV-3722: "TIN" lost
    [InlineData("CÔNG THÔNG TÍN ĐIỆN TỦ CHÍNH PHỦ")]       // NĐ-28/2021 (JPEG): "TIN" read "TÍN"
    [InlineData("ĐẾN ẾN")]
    [InlineData("Gi......C............-ee-esee")]
    [InlineData("Chuyên........................")]             // QĐ-26/QĐ-XPVPHC p1: the stamp's "Chuyển:" field, blank
    [InlineData("Sốvà ký hiệu H§............")]                // and its "Số và ký hiệu HS:" field
    [InlineData("Lưu hồ sơ số: ..............")]
    [InlineData(")")]
    public void Banner_and_received_stamp_lines_are_dropped(string text) =>
        Assert.False(Pipeline.Ocr.Engine.NoiseFilter.Default.KeepLine(new Pipeline.Sources.Line(text, 1, Confidence: 0.9)));

    [Theory]
    [InlineData("CHÍNH PHỦ")]
    [InlineData("Số: 19/2026/NQ-CP")]
    [InlineData("- VPCP: BTCN, các PCN, Trợ lý TTg, TGĐ Cổng TTĐT;")]
    [InlineData("Cổng Thông tin điện tử Chính phủ đăng tải văn bản này.")]
    [InlineData("Hà Nội, ngày 29 tháng 4 năm 2026")]
    [InlineData("Số: ........./QĐ-UBND")]                     // a number row left blank is not a stamp field
    [InlineData("Chuyển Sở Tài chính xem xét, tham mưu........")] // running text that happens to end in dots
    [InlineData("Ngày 15/5/2026, Ủy ban nhân dân tỉnh đã tổ chức hội nghị sơ kết việc thực hiện.")]
    public void Notice_lines_are_kept(string text) =>
        Assert.True(Pipeline.Ocr.Engine.NoiseFilter.Default.KeepLine(new Pipeline.Sources.Line(text, 1, Confidence: 0.9)));

    [Fact]
    public void Low_confidence_segments_are_dropped() =>
        Assert.False(Pipeline.Ocr.Engine.NoiseFilter.Default.KeepLine(new Pipeline.Sources.Line("Mắc", 1, Confidence: 0.27)));
}
