using Pipeline.Tests.Support;
using Pipeline.Sources;
using Pipeline.Sources.Blocks;
using Pipeline.Sources.Html;
using Pipeline.Sources.Text;

namespace Pipeline.Tests.Sources;

/// <summary>
/// One block model for every rendering: markdown pipe rows, pandoc grid and multiline tables and HTML layout
/// tables all hand the line stage the printed lines of each cell, left column then right. Lines are real lines
/// of dev documents in corpus/markdown and corpus/html.
/// </summary>
public class BlockModelTests
{
    private static readonly CellLines Cells = new(Extract.Vocab);

    [Fact]
    public void A_foot_row_holding_Noi_nhan_and_the_signature_is_split_into_entries_formulas_position_and_name()
    {
        // corpus/markdown/CV-683-BTC-CST-thue-GTGT-tinchi.txt, the last table row.
        var left = Cells.Split("*Nơi nhận:* - Như trên; - Lãnh đạo (để b/c); - Cục thuế; Vụ PC ; cục HQ; Cục TK. - Lưu VT, CST(GTGT) (04b).");
        var right = Cells.Split("TL. BỘ TRƯỞNG KT. CỤC TRƯỞNG CỤC QUẢN LÝ, GIÁM SÁT CHÍNH SÁCH THUẾ, PHÍ VÀ LỆ PHÍ PHÓ CỤC TRƯỞNG     Lưu Đức Huy");

        Assert.Equal(["*Nơi nhận:*", "- Như trên;", "- Lãnh đạo (để b/c);", "- Cục thuế; Vụ PC ; cục HQ; Cục TK.", "- Lưu VT, CST(GTGT) (04b)."], left);
        Assert.Equal(["TL. BỘ TRƯỞNG", "KT. CỤC TRƯỞNG CỤC QUẢN LÝ, GIÁM SÁT CHÍNH SÁCH THUẾ, PHÍ VÀ LỆ PHÍ", "PHÓ CỤC TRƯỞNG", "Lưu Đức Huy"], right);
    }

    [Fact]
    public void The_blanks_left_for_a_handwritten_number_and_date_are_not_column_breaks()
    {
        // corpus/word/TB-SCT-CN-2025-LaoCai-thamdinh-SanBang.doc (dev) as antiword prints its third header row.
        Assert.Equal(["Số:            /SCT-CN"], Cells.Split("Số:            /SCT-CN  "));
        Assert.Equal(["Lào Cai, ngày         tháng       năm 2025"], Cells.Split(" Lào Cai, ngày         tháng       năm 2025"));
        // A wide gap elsewhere still parts a signature's position from the name (CV-683's foot).
        Assert.Equal(["PHÓ CỤC TRƯỞNG", "Lưu Đức Huy"], Cells.Split("PHÓ CỤC TRƯỞNG     Lưu Đức Huy"));
    }

    [Fact]
    public void Header_rows_give_the_issuer_the_motto_the_number_the_V_v_line_and_the_place_date_their_own_lines()
    {
        // corpus/markdown/CV-683-BTC-CST-thue-GTGT-tinchi.txt, rows 1 and 3.
        Assert.Equal(["BỘ TÀI CHÍNH"], Cells.Split("BỘ TÀI CHÍNH -------"));
        Assert.Equal(["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc"],
            Cells.Split("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc  ---------------"));
        Assert.Equal(["Số: 683/BTC-CST", "*V/v chính sách thuế giá trị gia tăng đối với giao dịch chuyển nhượng tín chỉ các-bon VERs*"],
            Cells.Split("Số: 683/BTC-CST *V/v chính sách thuế giá trị gia tăng đối với giao dịch chuyển nhượng tín chỉ các-bon VERs*"));
    }

    [Fact]
    public void A_signature_that_is_only_a_position_stays_one_line()
    {
        // corpus/html/QD-44-2025-QD-TTg-baibo-VBQPPL.html: "KT. THỦ TƯỚNG" / "PHÓ THỦ TƯỚNG" in separate paragraphs.
        Assert.Equal(["PHÓ THỦ TƯỚNG"], Cells.Split("PHÓ THỦ TƯỚNG"));
        Assert.Equal(["KT. THỦ TƯỚNG", "PHÓ THỦ TƯỚNG", "Hồ Quốc Dũng"], Cells.Split("KT. THỦ TƯỚNG PHÓ THỦ TƯỚNG Hồ Quốc Dũng"));
    }

