using Pipeline.Tests.Support;

namespace Pipeline.Tests.Rules;

/// <summary>Where a trích yếu ends: wrapped lines, blank lines between them, the body right under it.</summary>
public class TitleExtentTests
{
    [Fact]
    public void A_title_line_ending_in_a_comma_goes_on_past_a_blank_line()
    {
        // NQ-66.15/NQ-CP (dev, HTML): every wrapped title line is a paragraph of its own.
        var record = Extract.Text("""
            CHÍNH PHỦ
            Số: 66.15/2026/NQ-CP
            CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
            Độc lập - Tự do - Hạnh phúc
            Hà Nội, ngày 13 tháng 02 năm 2026

            NGHỊ QUYẾT

            VỀ VIỆC BAN HÀNH MỘT SỐ CƠ CHẾ XỬ LÝ KHÓ KHĂN,

            VƯỚNG MẮC DO QUY ĐỊNH CỦA PHÁP LUẬT VỀ PHÁT TRIỂN NHÀ Ở XÃ HỘI

            Căn cứ Luật Tổ chức Chính phủ số 63/2025/QH15;
            """);
        Assert.Equal("VỀ VIỆC BAN HÀNH MỘT SỐ CƠ CHẾ XỬ LÝ KHÓ KHĂN, VƯỚNG MẮC DO QUY ĐỊNH CỦA PHÁP LUẬT VỀ PHÁT TRIỂN NHÀ Ở XÃ HỘI", record.Document.Title);
    }

    [Fact]
    public void Lines_starting_in_lower_case_continue_the_title_across_blank_lines()
    {
        // QĐ-23/2025/QĐ-TTg (dev, HTML).
        var record = Extract.Text("""
            THỦ TƯỚNG CHÍNH PHỦ
            Số: 23/2025/QĐ-TTg
            CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
            Độc lập - Tự do - Hạnh phúc
            Hà Nội, ngày 14 tháng 7 năm 2025

            QUYẾT ĐỊNH

            Ban hành Quy chế hoạt động của Hội đồng thẩm định độc lập

            theo quy định của Nghị quyết số 206/2025/QH15 về cơ chế đặc biệt

            xử lý khó khăn, vướng mắc do quy định của pháp luật

            Căn cứ Luật Tổ chức Chính phủ số 63/2025/QH15;
            """);
        Assert.Equal("Ban hành Quy chế hoạt động của Hội đồng thẩm định độc lập theo quy định của Nghị quyết số 206/2025/QH15 về cơ chế đặc biệt xử lý khó khăn, vướng mắc do quy định của pháp luật", record.Document.Title);
    }

    [Fact]
    public void A_wrapped_title_line_that_opens_like_a_preamble_in_lower_case_is_still_the_title()
    {
        // QĐ-1696/QĐ-UBND (dev, PDF): "thực hiện …" wraps the trích yếu; "Thực hiện …" would open the body.
        var record = Extract.Text("""
            ỦY BAN NHÂN DÂN
            TỈNH LÀO CAI
            Số: 1696 /QĐ-UBND
            CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
            Độc lập - Tự do - Hạnh phúc
            Lào Cai, ngày 15 tháng 5 năm 2026
            QUYẾT ĐỊNH
            Về việc ủy quyền cho Giám đốc Sở Công Thương
            thực hiện một số nhiệm vụ, quyền hạn của UBND tỉnh trong
            lĩnh vực an toàn vệ sinh lao động và vận chuyển hàng hóa
            nguy hiểm trên địa bàn tỉnh Lào Cai

            ỦY BAN NHÂN DÂN TỈNH LÀO CAI

            Căn cứ Luật Tổ chức chính quyền địa phương ngày 16/6/2025;
            """);
        Assert.Equal("Về việc ủy quyền cho Giám đốc Sở Công Thương thực hiện một số nhiệm vụ, quyền hạn của UBND tỉnh trong lĩnh vực an toàn vệ sinh lao động và vận chuyển hàng hóa nguy hiểm trên địa bàn tỉnh Lào Cai", record.Document.Title);
    }

    [Fact]
    public void A_sentence_right_under_a_title_in_capitals_opens_the_body()
    {
        // CT-07/CT-TTg (dev, Word): no blank line between the trích yếu and the first paragraph.
        var record = Extract.Text("""
            THỦ TƯỚNG CHÍNH PHỦ
            Số: 07/CT-TTg
            CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
            Độc lập - Tự do - Hạnh phúc
            Hà Nội, ngày 02 tháng 03 năm 2012
            CHỈ THỊ
            VỀ VIỆC CHẤN CHỈNH CÔNG TÁC QUẢN LÝ VÀ NÂNG CAO HIỆU QUẢ HOẠT ĐỘNG CỦA CÁC KHU KINH TẾ, KHU CÔNG NGHIỆP, CỤM CÔNG NGHIỆP
            Trong thời gian qua, các khu kinh tế ven biển, khu kinh tế cửa khẩu (KKT), khu công nghiệp (KCN), cụm công nghiệp (CCN) đã góp phần hiện đại hóa hệ thống kết cấu hạ tầng.
            1. Bộ Kế hoạch và Đầu tư:
            """);
        Assert.Equal("VỀ VIỆC CHẤN CHỈNH CÔNG TÁC QUẢN LÝ VÀ NÂNG CAO HIỆU QUẢ HOẠT ĐỘNG CỦA CÁC KHU KINH TẾ, KHU CÔNG NGHIỆP, CỤM CÔNG NGHIỆP", record.Document.Title);
    }

