using Pipeline.Sources;
using Pipeline.Sources.Layout;

namespace Pipeline.Tests.Sources;

public class LayoutTests
{
    private static PositionedWord Word(string text, double x, double y, double width, double height) =>
        new(text, new Box(x, y, width, height));

    [Fact]
    public void A_tall_signer_line_does_not_merge_the_recipient_lines_beside_it()
    {
        // 11 pt recipient lines 0.013 apart, a 14 pt signer title straddling two of them.
        PositionedWord[] words =
        [
            Word("Nơi nhận:", 0.10, 0.600, 0.12, 0.014), Word("KT. GIÁM ĐỐC", 0.62, 0.598, 0.20, 0.017),
            Word("- Công ty A;", 0.10, 0.614, 0.15, 0.013), Word("PHÓ GIÁM ĐỐC", 0.62, 0.618, 0.20, 0.017),
            Word("- Công ty B;", 0.10, 0.627, 0.15, 0.013),
            Word("- Lưu: VT.", 0.10, 0.640, 0.12, 0.013),
        ];

        var lines = ReadingOrder.Arrange(LineAssembler.Assemble(words, 1));

        Assert.Equal(
        [
            ("Nơi nhận:", Column.Left), ("- Công ty A;", Column.Left), ("- Công ty B;", Column.Left), ("- Lưu: VT.", Column.Left),
            ("KT. GIÁM ĐỐC", Column.Right), ("PHÓ GIÁM ĐỐC", Column.Right),
        ], lines.Select(l => (l.Text, l.Column)));
    }

    [Fact]
    public void A_blank_left_for_the_number_does_not_split_the_line()
    {
        PositionedWord[] words =
        [
            Word("UBND", 0.10, 0.10, 0.08, 0.02), Word("CỘNG HÒA", 0.55, 0.10, 0.30, 0.02),
            Word("Số:", 0.10, 0.14, 0.04, 0.02), Word("/SCT-CN", 0.24, 0.14, 0.10, 0.02),
            Word("Lào Cai, ngày", 0.50, 0.14, 0.15, 0.02), Word("tháng 3 năm 2026", 0.72, 0.14, 0.18, 0.02),
            Word("Nội dung văn bản chạy hết chiều rộng trang", 0.10, 0.20, 0.80, 0.02),
        ];

        var lines = ReadingOrder.Arrange(LineAssembler.Assemble(words, 1));

        Assert.Equal(
        [
            ("UBND", Column.Left), ("Số: /SCT-CN", Column.Left),
            ("CỘNG HÒA", Column.Right), ("Lào Cai, ngày tháng 3 năm 2026", Column.Right),
            ("Nội dung văn bản chạy hết chiều rộng trang", Column.Full),
        ], lines.Select(l => (l.Text, l.Column)));
    }

    [Fact]
    public void A_slightly_skewed_scan_line_stays_one_line()
    {
        // Each word sits 0.004 lower than the one before: the ends of the line do not overlap at all.
        var words = Enumerable.Range(0, 8)
            .Select(i => Word($"từ{i}", 0.10 + i * 0.1, 0.300 + i * 0.004, 0.08, 0.015)).ToList();
        words.Add(Word("dòng sau", 0.10, 0.33, 0.2, 0.015));

        var lines = LineAssembler.Assemble(words, 1);

        Assert.Equal(["từ0 từ1 từ2 từ3 từ4 từ5 từ6 từ7", "dòng sau"], lines.Select(l => l.Text));
    }
}
