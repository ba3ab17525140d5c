using Pipeline.Sources.Text;

namespace Pipeline.Tests.Rules;

/// <summary>
/// A repository's Tesseract text of a scanned Party resolution: page markers between the pages, the two-column header read
/// across (the committee and the Party's motto on one line, the number without "Số:"'s colon and the place-date on
/// another), and the foot read across (the signing formula beside "Nơi nhận", OCR's "nhân"). Lines of
/// corpus/text/NQ-34-NQ-TU-LaoCai-phattrien-KCN-CCN-OCR.txt (dev), OCR damage included.
/// </summary>
public class PartyOcrTextTests
{
    /// <summary>The header of NQ-34-NQ/TU as its OCR text prints it (corpus/text/…NQ-34…-OCR): the foot tests put its foot under it.</summary>
    internal const string Nq34Head = """
        TỈNH ỦY LÀO CAI
        Số 34-NQ/TU
        Lào Cai, ngày 27 tháng 12 năm 2025
        NGHỊ QUYẾT
        về phát triển các khu công nghiệp, cụm công nghiệp

        """;

    [Fact]
    public void A_converters_page_markers_are_page_breaks_not_lines()
    {
        var text = "[OCR] note\n\n===== Trang 1 =====\nTÍNH ỦY LÀO CAI\n\n===== Trang 2 =====\n2\n\ncác khu công nghiệp\n--- PAGE BREAK ---\nx";

        Assert.Equal("[OCR] note\n\n\nTÍNH ỦY LÀO CAI\n\n\f\n2\n\ncác khu công nghiệp\n\f\nx", ConverterPageMarkers.ToFormFeeds(text));
    }

    [Fact]
    public void The_header_read_across_gives_the_reference_the_place_and_the_date()
    {
        var record = Support.Extract.Text("""
            [OCR] [Bản trích chữ tự động bằng tesseract tiếng Việt từ bản quét NQ-34-NQ-TU-27-12-2025.pdf — 5 trang.]

            ===== Trang 1 =====
            TÍNH ỦY LÀO CAI ĐÁNG CỘNG SẢN VIỆT NAM

            *

            Số 34 -NQ/TU Lào Cai, ngày 27 tháng 12 năm 2025

            NGHỊ QUYẾT
            CỦA BAN THƯỜNG VỤ TỈNH ỦY
            về phát triển các khu công nghiệp, cụm công nghiệp

            Trong những năm qua, ngành công nghiệp tỉnh Lào Cai được quan tâm
            lãnh đạo, chỉ đạo và đạt nhiều kết quả quan trọng.
            """, "NQ-34.txt").Document;

        Assert.Equal("34-NQ/TU", record.Reference);
        Assert.Equal("NQ/TU", record.Symbol);
        Assert.Equal("Lào Cai", record.Place);
        Assert.Equal("2025-12-27", record.IssuedDate);
        // The committee without the motto beside it, its marks repaired: the [OCR] note makes the text recognised.
        Assert.Equal("Tỉnh ủy Lào Cai", record.Issuer);
    }

    [Fact]
    public void A_state_header_read_across_keeps_its_number_line_when_the_motto_line_stands_alone()
    {
        // corpus/text/CV-8388-BTC-QLCS-trienkhai-ND-178-OCR.txt (dev), the same repository's OCR of a ministry's letter:
        // the issuer and the motto's first line in capitals on one line, the motto's second line, then the number and the
        // place-date; the soft-wrapped text runs "Độc lập - Tự do - Hạnh phúc" into the number line.
        var record = Support.Extract.File("text", "CV-8388-BTC-QLCS-trienkhai-ND-178-OCR.txt").Document;

        Assert.Equal("Bộ Tài chính", record.Issuer, ignoreCase: true);
        Assert.Equal("BTC-QLCS", record.Symbol);
        Assert.Equal("Hà Nội", record.Place);
        Assert.Equal("2026-06", record.IssuedDate);
    }

    [Fact]
    public void The_signing_formula_beside_noi_nhan_is_the_authority()
    {
        var record = Support.Extract.Text(PartyOcrTextTests.Nq34Head + """
            6. Văn phòng Tỉnh ủy phối hợp theo dõi, đôn đốc thực hiện Nghị quyết.

            Nơi nhân: T/M BAN THƯỜNG VỤ
            - Các Đảng ủy trực thuộc Tỉnh ủy, `

            - Các cơ quan tham mưu, giúp việc Tỉnh ủy,
            - Lãnh đạo Văn phòng Tỉnh ủy,

            - Lưu Văn phòng Tình ủy.

            Hoàng Giang
            """, "NQ-34.txt").Document;

        Assert.Equal("T/M Ban Thường vụ", record.Signer?.Authority);
        Assert.Equal("Hoàng Giang", record.Signer?.Name);
        Assert.Contains(record.Recipients, r => r.Name == "Lãnh đạo Văn phòng Tỉnh ủy");
    }
    [Fact]
    public void The_post_read_onto_the_first_entry_is_the_signers_position_and_the_entry_ends_before_it()
    {
        // The foot as the OCR text prints it: the signer's post beside the first entry after its comma, one letter of it
        // read in lower case ("TRưÊ"), which makes it neither a name nor part of the entry.
        var record = Support.Extract.Text(PartyOcrTextTests.Nq34Head + """
            6. Văn phòng Tỉnh ủy phối hợp theo dõi, đôn đốc thực hiện Nghị quyết;
            tông hợp tình hình báo cáo Thường trực, Ban Thường vụ Tỉnh ủy.

            Nơi nhân: T/M BAN THƯỜNG VỤ
            - Các đ/c Ủy viên BTV Tỉnh ủy, S Í THƯ THƯỜNG TRưÊ

            - Các Đảng ủy trực thuộc Tỉnh ủy, `

            - Các cơ quan tham mưu, giúp việc Tỉnh ủy,
            - Lãnh đạo Văn phòng Tỉnh ủy,

            - Chuyên viên P.TH - VPTU,

            - Lưu Văn phòng Tình ủy.

            Hoàng Giang
            """, "NQ-34.txt").Document;

        Assert.Equal("Các đ/c Ủy viên BTV Tỉnh ủy", record.Recipients[0].Name);
        Assert.Equal("S Í THƯ THƯỜNG TRưÊ", record.Signer?.Position, ignoreCase: true);
        Assert.Equal("Hoàng Giang", record.Signer?.Name);
        Assert.Equal(5, record.Recipients.Count);
    }
}