    [Fact]
    public void Body_sentences_in_a_cell_are_not_split()
    {
        const string sentence = "Bộ Tài chính trả lời Công ty để biết./.";
        Assert.Equal([sentence], Cells.Split(sentence));
    }

    [Fact]
    public void Markdown_pipe_rows_of_CV_683_read_as_two_column_blocks()
    {
        var doc = new TextFileReader(Extract.Vocab).Read(Corpus.Load("markdown/CV-683-BTC-CST-thue-GTGT-tinchi.txt"));
        var lines = doc.Lines.ToList();

        Assert.Contains(lines, l => l.Text == "BỘ TÀI CHÍNH" && l.Column == Column.Left);
        Assert.Contains(lines, l => l.Text == "Số: 683/BTC-CST" && l.Column == Column.Left);
        Assert.Contains(lines, l => l.Text == "Hà Nội, ngày 19 tháng 01 năm 2026" && l.Column == Column.Right);
        Assert.Contains(lines, l => l.Text == "- Lãnh đạo (để b/c);" && l.Column == Column.Left);
        Assert.Contains(lines, l => l.Text == "Lưu Đức Huy" && l.Column == Column.Right);
    }

    [Fact]
    public void Pandoc_grid_and_multiline_tables_of_NQ_1657_read_as_blocks_with_wrapped_entries_joined()
    {
        var doc = new TextFileReader(Extract.Vocab).Read(Corpus.Load("markdown/NQ-1657-NQ-UBTVQH15-sapxep-xa-CaoBang.md"));
        var lines = doc.Lines.ToList();

        Assert.Contains(lines, l => l.Text == "Số: 1657/NQ-UBTVQH15" && l.Column == Column.Left);
        Assert.Contains(lines, l => l.Text == "Hà Nội, ngày 16 tháng 6 năm 2025" && l.Column == Column.Right);
        Assert.Contains(lines, l => l.Text == "- Ủy ban TW Mặt trận Tổ quốc Việt Nam;" && l.Column == Column.Left);
        Assert.Contains(lines, l => l.Text == "TM. ỦY BAN THƯỜNG VỤ QUỐC HỘI" && l.Column == Column.Right);
        Assert.Contains(lines, l => l.Text == "Trần Thanh Mẫn" && l.Column == Column.Right);
        // Pandoc wrapped the Căn cứ paragraph at 72 columns; it is one line again.
        Assert.Contains(lines, l => l.Text.StartsWith("Căn cứ Nghị quyết số 76/2025/UBTVQH15 ngày 14 tháng 4 năm 2025 của Ủy ban Thường vụ Quốc hội", StringComparison.Ordinal));
    }

    [Fact]
    public void The_vbpl_page_of_QD_44_is_read_from_its_body_container_with_its_foot_in_columns()
    {
        var doc = new HtmlReader(Extract.Vocab).Read(Corpus.Load("html/QD-44-2025-QD-TTg-baibo-VBQPPL.html"));
        var lines = doc.Lines.Where(l => !l.IsBlank).ToList();

        Assert.Equal("THỦ TƯỚNG CHÍNH PHỦ", lines[0].Text);
        Assert.Equal(Column.Left, lines[0].Column);
        Assert.Contains(lines, l => l.Text == "Số: 44 /2025/QĐ-TTg" && l.Column == Column.Left);
        Assert.Contains(lines, l => l.Text == "Hà Nội, ngày 01 tháng 12 năm 2025" && l.Column == Column.Right);
        Assert.Contains(lines, l => l.Text == "Nơi nhận:" && l.Column == Column.Left);
        Assert.Contains(lines, l => l.Text == "- Lưu: VT, PL (2)." && l.Column == Column.Left);
        Assert.Contains(lines, l => l.Text == "PHÓ THỦ TƯỚNG" && l.Column == Column.Right);
        Assert.Contains(lines, l => l.Text == "Hồ Quốc Dũng" && l.Column == Column.Right);
        // Site chrome (tabs, menus) is not read.
        Assert.DoesNotContain(lines, l => l.Text.Contains("Lược đồ") || l.Text.Contains("Tải về"));
    }

