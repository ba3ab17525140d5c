using Pipeline.Roles;
using Pipeline.Tests.Support;
using Pipeline.Values;

namespace Pipeline.Tests.Rules;

/// <summary>Số/ký hiệu and place-date lines in the forms real documents print them.</summary>
public class ReferenceAndDateTests
{
    [Theory]
    [InlineData("Số: 194/TB-UBND", "194", "TB-UBND", "194/TB-UBND")]          // seed 004
    [InlineData("Số 600 - TB/TU", "600", "TB/TU", "600-TB/TU")]               // seed 002, Party style
    [InlineData("Số: 1894 /TB-SCT", "1894", "TB-SCT", "1894/TB-SCT")]          // text/03
    [InlineData("Số: /TB-VPUBND", null, "TB-VPUBND", "/TB-VPUBND")]           // seed 001, number left blank
    [InlineData("Số: 12/2025/NQ-HĐND", "12", "2025/NQ-HĐND", "12/2025/NQ-HĐND")] // text/06
    [InlineData("Số: 4280 /SCT - CN", "4280", "SCT-CN", "4280/SCT-CN")]         // pdf CV-4280
    [InlineData("Số: 66.12/2026/NQ-CP", "66.12", "2026/NQ-CP", "66.12/2026/NQ-CP")] // html NQ-66.12, a numbered series
    // Handwritten numbers OCR read as marks (dev scans QĐ-2336 and QĐ-2338, lines as `pipeline ocr` reads them):
    // the number is unknown, the printed symbol stands; a Party-style slot with its type code keeps its number.
    [InlineData("Số: d9 3§ /QĐ-UBND", null, "QĐ-UBND", "/QĐ-UBND")]
    [InlineData("Số: 4Ÿ /QĐ-UBND", null, "QĐ-UBND", "/QĐ-UBND")]
    [InlineData("Số: Z32Ø/BTC-QLCS", null, "BTC-QLCS", "/BTC-QLCS")]            // text/CV-8388 (dev), Tesseract text layer
    [InlineData("Số 05-QĐ/TU", "05", "QĐ/TU", "05-QĐ/TU")]
    [InlineData("Số: 12a/TB-UBND", "12a", "TB-UBND", "12a/TB-UBND")]
    public void Reference_lines_parse_into_number_symbol_and_reference(string line, string? number, string symbol, string reference)
    {
        var record = Extract.Text($"{line}\n\nHà Nội, ngày 28 tháng 4 năm 2026\n\nTHÔNG BÁO\nVề việc treo cờ Tổ quốc\n\nNội dung.\n");
        Assert.Equal(number, record.Document.Number);
        Assert.Equal(symbol, record.Document.Symbol);
        Assert.Equal(reference, record.Document.Reference);
    }

    [Theory]
    [InlineData("Hương Sơn, ngày 13 tháng 9 năm 2023", "Hương Sơn", "2023-09-13")] // seed 004
    [InlineData("Hung Yên, ngày tháng 5 năm 2023", "Hưng Yên", "2023-05")]       // seed 001: blank day, OCR-damaged place
    [InlineData("Hà Nội, ngày tháng năm 2026", "Hà Nội", "2026")]                // text/19
    [InlineData("Hà Nội, ngày tháng năm", "Hà Nội", null)]                       // text/04
    [InlineData("Lào Cai, ngày 10 tháng 01năm 2026", "Lào Cai", "2026-01-10")]    // pdf CV-UBND: glued words
    // markdown CV-4451 and CV-4489 (dev, OCR of signed PDFs; the line after the reference is split off): the month read past 12 is unknown with its day
    [InlineData("Hà Nội, ngày 29 tháng 44 năm 2022", "Hà Nội", "2022")]
    [InlineData("Hà Nội, ngày ñ| tháng 42 năm 2022", "Hà Nội", "2022")]
    // pdf QĐ-1696 (dev, image-only, `pipeline roles`): a stroke beside the handwritten month read as a second number
    [InlineData("Lào Cai, ngày 15 tháng 5 4 năm 2026", "Lào Cai", "2026")]
    public void Place_date_lines_give_place_and_partial_iso_date(string line, string place, string? date)
    {
        var (p, d) = new PlaceDateParser(Extract.Vocab).Parse(line);
        Assert.Equal(place, p);
        Assert.Equal(date, d?.ToString());
    }

