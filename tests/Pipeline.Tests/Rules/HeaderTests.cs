using Pipeline.Tests.Support;

namespace Pipeline.Tests.Rules;

/// <summary>Issuer, type, title and V/v lines from real headers.</summary>
public class HeaderTests
{
    /// <summary>QĐ-2338/QĐ-UBND Lào Cai (dev scan): the header down to its type line, as `pipeline ocr` reads it.</summary>
    internal const string Qd2338Header = """
            ỦY BAN NHÂN DÂN
            TỈNH LÀO CAI
            CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
            Độc lập - Tự do - Hạnh phúc
            Số: 4Ÿ /QĐ-UBND
            Lào Cai, ngày 03 tháng } năm 2026
            QUYẾT: ĐỊNH CHẤP THUẬN CHỦ TRƯƠNG ĐẦU TƯ
            ĐỒNG THỜI CHẤP THUẬN NHÀ ĐẦU TƯ
            """ + "\n";

    [Fact]
    public void Issuer_lines_join_a_body_and_its_level_and_place()
    {
        var record = Extract.File("text", "04_TB-453-TB-UBND_HaNoi_treoco_p1.txt");
        Assert.Equal("Ủy ban nhân dân thành phố Hà Nội", record.Document.Issuer);
        Assert.Equal("TB", record.Document.Type!.Code);
        Assert.Equal("Về việc treo cờ Tổ quốc", record.Document.Title);
        Assert.Null(record.Document.Number);
        Assert.Null(record.Document.IssuedDate);
    }

    [Fact]
    public void The_issuer_is_the_lower_body_under_a_superior_one_in_a_two_column_header()
    {
        var record = Extract.File("text", "03_TB-1894-TB-SCT_LaoCai_ketqua_kiemtra.txt");
        Assert.Equal("Sở Công Thương", record.Document.Issuer);
        Assert.Equal("1894/TB-SCT", record.Document.Reference);
        Assert.Equal("Lào Cai", record.Document.Place);
        Assert.Equal("2026-04-09", record.Document.IssuedDate);
    }

    [Fact]
    public void A_letter_is_a_cong_van_titled_by_its_V_v_line_wrapped_in_the_left_column()
    {
        var record = Extract.File("text", "13_CV-5973-UBND-KT_LaoCai_khoangsan.txt");
        Assert.Equal("CV", record.Document.Type!.Code);
        Assert.Equal("tăng cường công tác quản lý, thanh tra, kiểm tra hoạt động khoáng sản trên địa bàn tỉnh Lào Cai", record.Document.Title);
        Assert.Equal("Ủy ban nhân dân tỉnh Lào Cai", record.Document.Issuer);
        Assert.Contains("Công an tỉnh", record.Document.Addressees);
    }

    [Fact]
    public void A_V_v_line_under_a_type_word_stays_in_the_title_as_printed()
    {
        // TB-1135/TB-BTP (dev screenshot), the lines `pipeline ocr` reads: a THÔNG BÁO whose trích yếu is printed "V/v …".
        var record = Extract.Text("""
            BỘ TƯ PHÁP
            CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM
            Độc lập - Tự do - Hạnh phúc
            Số: 1135/TB-BTP.
            Hà Nội, ngày 09 tháng 04 năm 2015
            THÔNG BÁO
            V/v hoán đổi ngày nghỉ, ngày đi làm bù dịp nghỉ lễ
            Giỗ Tổ Hùng Vương, Ngày Chiến thắng 30/4
            và Quốc tế lao động 01/5
            Kính gửi: Thủ trưởng các đơn vị thuộc Bộ
            """);
        Assert.Equal("TB", record.Document.Type!.Code);
        Assert.Equal("V/v hoán đổi ngày nghỉ, ngày đi làm bù dịp nghỉ lễ Giỗ Tổ Hùng Vương, Ngày Chiến thắng 30/4 và Quốc tế lao động 01/5", record.Document.Title);
        Assert.Equal("Bộ Tư pháp", record.Document.Issuer);
    }

    [Fact]
    public void A_mark_ocr_read_inside_the_type_word_does_not_hide_it()
    {
        // QĐ-2338/QĐ-UBND Lào Cai (dev scan), the header `pipeline ocr` reads: "QUYẾT: ĐỊNH" with the title on its line.
        var record = Extract.Text(Qd2338Header + """
            CHỦ TỊCH UỶ BAN NHÂN DÂN TỈNH LÀO CAI
            Căn cứ Luật Tổ chức chính quyền địa phương số 72/2025/QH15 ngày 16
            """);
        Assert.Equal("QD", record.Document.Type!.Code);
        Assert.Equal("CHẤP THUẬN CHỦ TRƯƠNG ĐẦU TƯ ĐỒNG THỜI CHẤP THUẬN NHÀ ĐẦU TƯ", record.Document.Title);
    }

