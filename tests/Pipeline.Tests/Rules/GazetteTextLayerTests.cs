using Pipeline.Lines;
using Pipeline.Sources;
using Pipeline.Tests.Support;

namespace Pipeline.Tests.Rules;

/// <summary>
/// The Công báo PDF's text layer saved as plain text, without form feeds: one page for the reader, the gazette's
/// running head still printed at every break beside the page number, and the signature stack one formula a line.
/// Dev documents corpus/text/NQ-97-2026-NQ-CP-CongBao-bosung-nhiemvu-NQ66.txt and
/// corpus/text/NQ-113-2026-NQ-CP-CongBao-chiphi-BHYT.txt.
/// </summary>
public class GazetteTextLayerTests
{
    [Fact]
    public void A_head_printed_beside_the_page_number_at_three_breaks_is_found_on_a_single_page()
    {
        // NQ-97: "CÔNG BÁO/Số 238/Ngày 21-04-2026 " over "93", "94", … at each break; the text around differs.
        var page = new Page(1,
        [
            new Line("tại Nghị quyết số 140/NQ-CP ngày 17 tháng 5 năm 2025 như sau: ", 1),
            new Line("CÔNG BÁO/Số 238/Ngày 21-04-2026 ", 1), new Line("93", 1), new Line(" ", 1),
            new Line("1. Tên nhiệm vụ: Xây dựng Đề án hình thành, phát triển mạng lưới ", 1),
            new Line("CÔNG BÁO/Số 238/Ngày 21-04-2026 ", 1), new Line("94", 1), new Line(" ", 1),
            new Line("Phụ lục ", 1),
            new Line("CÔNG BÁO/Số 238/Ngày 21-04-2026 ", 1), new Line("95", 1), new Line(" ", 1),
            new Line("TT ", 1),
        ], LineOrigin.Text);

        Assert.Equal(["CÔNG BÁO/Số 238/Ngày 21-04-2026"], RunningHeader.Find([page]));
    }

    [Fact]
    public void A_line_beside_a_page_number_twice_is_not_a_head()
    {
        var page = new Page(1,
        [
            new Line("CÔNG BÁO/Số 271/Ngày 12-05-2026 ", 1), new Line("84 ", 1),
            new Line("CÔNG BÁO/Số 271/Ngày 12-05-2026 ", 1), new Line("85 ", 1),
        ], LineOrigin.Text);

        Assert.Empty(RunningHeader.Find([page]));
    }

    [Fact]
    public void The_signature_after_the_last_article_is_read_when_an_annex_follows_on_the_next_gazette_page()
    {
        var record = Extract.File("text", "NQ-97-2026-NQ-CP-CongBao-bosung-nhiemvu-NQ66.txt");

        Assert.Equal("Phạm Minh Chính", record.Document.Signer?.Name);
        Assert.Equal("TM. CHÍNH PHỦ", record.Document.Signer?.Authority, ignoreCase: true);
        Assert.Equal("Thủ tướng", record.Document.Signer?.Position, ignoreCase: true);
    }

    [Fact]
    public void The_signature_stack_of_a_soft_wrapped_text_stays_one_formula_a_line()
    {
        // NQ-113's foot: "TM. CHÍNH PHỦ " / "KT. THỦ TƯỚNG " / "PHÓ THỦ TƯỚNG  " / "Phạm Thị Thanh Trà ".
        var record = Extract.File("text", "NQ-113-2026-NQ-CP-CongBao-chiphi-BHYT.txt");

        Assert.Equal("TM. Chính phủ KT. Thủ tướng", record.Document.Signer?.Authority, ignoreCase: true);
        Assert.Equal("Phó Thủ tướng", record.Document.Signer?.Position, ignoreCase: true);
        Assert.Equal("Phạm Thị Thanh Trà", record.Document.Signer?.Name);
    }
}