    [Fact]
    public void A_scrape_s_page_title_run_onto_the_issuer_line_is_a_line_of_its_own()
    {
        // corpus/markdown/CV-384-BYT-KCB-cap-CCHN-GPHD.txt and CV-296-BHXH-CSYT-dieu22-BHYT.txt, first lines: the portal's
        // title sentence, then the issuer printed above the rule.
        Assert.Equal(["Công văn 384/BYT-KCB năm 2014 cấp chứng chỉ hành nghề và giấy phép hoạt động khám, chữa bệnh theo quy định của Luật khám bệnh, chữa bệnh do Bộ Y tế ban hành.", "BỘ Y TẾ"],
            Cells.Split("Công văn 384/BYT-KCB năm 2014 cấp chứng chỉ hành nghề và giấy phép hoạt động khám, chữa bệnh theo quy định của Luật khám bệnh, chữa bệnh do Bộ Y tế ban hành. BỘ Y TẾ -------"));
        Assert.Equal(["Công văn 296/BHXH-CSYT năm 2021 hướng dẫn quy định tại Điều 22 Luật Bảo hiểm y tế do Bảo hiểm xã hội Việt Nam ban hành.", "BẢO HIỂM XÃ HỘI VIỆT NAM"],
            Cells.Split("Công văn 296/BHXH-CSYT năm 2021 hướng dẫn quy định tại Điều 22 Luật Bảo hiểm y tế do Bảo hiểm xã hội Việt Nam ban hành. BẢO HIỂM XÃ HỘI VIỆT NAM --------"));
        // The issuer's column read across with the motto (no sentence before it) is not cut there.
        Assert.Equal(["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc"],
            Cells.Split("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc ---------------"));

        Assert.Equal("Bộ Y tế", Extract.File("markdown", "CV-6087-BYT-KCB-cap-CCHN-GPHD.txt").Document.Issuer);
    }

    [Fact]
    public void An_enacting_authority_run_onto_the_end_of_a_scraped_title_is_a_line_of_its_own()
    {
        // corpus/markdown/QD-173-QD-BTP-KH-phoihop-UBDT-2015.txt, fifth line.
        Assert.Equal(["Hà Nội, ngày 29 tháng 01 năm 2015", "QUYẾT ĐỊNH", "BAN HÀNH KẾ HOẠCH TRIỂN KHAI THỰC HIỆN CHƯƠNG TRÌNH PHỐI HỢP CÔNG TÁC GIỮA ỦY BAN DÂN TỘC VÀ BỘ TƯ PHÁP NĂM 2015", "BỘ TRƯỞNG BỘ TƯ PHÁP"],
            Cells.Split("Hà Nội, ngày 29 tháng 01 năm 2015 QUYẾT ĐỊNH BAN HÀNH KẾ HOẠCH TRIỂN KHAI THỰC HIỆN CHƯƠNG TRÌNH PHỐI HỢP CÔNG TÁC GIỮA ỦY BAN DÂN TỘC VÀ BỘ TƯ PHÁP NĂM 2015 BỘ TRƯỞNG BỘ TƯ PHÁP"));
        // A post and its body stay one line (QD-1056-QD-CT-TuyenQuang-trogiup-BTXH.txt, fourth line).
        Assert.Equal("BAN HÀNH MỨC TRỢ GIÚP CHO CÁC ĐỐI TƯỢNG BẢO TRỢ XÃ HỘI ÁP DỤNG TRÊN ĐỊA BÀN TỈNH TUYÊN QUANG",
            Extract.File("markdown", "QD-1056-QD-CT-TuyenQuang-trogiup-BTXH.txt").Document.Title);
        // A title that names the body after "của" keeps it (QD-12-2024-QD-TTg.txt's title has no authority on its line).
        Assert.Equal("VỀ CƠ CHẾ, CHÍNH SÁCH GIẢI QUYẾT VIỆC LÀM VÀ ĐÀO TẠO NGHỀ CHO NGƯỜI CÓ ĐẤT THU HỒI",
            Extract.File("markdown", "QD-12-2024-QD-TTg.txt").Document.Title);
    }

