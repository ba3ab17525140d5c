using Pipeline.Lines;
using Pipeline.Sources;
using Pipeline.Sources.Text;
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

    [Fact]
    public void The_rule_under_the_issuer_and_the_enacting_body_under_the_title_stay_out_of_issuer_and_title()
    {
        // NQ-113's text layer, soft-wrapped: "CHÍNH PHỦ " / "___________" under the issuer, "NGHỊ QUYẾT" over the title
        // "Về thanh toán … y tế " / "vượt dự toán, … 2018 - 2022 ", then "CHÍNH PHỦ" (the enacting body) and "Căn cứ …".
        var record = Extract.File("text", "NQ-113-2026-NQ-CP-CongBao-chiphi-BHYT.txt");

        Assert.Equal("Chính phủ", record.Document.Issuer, ignoreCase: true);
        Assert.Equal("NQ", record.Document.Type?.Code);
        Assert.Equal("Về thanh toán các chi phí khám bệnh, chữa bệnh bảo hiểm y tế vượt dự toán, vượt tổng mức thanh toán giai đoạn năm 2018 - 2022",
            record.Document.Title);
    }

    [Fact]
    public void A_soft_wrapped_paragraph_does_not_run_from_a_line_in_capitals_into_one_in_mixed_case()
    {
        string[] raw =
        [
            "NGHỊ QUYẾT ", "Về thanh toán các chi phí khám bệnh, chữa bệnh bảo hiểm y tế  ",
            "vượt dự toán, vượt tổng mức thanh toán giai đoạn năm 2018 - 2022 ", "",
            "Căn cứ Luật Bảo hiểm y tế ngày 14 tháng 11 năm 2008; Luật sửa đổi, ",
            "bổ sung một số điều của Luật Bảo hiểm y tế ngày 13 tháng 6 năm 2014; Luật ",
            "sửa đổi, bổ sung một số điều của Luật Bảo hiểm y tế ngày 27 tháng 11 năm ", "2024; ", "",
        ];
        var lines = MarkdownBlocks.Parse(raw, _ => false).OfType<MarkdownBlocks.PlainLine>().Select(l => l.Text.Trim()).Where(t => t.Length > 0).ToList();

        Assert.Equal("NGHỊ QUYẾT", lines[0]);
        Assert.StartsWith("Về thanh toán", lines[1]);
        Assert.EndsWith("2018 - 2022", lines[1]);
        Assert.EndsWith("năm 2024;", lines[2]); // a wrap in mixed case is still joined
    }
}
