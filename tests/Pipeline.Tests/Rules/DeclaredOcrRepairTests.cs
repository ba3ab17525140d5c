using Pipeline.Tests.Support;
using Pipeline.Vocabulary;

namespace Pipeline.Tests.Rules;

/// <summary>
/// A text file whose converter declares it an OCR output ("[OCR] [Bản trích chữ tự động bằng tesseract …]") is recognised
/// text: its issuer and archive are repaired against the closed vocabularies like a scan's, while the same lines typed
/// keep their printed form. Lines from corpus/text/NQ-34-NQ-TU-LaoCai-phattrien-KCN-CCN-OCR.txt (header and foot of
/// page 1 and 5) and CTr-31-CTr-TW-BoChinhTri-thuchien-KL-75-OCR.txt (header).
/// </summary>
public class DeclaredOcrRepairTests
{
    private static readonly Vocab V = Extract.Vocab;

    private const string OcrNote =
        "[OCR] [Bản trích chữ tự động bằng tesseract tiếng Việt từ bản quét NQ-34-NQ-TU-27-12-2025.pdf — 5 trang. Có thể sai số, ngày, dấu; số/ngày phải đối chiếu bản gốc trên GitHub trước khi trích dẫn.]\n\n";

    private const string Nq34 = """
        TÍNH ỦY LÀO CAI ĐÁNG CỘNG SẢN VIỆT NAM

        *

        Số 34 -NQ/TU Lào Cai, ngày 27 tháng 12 năm 2025

        NGHỊ QUYẾT
        CỦA BAN THƯỜNG VỤ TỈNH ỦY
        về phát triển các khu công nghiệp, cụm công nghiệp

        Trong những năm qua, ngành công nghiệp tỉnh Lào Cai được quan tâm
        lãnh đạo, chỉ đạo và đạt nhiều kết quả quan trọng.

        6. Văn phòng Tỉnh ủy phối hợp theo dõi, đôn đốc thực hiện Nghị quyết;
        tông hợp tình hình báo cáo Thường trực, Ban Thường vụ Tỉnh ủy.

        Nơi nhân: T/M BAN THƯỜNG VỤ
        - Các đ/c Ủy viên BTV Tỉnh ủy, S Í THƯ THƯỜNG TRưÊ

        - Các Đảng ủy trực thuộc Tỉnh ủy, `

        - Lãnh đạo Văn phòng Tỉnh ủy,

        - Lưu Văn phòng Tình ủy.

        Hoàng Giang
        """;

    [Fact]
    public void A_declared_ocr_text_has_its_party_committee_and_archive_repaired()
    {
        var record = Extract.Text(OcrNote + Nq34);
        Assert.Equal("Tỉnh ủy Lào Cai", record.Document.Issuer);
        Assert.Equal("Văn phòng Tỉnh ủy", record.Document.Archive);
        Assert.Contains(record.Warnings, w => w.Contains("issuer repaired from the vocabulary"));
        Assert.True(record.Document.FieldConfidence!["issuer"] < 1);
        // Too far from any position to place: kept as printed.
        Assert.Equal("S í thư thường trưê", record.Document.Signer?.Position, ignoreCase: true);
    }

    [Fact]
    public void The_same_lines_typed_keep_their_printed_form()
    {
        var record = Extract.Text(Nq34);
        Assert.Equal("Tính ủy lào cai", record.Document.Issuer, ignoreCase: true);
        Assert.Equal("Văn phòng Tình ủy", record.Document.Archive);
    }

    [Fact]
    public void A_body_whose_marks_ocr_doubled_is_the_body()
    {
        var record = Extract.Text("""
            [OCR] [Bản trích chữ tự động bằng tesseract tiếng Việt từ bản quét CTr-31-CTr-TW-28-7-2026-Bo-Chinh-tri-thuc-hien-KL-75.pdf — 22 trang.]

            ===== Trang 1 =====
            BAN CHẮÁP HÀNH TRUNG ƯƠNG ĐẢNG CỘNG SẢN VIỆT NAM
            *
            Số 31-CTr/TW Hà Nội, ngày 28 tháng 7 năm 2026

            CHƯƠNG TRÌNH HÀNH ĐỘNG
            CUA BỘ CHÍNH TRỊ
            """);
        Assert.Equal("Ban Chấp hành Trung ương", record.Document.Issuer);
    }

    [Theory]
    [InlineData("Văn phòng Tình ủy", "Văn phòng Tỉnh ủy")]
    [InlineData("VT, Văn phòng Tình ủy.", "VT, Văn phòng Tỉnh ủy.")]
    public void A_body_inside_an_archive_is_repaired_when_its_folded_letters_are_the_entrys(string printed, string repaired) =>
        Assert.Equal(repaired, V.BodyVocabulary.RepairWithin(printed));

    [Theory]
    [InlineData("Văn phòng Tỉnh ủy")]      // right already
    [InlineData("VT, KHCN")]                // abbreviations: no body of two words
    [InlineData("VT, Tình")]                // a single word is never repaired inside a value
    public void An_archive_with_no_damaged_body_is_kept(string printed) =>
        Assert.Null(V.BodyVocabulary.RepairWithin(printed));
}