    [Fact]
    public void An_attachment_heading_run_onto_a_one_line_signature_is_a_line_of_its_own()
    {
        // corpus/markdown/QD-173-QD-BTP-KH-phoihop-UBDT-2015.txt (cut short) and CV-778-TCHQ-GSQL-dieu41.txt: the plan or the
        // form printed after the signature, run onto the signer's line by the scrape.
        Assert.Equal(["KT. BỘ TRƯỞNG", "THỨ TRƯỞNG", "Đinh Trung Tụng", "KẾ HOẠCH TRIỂN KHAI THỰC HIỆN CHƯƠNG TRÌNH PHỐI HỢP CÔNG TÁC GIỮA ỦY BAN DÂN TỘC VÀ BỘ TƯ PHÁP NĂM 2015"],
            Cells.Split("KT. BỘ TRƯỞNG THỨ TRƯỞNG Đinh Trung Tụng KẾ HOẠCH TRIỂN KHAI THỰC HIỆN CHƯƠNG TRÌNH PHỐI HỢP CÔNG TÁC GIỮA ỦY BAN DÂN TỘC VÀ BỘ TƯ PHÁP NĂM 2015"));
        Assert.True(Cells.IsFlattenedBlock("TỔNG CỤC TRƯỞNG PHÓ TỔNG CỤC TRƯỞNG Vũ Ngọc Anh TÊN ĐƠN VỊ CUNG CẤP:………."));

        var signer = Extract.File("markdown", "QD-173-QD-BTP-KH-phoihop-UBDT-2015.txt").Document.Signer;
        Assert.Equal("Đinh Trung Tụng", signer?.Name);
        Assert.Equal("Thứ trưởng", signer?.Position, ignoreCase: true);
    }

    [Fact]
    public void A_first_paragraph_run_onto_the_Kinh_gui_line_starts_a_line_of_its_own()
    {
        // corpus/markdown/CV-384-BYT-KCB-cap-CCHN-GPHD.txt and CV-6087-BYT-KCB-cap-CCHN-GPHD.txt, fourth lines (cut short).
        Assert.Equal(["Hà Nội, ngày 27 tháng 01 năm 2014", "Kính gửi: Đ/c Chủ tịch Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương", "Trong thời gian qua, Ủy ban nhân dân tỉnh, thành phố trực thuộc TW đã khẩn trương chỉ đạo Sở Y tế chủ trì phối hợp với các sở, ban ngành liên quan."],
            Cells.Split("Hà Nội, ngày 27 tháng 01 năm 2014 Kính gửi: Đ/c Chủ tịch Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương Trong thời gian qua, Ủy ban nhân dân tỉnh, thành phố trực thuộc TW đã khẩn trương chỉ đạo Sở Y tế chủ trì phối hợp với các sở, ban ngành liên quan."));
        Assert.Equal(["Hà Nội, ngày 27 tháng 09 năm 2013", "Kính gửi: Đ/c Chủ tịch Ủy ban nhân dân tỉnh, thành phố trực thuộc Trung ương", "Thực hiện Luật Khám bệnh, chữa bệnh và các văn bản quy phạm pháp luật có liên quan;"],
            Cells.Split("Hà Nội, ngày 27 tháng 09 năm 2013 Kính gửi: Đ/c Chủ tịch Ủy ban nhân dân tỉnh, thành phố trực thuộc Trung ương Thực hiện Luật Khám bệnh, chữa bệnh và các văn bản quy phạm pháp luật có liên quan;"));
        // An addressee alone keeps its line (CV-2739).
        Assert.Equal(["Hà Nội, ngày 05 tháng 04 năm 2019", "Kính gửi: Bộ Kế hoạch và Đầu tư."],
            Cells.Split("Hà Nội, ngày 05 tháng 04 năm 2019 Kính gửi: Bộ Kế hoạch và Đầu tư."));

        // CV-6087's numbered requests are items of the body again, not addressees.
        var record = Extract.File("markdown", "CV-6087-BYT-KCB-cap-CCHN-GPHD.txt");
        Assert.Contains(record.Tasks, t => t.Ordinal == "1" && t.Text.StartsWith("Chỉ đạo Sở Y tế chủ trì", StringComparison.Ordinal));
    }