    [Fact]
    public void A_place_date_whose_italics_a_converter_closed_before_the_month_is_one_line()
    {
        // dev markdown-table CT-13/CT-TTg, the header rows as the converter wrote them: the cell splits at the second
        // italic run into "Hà Nội, ngày 02 tháng" and "5 năm 2024".
        var record = Extract.Text(
            "| THỦ TƯỚNG CHÍNH PHỦ ------- | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc  --------------- |\n" +
            "| --- | --- |\n" +
            "| Số: 13/CT-TTg | *Hà Nội, ngày 02 tháng* *5 năm 2024* |\n" +
            "CHỈ THỊ\nVỀ TĂNG CƯỜNG CÔNG TÁC QUẢN LÝ TÍN CHỈ CÁC-BON\n\nNội dung.\n", "sample.md");
        Assert.Equal("Hà Nội", record.Document.Place);
        Assert.Equal("2024-05-02", record.Document.IssuedDate);
        // A month with no year after it is no such rest: the line below stays body text.
        Assert.False(LinePatterns.IsSplitPlaceDate("Hà Nội, ngày 02 tháng", "5 đơn vị được giao"));
    }

    [Fact]
    public void The_issue_date_is_the_date_line_not_a_meeting_date_in_the_body()
    {
        var record = Extract.File("seeds", "004_2f2804abc48cfa00.txt");
        Assert.Equal("2023-09-13", record.Document.IssuedDate); // the body opens "Ngày 11 tháng 9 năm 2023, …"
    }

    [Fact]
    public void Impossible_dates_are_rejected()
    {
        Assert.Null(PartialDate.TryCreate(2023, 2, 30));
        Assert.Null(PartialDate.TryCreate(2023, 13, null));
        Assert.Equal("2024-02-29", PartialDate.TryCreate(2024, 2, 29).ToString());
    }

    [Fact]
    public void A_symbol_run_onto_the_place_date_line_stays_with_its_number()
    {
        // markdown/CT-299-TTg-1980 (a portal's text scrape): "Số:" alone, then "299/TTg Hà Nội, ngày … CHỈ THỊ …".
        var record = Extract.Text(
            "PHỦ THỦ TƯỚNG ----- CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập – Tự do – Hạnh phúc -------\n" +
            "Số:\n" +
            "299/TTg Hà Nội, ngày 10 tháng 11 năm 1980 CHỈ THỊ VỀ CÔNG TÁC ĐO ĐẠC, PHÂN HẠNG VÀ ĐĂNG KÝ RUỘNG ĐẤT TRONG CẢ NƯỚC\n" +
            "Ngày 24 tháng 6 năm 1977 Hội đồng Chính phủ đã ra Quyết định số 169-CP về công tác điều tra và thống kê tình hình cơ bản về ruộng đất trong cả nước. Thực hiện q\n" +
            "");

        Assert.Equal(("299", "TTg", "299/TTg"), (record.Document.Number, record.Document.Symbol, record.Document.Reference));
        Assert.Equal("Hà Nội", record.Document.Place);
        Assert.Equal("1980-11-10", record.Document.IssuedDate);
    }