    [Fact]
    public void Without_a_header_the_issuer_is_derived_from_the_symbol_and_place_and_says_so()
    {
        var record = Extract.File("seeds", "004_2f2804abc48cfa00.txt");
        Assert.Equal("Ủy ban nhân dân huyện Hương Sơn", record.Document.Issuer);
        Assert.Equal("derived", record.Document.IssuerSource);
        Assert.Contains(record.Warnings, w => w.Contains("issuer derived"));
    }

    [Fact]
    public void Without_header_symbol_or_place_the_issuer_is_not_invented()
    {
        var record = Extract.File("seeds", "000_8eb51ea822ccb723.txt");
        Assert.Null(record.Document.Issuer);
        Assert.StartsWith("KẾT LUẬN CỦA BAN THƯỜNG VỤ HUYỆN ỦY", record.Document.Title);
    }

    [Fact]
    public void Markdown_and_html_marks_are_not_text()
    {
        var record = Extract.File("text", "06_NQ-12-2025-NQ-HDND_HaNoi.txt");
        Assert.Equal("12/2025/NQ-HĐND", record.Document.Reference);
        Assert.Equal("2025/NQ-HĐND", record.Document.Symbol);
        Assert.Equal("2025-06-27", record.Document.IssuedDate);
        Assert.Equal("Nguyễn Ngọc Tuấn", record.Document.Signer!.Name);
        Assert.DoesNotContain("<", record.Document.Title);
    }
}

/// <summary>Header cases from documents that have no expected record (text/16, text/29): the rules must hold beyond the evaluated set.</summary>
public class HeaderGeneralisationTests
{
    [Fact]
    public void A_line_starting_with_SO_continues_the_issuer_but_SO_the_department_starts_a_new_body()
    {
        var kh = Extract.File("text", "16_KH-1105-KH-DKT_SCT_LaoCai_kiemtra.txt");
        Assert.Equal("Đoàn kiểm tra theo quyết định số 1050/QĐ-SCT", kh.Document.Issuer);
        Assert.Equal("1105/KH-ĐKT", kh.Document.Reference);

        var cv = Extract.File("text", "29_CV-6795-SNNMT-KS_LaoCai_nghiavu.txt");
        Assert.Equal("Sở Nông nghiệp và Môi trường", cv.Document.Issuer);
    }

    [Fact]
    public void The_V_v_subject_keeps_its_left_column_lines_whatever_words_start_them()
    {
        var cv = Extract.File("text", "29_CV-6795-SNNMT-KS_LaoCai_nghiavu.txt");
        Assert.Equal("thực hiện các quy định của pháp luật sau khi được cấp Giấy phép khai thác khoáng sản", cv.Document.Title);
        Assert.Equal("CV", cv.Document.Type!.Code);
    }
}

/// <summary>
/// An issuing body's name wrapped over header lines is one body, not a superior body and its subordinate. Header
/// lines of corpus/markdown/NQ-1657-NQ-UBTVQH15-sapxep-xa-CaoBang.md and CV-1178-DCK-CTT-BCT-huongdan-CCN (dev).
/// </summary>
public class WrappedIssuerTests
{
    [Theory]
    [InlineData("ỦY BAN THƯỜNG VỤ\nQUỐC HỘI", "Ủy ban Thường vụ Quốc hội")]
    [InlineData("BỘ CÔNG THƯƠNG\nCỤC ĐỔI MỚI SÁNG TẠO,\nCHUYỂN ĐỔI XANH VÀ\nKHUYẾN CÔNG", "Cục Đổi mới sáng tạo, chuyển đổi xanh và Khuyến công")]
    [InlineData("BỘ TÀI CHÍNH\nTỔNG CỤC HẢI QUAN", "Tổng cục Hải quan")]
    public void A_body_wrapped_over_two_lines_is_read_whole(string header, string issuer)
    {
        var record = Support.Extract.Text(header + "\nSố: 1657/NQ-UBTVQH15\nHà Nội, ngày 16 tháng 6 năm 2025\nNGHỊ QUYẾT\nVỀ VIỆC SẮP XẾP CÁC ĐƠN VỊ HÀNH CHÍNH CẤP XÃ\n").Document;

        Assert.Equal(issuer, record.Issuer);
    }
}