    [Fact]
    public void Text_scrapes_that_flattened_a_header_table_into_one_line_get_its_printed_lines_back()
    {
        // corpus/markdown/CV-778-TCHQ-GSQL-dieu41.txt and CV-2739-VPCP-DMDN-quantri-doanhnghiep.txt, header lines.
        Assert.Equal(["Số: 778/TCHQ-GSQL", "V/v xử lý vướng mắc thực hiện Điều 41 Luật HQ năm 2014"],
            Cells.Split("Số: 778/TCHQ-GSQL V/v xử lý vướng mắc thực hiện Điều 41 Luật HQ năm 2014"));
        Assert.Equal(["Hà Nội, ngày 05 tháng 04 năm 2019", "Kính gửi: Bộ Kế hoạch và Đầu tư."],
            Cells.Split("Hà Nội, ngày 05 tháng 04 năm 2019 Kính gửi: Bộ Kế hoạch và Đầu tư."));
        Assert.True(Cells.IsFlattenedBlock("VĂN PHÒNG CHÍNH PHỦ -------"));
        Assert.True(Cells.IsFlattenedBlock("Hà Nội, ngày 13 tháng 02 năm 2017 Kính gửi: Cục Hải quan các tỉnh, thành phố."));
        // Body sentences and blanks left to fill in are not blocks.
        Assert.False(Cells.IsFlattenedBlock("Văn phòng Chính phủ thông báo để Bộ Kế hoạch và Đầu tư biết, thực hiện./."));
        Assert.False(Cells.IsFlattenedBlock("Lào Cai, ngày ___ tháng 5 năm 2026"));

        var lines = new TextFileReader(Extract.Vocab).Read(Corpus.Load("markdown/CV-2739-VPCP-DMDN-quantri-doanhnghiep.txt")).Lines.Select(l => l.Text).ToList();
        Assert.Contains("VĂN PHÒNG CHÍNH PHỦ", lines);
        Assert.Contains("V/v quy định về quản trị doanh nghiệp tại Luật Doanh nghiệp chưa được thực thi", lines);
    }
}

/// <summary>Layout-table rows printed without their outer pipes: a converter's dump of a Word file, antiword's first row.</summary>
public class BorderlessRowTests
{
    [Fact]
    public void A_Word_dump_with_cells_joined_by_pipes_gives_number_place_date_and_archive_their_own_sides()
    {
        // corpus/markdown/NQ-15-2026-NQ-CP-tamngung-ND46-docxtext.txt (dev): header and foot rows.
        var record = Extract.Text("""
            CHÍNH PHỦ
            ------- | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
            Độc lập - Tự do - Hạnh phúc
            Số: 15/2026/NQ-CP | Hà Nội, ngày 06 tháng 4 năm 2026

            NGHỊ QUYẾT
            TẠM NGƯNG HIỆU LỰC NGHỊ ĐỊNH SỐ 46/2026/NĐ-CP
            Căn cứ Luật Tổ chức Chính phủ số 63/2025/QH15;
            Điều 1. Tạm ngưng hiệu lực Nghị định số 46/2026/NĐ-CP.
            Nơi nhận:
            - Ban Bí thư Trung ương Đảng;
            - Lưu: VT, KGVX (2). | TM. CHÍNH PHỦ
            KT. THỦ TƯỚNG
            PHÓ THỦ TƯỚNG
            Lê Thành Long
            """, "sample.md").Document;
        Assert.Equal("Hà Nội", record.Place);
        Assert.Equal("2026-04-06", record.IssuedDate);
        Assert.Equal("15/2026/NQ-CP", record.Reference);
        Assert.Equal("VT, KGVX (2)", record.Archive);
        Assert.Equal("TM. Chính phủ KT. Thủ tướng", record.Signer?.Authority);
    }

    [Fact]
    public void Antiwords_first_header_row_without_pipes_splits_the_issuers_place_from_the_motto()
    {
        // corpus/word/QD-09-2010-QD-UBND-CanTho-KHCN.doc (dev) as antiword prints it.
        var record = Extract.File("word", "QD-09-2010-QD-UBND-CanTho-KHCN.doc").Document;
        Assert.Equal("Ủy ban nhân dân thành phố Cần Thơ", record.Issuer);
        Assert.Equal("09/2010/QĐ-UBND", record.Reference);
    }