    // KH-SCT Lào Cai 2026 (dev, Word): the header above "KẾ HOẠCH".
    private static Records.DocumentInfo Plan(string underTypeWord) => Extract.Text($"""
        UBND TỈNH LÀO CAI
        SỞ CÔNG THƯƠNG
        Số: /KH-SCT
        CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM
        Độc lập - Tự do - Hạnh phúc
        Lào Cai, ngày tháng 4 năm 2026
        KẾ HOẠCH
        {underTypeWord}
        """).Document;

    [Fact]
    public void A_plan_titled_by_a_phrase_that_opens_like_a_body_line_keeps_it_as_its_title()
    {
        // "KẾ HOẠCH / Thực hiện Đề án số 08 …"; the body's first sentence under it ends with a stop.
        var record = Plan("""
            Thực hiện Đề án số 08 về phát triển công nghiệp tỉnh Lào Cai
            theo hướng xanh, hiện đại giai đoạn 2026-2030
            (Ban hành kèm theo Nghị quyết số 35-NQ/TU ngày 29/12/2025 của Tỉnh ủy Lào Cai)

            Căn cứ Nghị quyết số 35-NQ/TU ngày 29/12/2025 của Tỉnh ủy Lào Cai về phát triển công nghiệp tỉnh Lào Cai;
            """);
        Assert.Equal("Thực hiện Đề án số 08 về phát triển công nghiệp tỉnh Lào Cai theo hướng xanh, hiện đại giai đoạn 2026-2030 (Ban hành kèm theo Nghị quyết số 35-NQ/TU ngày 29/12/2025 của Tỉnh ủy Lào Cai)", record.Title);

        // The same opening as a sentence is the body: no title.
        var body = Plan("""
            Thực hiện Nghị quyết số 35-NQ/TU ngày 29/12/2025 của Tỉnh ủy Lào Cai, Sở Công Thương xây dựng Kế hoạch như sau:
            I. MỤC ĐÍCH, YÊU CẦU
            """);
        Assert.Null(body.Title);
    }

    // NQ-57-NQ/TW (dev, markdown): Hướng dẫn 36-HD/VPTW prints "NGHỊ QUYẾT / CỦA BỘ CHÍNH TRỊ / về …".
    private static Records.DocumentInfo PartyResolution(string underTypeWord) => Extract.Text($"""
        BAN CHẤP HÀNH TRUNG ƯƠNG
        ĐẢNG CỘNG SẢN VIỆT NAM

        Số 57-NQ/TW
        Hà Nội, ngày 22 tháng 12 năm 2024

        NGHỊ QUYẾT

        CỦA BỘ CHÍNH TRỊ
        {underTypeWord}
        """, "sample.md").Document;

    [Fact]
    public void The_body_adopting_a_Party_resolution_is_part_of_its_type_heading_not_its_title()
    {
        var record = PartyResolution("""
            về đột phá phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số quốc gia

            Phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số đang là yếu tố quyết định phát triển.
            """);
        Assert.Equal("NQ", record.Type!.Code);
        Assert.Equal("về đột phá phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số quốc gia", record.Title);
    }

    [Fact]
    public void A_qualifier_line_with_no_title_under_it_stays_the_title()
    {
        // The same heading with the body right below: the line is all the trích yếu there is, so it is kept.
        Assert.Equal("CỦA BỘ CHÍNH TRỊ", PartyResolution("\nCăn cứ Điều lệ Đảng;").Title);
    }
}

/// <summary>Letters a font put in a PDF's text layer in place of the ones the page shows.</summary>
public class PrintedLetterTests
{
    [Fact]
    public void A_text_layer_writing_u_horn_as_latin_oi_reads_as_printed()
    {
        // CV-1178/ĐCK-CTT (dev, PDF): pdftotext gives "hƣớng dẫn", "Lƣu: VT, CTT. Phunt".
        var record = Extract.File("pdf", "CV-1178-DCK-CTT-BCT-huongdan-CCN.pdf");
        Assert.Equal("hướng dẫn về công tác quản lý, phát triển cụm công nghiệp theo địa giới hành chính mới", record.Document.Title);
        Assert.Equal("VT, CTT. Phunt", record.Document.Archive);
        Assert.Equal("Phương Ưng", Text.VnText.PrintedLetters("Phƣơng Ƣng"));
    }
}
