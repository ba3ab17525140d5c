using Pipeline.Sources;
using Pipeline.Sources.Pdf;

namespace Pipeline.Tests.Sources;

public class VietnameseSyllableTests
{
    [Theory]
    [InlineData("nghiêng", true)]
    [InlineData("Thương", true)]
    [InlineData("khuyến", true)]
    [InlineData("Quốc", true)]
    [InlineData("ĐỘC", true)]
    [InlineData("7KӵF", false)]
    [InlineData("ÿӏQK", false)]
    [InlineData("KӃW", false)]
    public void Recognises_syllables(string token, bool expected) =>
        Assert.Equal(expected, VietnameseSyllable.IsSyllable(token));

    [Fact]
    public void Glyph_id_garbage_scores_low_and_real_text_high()
    {
        // First lines of TB-1894 as pdftotext prints them, and as they really read.
        var garbage = "6ӕ 1894 /TB-SCT .ӃW TXҧ NLӇP tra YLӋF FKҩS hành Quy ÿӏQK FӫD pháp OXұW trong Vӱ GөQJ và bҧo quҧn YұW OLӋX Qә công JKLӋS";
        var text = "Số 1894 /TB-SCT Kết quả kiểm tra việc chấp hành Quy định của pháp luật trong sử dụng và bảo quản vật liệu nổ công nghiệp";

        Assert.True(VietnameseSyllable.Share([garbage]) < 0.55);
        Assert.True(VietnameseSyllable.Share([text]) > 0.9);
    }

    [Fact]
    public void A_short_last_page_counts_as_text_only_beside_full_pages()
    {
        Line[] foot =
        [
            new("Nơi nhận:", 3, Column: Column.Left), new("- Như trên;", 3, Column: Column.Left),
            new("- Lưu: VT, CN.", 3, Column: Column.Left), new("KT. GIÁM ĐỐC", 3, Column: Column.Right),
            new("PHÓ GIÁM ĐỐC", 3, Column: Column.Right), new("Hoàng Văn Thuân", 3, Column: Column.Right),
        ];
        Line[] pageNumber = [new("3", 3)];

        Assert.False(TextLayerQuality.IsRealText(foot));
        Assert.True(TextLayerQuality.IsRealText(foot, otherPagesHaveText: true));
        Assert.False(TextLayerQuality.IsRealText(pageNumber, otherPagesHaveText: true));
    }
}