    [Fact]
    public void Prose_without_spaced_pipes_stays_a_line()
    {
        var lines = Extract.Roles("Căn cứ Luật Tổ chức Chính phủ số 63/2025/QH15; giá trị A|B không phải bảng.").Lines;
        Assert.Contains(lines, l => l.Text.Contains("A|B", StringComparison.Ordinal));
    }
}

/// <summary>
/// Plain text flattened from a portal page (scripts/html_to_text.py, as crawlers and copy-paste give it): the foot's
/// cells come as one line each, or with the line breaks glued away. Lines are the foot of dev pages in corpus/html.
/// </summary>
public class FlattenedFootTests
{
    private static readonly CellLines Cells = new(Extract.Vocab);

    [Fact]
    public void A_signature_line_with_the_portal_s_signed_note_between_position_and_name_is_split()
    {
        // corpus/html/QD-34-2025-QD-TTg-quy-ho-tro-viec-lam.html and NQ-66.7-2025-NQ-CP-cat-giam-TTHC.html, <br> read as a space.
        Assert.True(Cells.IsFlattenedBlock("KT. THỦ TƯỚNG PHÓ THỦ TƯỚNG (Đã ký) Hồ Đức Phớc"));
        Assert.Equal(["KT. THỦ TƯỚNG", "PHÓ THỦ TƯỚNG", "(Đã ký)", "Hồ Đức Phớc"], Cells.Split("KT. THỦ TƯỚNG PHÓ THỦ TƯỚNG (Đã ký) Hồ Đức Phớc"));
        Assert.Equal(["TM. CHÍNH PHỦ", "THỦ TƯỚNG", "(đã ký)", "Phạm Minh Chính"], Cells.Split("TM. CHÍNH PHỦ THỦ TƯỚNG (đã ký) Phạm Minh Chính"));
        // The same page's source line breaks, the tags stripped: the note glued to the position.
        Assert.True(Cells.IsFlattenedBlock("THỦ TƯỚNG(đã ký)"));
        Assert.Equal(["THỦ TƯỚNG", "(đã ký)"], Cells.Split("THỦ TƯỚNG(đã ký)"));
        // The capitals alone, the name on the next line (NQ-66.15-2026-NQ-CP-nha-o-xa-hoi.html, QD-51-2025-QD-TTg-tieuchi-nongthonmoi.html).
        Assert.Equal(["TM. CHÍNH PHỦ", "KT. THỦ TƯỚNG", "PHÓ THỦ TƯỚNG"], Cells.Split("TM. CHÍNH PHỦ KT. THỦ TƯỚNG PHÓ THỦ TƯỚNG"));
        Assert.True(Cells.IsFlattenedBlock("TM. CHÍNH PHỦ KT. THỦ TƯỚNG PHÓ THỦ TƯỚNG"));
        Assert.True(Cells.IsFlattenedBlock("KT. THỦ TƯỚNG PHÓ THỦ TƯỚNG (Đã ký)"));
        // One formula alone is one printed line already.
        Assert.False(Cells.IsFlattenedBlock("TM. ỦY BAN NHÂN DÂN"));
        // A body line in capitals with a note is no signature.
        Assert.False(Cells.IsFlattenedBlock("Điều 26. Hiệu lực và trách nhiệm thi hành"));
    }