    [Fact]
    public void A_place_date_wrapped_before_its_year_takes_the_year_on_the_next_line()
    {
        // corpus/html/NQ-87-2025-UBTVQH15-dieuchinh-CTLP-2025.html printed by Chromium, page 1 rasterised at 200 dpi and
        // read by our OCR (scripts/rerender-ocr.sh): the portal's narrow header column wraps the place-date before "2025".
        var record = Extract.Text("""
            ỦY BAN THƯỜNG VỤ
            QUỐC HỘI

            Nghị quyết số: 87/2025/UBTVQH15
            CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
            Độc lập - Tự do - Hạnh phúc

            Hà Nội, ngày 10 tháng 7 năm
            2025

            NGHỊ QUYẾT
            ĐIỀU CHỈNH CHƯƠNG TRÌNH LẬP PHÁP NĂM 2025
            """).Document;
        Assert.Equal("2025-07-10", record.IssuedDate);
        Assert.Equal("Hà Nội", record.Place);
        Assert.False(LinePatterns.IsYearRest("Hà Nội, ngày 10 tháng 7 năm 2025", "2025"));   // the year already printed
        Assert.False(LinePatterns.IsYearRest("Hà Nội, ngày 10 tháng 7 năm", "2025 và các năm tiếp theo"));
    }
}

/// <summary>The Quốc hội and its Standing Committee print the type word before "số:".</summary>
public class TypedNumberLineTests
{
    [Fact]
    public void A_standing_committee_resolution_numbered_after_its_type_word()
    {
        // NQ-87/2025/UBTVQH15 (dev, HTML).
        var record = Support.Extract.Text("""
            ỦY BAN THƯỜNG VỤ
            QUỐC HỘI
            Nghị quyết số: 87/2025/UBTVQH15
            CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
            Độc lập - Tự do - Hạnh phúc
            Hà Nội, ngày 10 tháng 7 năm 2025
            NGHỊ QUYẾT
            ĐIỀU CHỈNH CHƯƠNG TRÌNH LẬP PHÁP NĂM 2025
            ỦY BAN THƯỜNG VỤ QUỐC HỘI
            Căn cứ Hiến pháp nước Cộng hòa xã hội chủ nghĩa Việt Nam đã được sửa đổi, bổ sung một số điều theo Nghị quyết số 203/2025/QH15;
            """).Document;
        Assert.Equal("87/2025/UBTVQH15", record.Reference);
        Assert.Equal("87", record.Number);
        Assert.Equal("Ủy ban Thường vụ Quốc hội", record.Issuer);
    }

    [Fact]
    public void The_typed_number_label_on_its_own_line_takes_the_reference_below_it()
    {
        // NQ-132/2020/QH14 (dev, text scrape): "Nghị quyết số:" over "132/2020/QH14".
        var record = Support.Extract.Text("""
            QUỐC HỘI
            CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
            Độc lập - Tự do - Hạnh phúc
            Nghị quyết số:
            132/2020/QH14
            Hà Nội, ngày 17 tháng 11 năm 2020
            NGHỊ QUYẾT
            THÍ ĐIỂM MỘT SỐ CHÍNH SÁCH ĐỂ THÁO GỠ VƯỚNG MẮC, TỒN ĐỌNG TRONG QUẢN LÝ, SỬ DỤNG ĐẤT QUỐC PHÒNG, AN NINH
            Căn cứ Hiến pháp nước Cộng hòa xã hội chủ nghĩa Việt Nam;
            """).Document;
        Assert.Equal("132/2020/QH14", record.Reference);
        Assert.Equal("Quốc hội", record.Issuer);
    }

    [Fact]
    public void A_body_line_citing_a_resolution_by_number_is_not_the_number_line()
    {
        var recognizer = Support.Extract.Recognizer;
        Assert.Equal("Số: 87/2025/UBTVQH15", recognizer.AsNumberLine("Nghị quyết số: 87/2025/UBTVQH15"));
        var citing = "Nghị quyết số 57-NQ/TW ngày 22 tháng 12 năm 2024 của Bộ Chính trị";
        Assert.Equal(citing, recognizer.AsNumberLine(citing));
    }
}