/// <summary>
/// An investment decision prints its licensing history in parentheses under the title ("(Cấp lần đầu: Ngày …)"): it is
/// not the trích yếu. Lines as `pipeline ocr` reads corpus/scans/QD-2338-QD-UBND-LaoCai-CTDT-KCN-PhuXuan1-scan.pdf (dev),
/// with OCR's broken mark ("Cáp") and handwritten month ("†").
/// </summary>
public class LicenceHistoryNoteTests
{
    [Fact]
    public void The_licensing_history_under_the_title_is_not_part_of_it()
    {
        var record = Support.Extract.Text(HeaderTests.Qd2338Header + """
            (Cáp lần đầu: Ngày 04 tháng † năm 2026)
            CHỦ TỊCH UỶ BAN NHÂN DÂN TỈNH LÀO CAI
            Căn cứ Luật Tổ chức chính quyền địa phương số 72/2025/QH15 ngày 16
            tháng 6 năm 2025;
            """).Document;

        Assert.Equal("QD", record.Type!.Code);
        Assert.Equal("CHẤP THUẬN CHỦ TRƯƠNG ĐẦU TƯ ĐỒNG THỜI CHẤP THUẬN NHÀ ĐẦU TƯ", record.Title);
    }

    [Fact]
    public void A_parenthesis_that_is_no_licensing_history_stays_in_the_title()
    {
        // QĐ-1878 (dev photo): the parenthesis names the stretch of road and belongs to the trích yếu.
        var record = Support.Extract.Text("""
            ỦY BAN NHÂN DÂN
            THÀNH PHỐ HÀ NỘI
            Số: 1878 /QĐ-UBND
            Hà Nội, ngày 13 tháng 4 năm 2026
            QUYẾT ĐỊNH
            Về việc phê duyệt Phương án, vị trí tuyến đường Quốc lộ 1A, tỷ lệ 1/500
            (đoạn từ nút giao Vành đai 1 - hầm Kim Liên đến nút giao cầu Giẽ).
            UỶ BAN NHÂN DÂN THÀNH PHỐ HÀ NỘI
            Căn cứ Luật Tổ chức Chính quyền địa phương ngày 16/6/2025;
            """).Document;

        Assert.EndsWith("(đoạn từ nút giao Vành đai 1 - hầm Kim Liên đến nút giao cầu Giẽ).", record.Title);
    }
}

/// <summary>Bodies of the state before the 1992 Constitution, in archived documents.</summary>
public class HistoricalIssuerTests
{
    [Fact]
    public void Phu_Thu_tuong_wrapped_over_two_header_lines_is_one_body()
    {
        // CT-299/TTg of 1980 (dev, text scrape of a legal portal).
        var record = Extract.Text("""
            PHỦ
            THỦ TƯỚNG
            CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM
            Độc lập – Tự do – Hạnh phúc
            Số:
            299/TTg
            Hà Nội, ngày 10 tháng 11 năm 1980
            CHỈ THỊ
            VỀ CÔNG TÁC ĐO ĐẠC, PHÂN HẠNG VÀ ĐĂNG KÝ THỐNG KÊ RUỘNG ĐẤT TRONG CẢ NƯỚC
            """).Document;
        Assert.Equal("Phủ Thủ tướng", record.Issuer);
        Assert.Equal("299/TTg", record.Reference);
    }
    [Fact]
    public void With_every_anchor_broken_by_OCR_the_motto_bounds_the_issuer()
    {
        // TB-08/TB-LPQT (dev, a web conversion of a scan's OCR text layer), its lines as committed: front matter and a
        // signature stamp before the header, then an unreadable number, "ngàu … tháng OF" and "THÔNG BẢO". The capitals
        // beside the motto are still the issuer; the received stamp under it ("BO TÀI CHÍNH") is not.
        var record = Extract.Text("""
            ---
            title: "Doc 2024 01 26 TB 08 2612024 BNG Thong bao"
            original_format: "pdf"
            ---

            Kỹ bot: Văn phòng Bộ
            Cổ quan: 28 Tren
            Hane Bao

            Thời

            011022181 t6;62:ss

            BỘ NGOẠI GIAO CONG HOA XÃ HỘI CHỦ NGHĨA VIỆT NAM
            . Độc lập - Tự do - Hạnh phúc
            Số: OTERO TS

            Ha Nội, ngàu 26 tháng OF năm 2021

            BO TÀI CHÍNH
            THÔNG BẢO ae
            pan si AAPL.

            và hiệu lực của điều ước quốc { Ñ Ngày:

            gino trần trọng thông báo:

            Hiệp định đa phương về hỗ trợ hành chính thuế. lâm tại Strasbourg ngày
            25/01/1988, dược sửa déi bởi Nghị định thư sửa đối Hiệp định da phương về hỗ trợ hành
            """, "TB-08.md").Document;
        Assert.Equal("Bộ Ngoại giao", record.Issuer);
    }
}