    [Fact]
    public void The_rest_of_a_flattened_recipient_list_broken_onto_its_own_line_is_split_into_entries()
    {
        // corpus/html/QD-44-2025-QD-TTg-baibo-VBQPPL.html: the Nơi nhận cell's second paragraph, <br> read as a space.
        const string rest = "- Kiểm toán nhà nước; - Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam; - Cơ quan trung ương của các tổ chức chính trị - xã hội; - VPCP: BTCN, các PCN, Trợ lý TTg, TGĐ Cổng TTĐT, các Vụ, Cục, đơn vị trực thuộc, Công báo; - Lưu: VT, PL (2).";
        Assert.True(Cells.IsFlattenedBlock(rest));
        Assert.Equal(["- Kiểm toán nhà nước;", "- Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam;", "- Cơ quan trung ương của các tổ chức chính trị - xã hội;",
            "- VPCP: BTCN, các PCN, Trợ lý TTg, TGĐ Cổng TTĐT, các Vụ, Cục, đơn vị trực thuộc, Công báo;", "- Lưu: VT, PL (2)."], Cells.Split(rest));
        // One bullet of a body list, with a ";" inside, stays a line (corpus/markdown/CV-296-BHXH-CSYT-dieu22-BHYT.txt).
        Assert.False(Cells.IsFlattenedBlock("- Số giường điều trị nội trú ban ngày nằm trong tổng số giường nội trú; bao gồm cả giường nội trú."));

        var record = Extract.Text("""
            Nơi nhận: - Ban Bí thư Trung ương Đảng; - Thủ tướng, các Phó Thủ tướng Chính phủ; - Viện kiểm sát nhân dân tối cao;
            - Kiểm toán nhà nước; - Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam; - Lưu: VT, PL (2).
            KT. THỦ TƯỚNG PHÓ THỦ TƯỚNG (Đã ký) Hồ Quốc Dũng
            """);
        Assert.Equal("VT, PL (2)", record.Document.Archive);
        Assert.Contains(record.Document.Recipients, r => r.Name == "Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam");
        Assert.Equal("Hồ Quốc Dũng", record.Document.Signer!.Name);
        Assert.Equal("Phó Thủ tướng", record.Document.Signer.Position);
    }

    [Fact]
    public void A_signature_whose_line_breaks_a_tag_stripping_scrape_glued_away_gets_its_words_back()
    {
        // The foot of corpus/html/QD-42-2025-QD-TTg-tieuchi-vanhoa.html, NQ-66.15-2026-NQ-CP-nha-o-xa-hoi.html and
        // NQ-87-2025-UBTVQH15-dieuchinh-CTLP-2025.html with their tags stripped and no separator (scripts/html_to_text.py source).
        var glued = new GluedSignature(Extract.Vocab);
        Assert.Equal("KT. THỦ TƯỚNG PHÓ THỦ TƯỚNG Mai Văn Chính", glued.Unglue("KT. THỦ TƯỚNGPHÓ THỦ TƯỚNGMai Văn Chính"));
        Assert.Equal("TM. CHÍNH PHỦ KT. THỦ TƯỚNG PHÓ THỦ TƯỚNG", glued.Unglue("TM. CHÍNH PHỦKT. THỦ TƯỚNGPHÓ THỦ TƯỚNG"));
        Assert.Equal("TM. ỦY BAN THƯỜNG VỤ QUỐC HỘI CHỦ TỊCH Trần Thanh Mẫn", glued.Unglue("TM. ỦY BAN THƯỜNG VỤ QUỐC HỘICHỦ TỊCHTrần Thanh Mẫn"));
        Assert.Equal("KT. THỦ TƯỚNG PHÓ THỦ TƯỚNG (Đã ký) Lê Thành Long", glued.Unglue("KT. THỦ TƯỚNGPHÓ THỦ TƯỚNG(Đã ký)Lê Thành Long"));
        // The issuer's rule glued to it (NQ-66.15's header, same rendering).
        Assert.Equal(["CHÍNH PHỦ"], Cells.Split("CHÍNH PHỦ-------"));
        Assert.True(Cells.IsFlattenedBlock("CHÍNH PHỦ-------"));
        // Lines that are no signature, and signatures printed with their spaces, are left as they are.
        Assert.Equal("Thương mại điện tử (TMĐT) phát triển nhanh", glued.Unglue("Thương mại điện tử (TMĐT) phát triển nhanh"));
        Assert.Equal("KT. BỘ TRƯỞNG THỨ TRƯỞNG Nguyễn Sinh Nhật Tân", glued.Unglue("KT. BỘ TRƯỞNG THỨ TRƯỞNG Nguyễn Sinh Nhật Tân"));
        Assert.Equal("TM. ỦY BAN NHÂN DÂN", glued.Unglue("TM. ỦY BAN NHÂN DÂN"));

        var record = Extract.Text("""
            - Lưu: VT, KGVX (2).
            KT. THỦ TƯỚNGPHÓ THỦ TƯỚNGMai Văn Chính
            """);
        Assert.Equal("KT. Thủ tướng", record.Document.Signer!.Authority);
        Assert.Equal("Phó Thủ tướng", record.Document.Signer.Position);
        Assert.Equal("Mai Văn Chính", record.Document.Signer.Name);
    }
}
