using Pipeline.Roles;
using Pipeline.Tests.Support;

namespace Pipeline.Tests.Rules;

/// <summary>Signature blocks and Nơi nhận lists as printed in the corpus.</summary>
public class FootTests
{
    [Fact]
    public void Stacked_authority_prefixes_are_joined_and_the_position_and_name_kept()
    {
        // text/04 (TB 453, Hà Nội)
        var record = Extract.Text("Nơi nhận:\n- Đ/c Bí thư Thành ủy;\n- Lưu: VT, KGVX\n\nTL. CHỦ TỊCH\nKT. CHÁNH VĂN PHÒNG\nPHÓ CHÁNH VĂN PHÒNG\n\nVõ Tuấn Anh");
        Assert.Equal("TL. Chủ tịch KT. Chánh Văn phòng", record.Document.Signer!.Authority);
        Assert.Equal("Phó Chánh Văn phòng", record.Document.Signer.Position);
        Assert.Equal("Võ Tuấn Anh", record.Document.Signer.Name);
        Assert.Equal("VT, KGVX", record.Document.Archive);
    }

    [Fact]
    public void Handwriting_and_stamp_notes_are_never_the_name()
    {
        var record = Extract.File("seeds", "003_3d958af6174669dc.txt");
        Assert.Equal("Hà Thị Thanh Hoa", record.Document.Signer!.Name);
        Assert.Equal("T/M Đảng ủy", record.Document.Signer.Authority);
    }

    [Fact]
    public void A_name_printed_twice_by_the_scan_is_given_once()
    {
        var record = Extract.File("seeds", "002_b6e14e4fcfdc04cd.txt");
        Assert.Equal("Lê Văn Hiệu", record.Document.Signer!.Name);
    }

    [Fact]
    public void Recipient_notes_are_split_off_and_the_archive_typo_is_read()
    {
        var seed = Extract.File("seeds", "000_8eb51ea822ccb723.txt");
        Assert.Equal("VPHU", seed.Document.Archive);                       // "Lưư VPHU."
        Assert.DoesNotContain(seed.Document.Recipients, r => r.Name.Contains("VPHU"));
        var tb = Extract.File("seeds", "004_2f2804abc48cfa00.txt");
        Assert.Equal(("TT Huyện ủy, TT HĐND huyện", "để b/c"), (tb.Document.Recipients[0].Name, tb.Document.Recipients[0].Note));
    }

    [Fact]
    public void A_wrapped_entry_listing_a_bodys_units_after_a_colon_stays_one_entry_and_a_lost_dash_still_opens_one()
    {
        // dev pdf QĐ-32/2025/QĐ-UBND (Hà Nội), the foot as its text layer prints it: the last entry lists the office's
        // units and wraps after a ';' with no dash.
        var record = Extract.Text(
            "QUYẾT ĐỊNH\nVề việc ban hành định mức\n\nNội dung.\n\nNơi nhận:\n- Như Điều 3;\n- Các PCT UBND Thành phố;\n" +
            "- Các Sở: Tư pháp, Xây dựng;\n- VPUB: Các PCVP, các phòng: KT, TH;\nTrung tâm TTĐT Thành phố;\n- Lưu: VT, NNMT.\n");
        Assert.Equal(["Như Điều 3", "Các PCT UBND Thành phố", "Các Sở: Tư pháp, Xây dựng", "VPUB: Các PCVP, các phòng: KT, TH; Trung tâm TTĐT Thành phố"],
            record.Document.Recipients.Select(r => r.Name));
        // An entry without such a list ends at its ';': the undashed line after it is an entry whose dash OCR lost.
        var lost = Extract.Text("QUYẾT ĐỊNH\nVề việc ban hành định mức\n\nNội dung.\n\nNơi nhận:\n- Như Điều 3;\n- Các PCT UBND Thành phố;\nTrung tâm TTĐT Thành phố;\n- Lưu: VT, NNMT.\n");
        Assert.Equal(["Như Điều 3", "Các PCT UBND Thành phố", "Trung tâm TTĐT Thành phố"], lost.Document.Recipients.Select(r => r.Name));
    }

    [Fact]
    public void Two_column_foot_of_layout_text_keeps_recipients_and_signer_apart()
    {
        var record = Extract.File("text", "03_TB-1894-TB-SCT_LaoCai_ketqua_kiemtra.txt");
        Assert.Equal(["Công ty CP XD Giao thông Yên Bái", "Tổng công ty xây dựng Trường Sơn", "Công ty TNHH Hiệp Phú", "Ban Giám đốc Sở"],
            record.Document.Recipients.Select(r => r.Name));
        Assert.Equal("KT. Giám đốc", record.Document.Signer!.Authority);
        Assert.Equal("Phó Giám đốc", record.Document.Signer.Position);
        Assert.Equal("Hoàng Văn Thuân", record.Document.Signer.Name);
    }

    [Theory]
    [InlineData("T/M BAN THƯỜNG VỤ", "T/M")]
    [InlineData("TM. ỦY BAN NHÂN DÂN", "TM.")]
    [InlineData("KT. BỘ TRƯỞNG, CHỦ NHIỆM", "KT.")]
    [InlineData("TUQ. CHỦ TỊCH", "TUQ.")]
    [InlineData("Q. GIÁM ĐỐC", "Q.")]
    public void Signer_prefixes_are_recognised(string line, string prefix) =>
        Assert.Equal(prefix, Extract.Recognizer.SignerPrefix(line)?.Prefix);

    [Theory]
    [InlineData("TRUNG TÂM")]
    [InlineData("Tiếp tục thực hiện")]
    public void Words_that_merely_start_like_a_prefix_are_not_prefixes(string line) => Assert.Null(Extract.Recognizer.SignerPrefix(line));

    [Fact]
    public void A_post_that_signs_without_a_formula_or_Noi_nhan_is_the_signer()
    {
        // markdown/NQ-132-2020-QH14 (a Quốc hội resolution): no Nơi nhận, no TM./KT., the post and the name on one line.
        var record = Extract.Text(
            "QUỐC HỘI -------\n" +
            "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc --------------- Nghị quyết số:\n" +
            "132/2020/QH14\n" +
            "Hà Nội, ngày 17 tháng 11 năm 2020 NGHỊ QUYẾT THÍ ĐIỂM MỘT SỐ CHÍNH SÁCH ĐỂ THÁO GỠ VƯỚNG MẮC, TỒN ĐỌNG TRONG QUẢN LÝ, SỬ DỤNG ĐẤT QUỐC PHÒNG, AN NINH KẾT HỢP VỚI HOẠT ĐỘNG LAO ĐỘNG SẢN XUẤT, XÂY DỰNG KINH TẾ QUỐC HỘI\n" +
            "Căn cứ Hiến pháp nước Cộng hòa xã hội chủ nghĩa Việt Nam;\n" +
            "3. Chính phủ chịu trách nhiệm tổ chức thực hiện Nghị quyết này.\n" +
            "4. Ủy ban Thường vụ Quốc hội, Hội đồng Dân tộc, các Ủy ban của Quốc hội, các Đoàn đại biểu Quốc hội và đại biểu Quốc hội, Hội đồng nhân dân các cấp, Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam và các tổ chức thành viên của Mặt trận, trong phạm vi nhiệm vụ, quyền hạn của mình, giám sát việc thực hiện Nghị quyết này.\n" +
            "Nghị quyết này được Quốc hội nước Cộng hòa xã hội chủ nghĩa Việt Nam khóa XIV, kỳ họp thứ 10 thông qua ngày 17 tháng 11 năm 2020.\n" +
            "CHỦ TỊCH QUỐC HỘI Nguyễn Thị Kim Ngân\n" +
            "");

        Assert.Equal(("Chủ tịch Quốc hội", "Nguyễn Thị Kim Ngân"), (record.Document.Signer!.Position, record.Document.Signer.Name));
        Assert.Null(record.Document.Signer.Authority);
        Assert.Empty(record.Document.Recipients);
    }

    [Fact]
    public void A_markdown_file_with_a_laid_out_header_loses_its_marks_and_keeps_its_raw_html_signature()
    {
        // markdown/QD-05-2025 (Hà Nội): the header is laid out in columns, the rest is markdown, and the signature
        // is a raw HTML block ("<b>KT. CHỦ TỊCH</b><br/>").
        var record = Extract.Text(
            "          ỦY BAN NHÂN DÂN                               CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n" +
            "         THÀNH PHỐ HÀ NỘI                                  Độc lập - Tự do - Hạnh phúc\n" +
            "Số: 05 /2025/QĐ-UBND\n" +
            "\n" +
            "                                                               Hà Nội, ngày 23 tháng 01 năm 2025\n" +
            "\n" +
            "# QUYẾT ĐỊNH\n" +
            "### Về việc bãi bỏ Quyết định số 28/2019/QĐ-UBND ngày 23/12/2019 về việc sửa đổi, bổ sung chức năng nhiệm vụ tại tiết a điểm 5.1 khoản 5 điều 9 của Điều lệ tổ chức và hoạt động của Quỹ Đầu tư phát triển thành phố Hà Nội ban hành kèm theo Quyết định số 06/2018/QĐ-UBND ngày 21/02/2018 của UBND Thành phố\n" +
            "\n" +
            "---\n" +
            "\n" +
            "## ỦY BAN NHÂN DÂN THÀNH PHỐ HÀ NỘI\n" +
            "Điều 1. Bãi bỏ Quyết định số 28/2019/QĐ-UBND.\n\n" +
            "**Nơi nhận:**  \n" +
            "- Như Điều 3;  \n" +
            "- Các Bộ: Tài chính, Tư pháp;  \n" +
            "- Thường trực Thành ủy;  \n" +
            "- Thường trực HĐND Thành phố;  \n" +
            "- Chủ tịch UBND Thành phố;  \n" +
            "- PCTT TP UBND TP Lê Hồng Sơn;  \n" +
            "- Các PCT UBND Thành phố;  \n" +
            "- Các Sở: Nội vụ, Tài chính, Tư pháp;  \n" +
            "- VP UBND: CVP, các PCVP,  \n" +
            "    Các phòng: NC, KTTH, TT TTDTT;  \n" +
            "- Lưu: VT, NCđ.  \n" +
            "\n" +
            "<p align=\"right\">\n" +
            "    <b>TM. ỦY BAN NHÂN DÂN</b><br/>\n" +
            "    <b>KT. CHỦ TỊCH</b><br/>\n" +
            "    <b>PHÓ CHỦ TỊCH</b>\n" +
            "    <br><br>\n" +
            "    <img src=\"https://i.imgur.com/WcLaXyZ.png\" alt=\"dau\" width=\"120\"><br/>\n" +
            "    <b>Lê Hồng Sơn</b>\n" +
            "</p>\n" +
            "", "sample.md");

        Assert.StartsWith("Về việc bãi bỏ Quyết định số 28/2019/QĐ-UBND ngày 23/12/2019", record.Document.Title);
        Assert.Equal(("TM. Ủy ban nhân dân KT. Chủ tịch", "Phó Chủ tịch", "Lê Hồng Sơn"),
            (record.Document.Signer!.Authority, record.Document.Signer.Position, record.Document.Signer.Name));
        Assert.Equal("VT, NCđ", record.Document.Archive);
    }

    [Fact]
    public void A_signature_run_onto_the_Luu_entry_is_split_off_and_a_joint_post_stays_whole()
    {
        // markdown/CV-2739-VPCP (a portal's text scrape): the Lưu entry, the joint post and the name on one line.
        var record = Extract.Text(
            "Văn phòng Chính phủ thông báo để Bộ Kế hoạch và Đầu tư biết, thực hiện./.\n" +
            "Nơi nhận:\n" +
            "- Như trên;\n" +
            "- TTg, các PTTg: Vương Đình Huệ, Trịnh Đình Dũng;\n" +
            "- Ban Chỉ đạo Đổi mới và Phát triển doanh nghiệp;\n" +
            "- VPCP: BTCN, các PCN, TGĐ Cổng TTĐT;\n" +
            "- Lưu: VT, ĐMDN (2b). Trung Anh BỘ TRƯỞNG, CHỦ NHIỆM Mai Tiến Dũng\n" +
            "");

        Assert.Equal("VT, ĐMDN (2b). Trung Anh", record.Document.Archive);
        Assert.Equal(("Bộ trưởng, Chủ nhiệm", "Mai Tiến Dũng"), (record.Document.Signer!.Position, record.Document.Signer.Name));
        Assert.Equal(4, record.Document.Recipients.Count);
    }

    [Fact]
    public void A_signing_formula_run_onto_the_Luu_entry_ends_it_even_when_the_annex_runs_on_after_the_name()
    {
        // markdown/QD-2135-QD-TCHQ-2015 (a portal's text scrape): the Lưu entry, the signature and the heading of the
        // Quy trình issued with the decision on one line. The archive ran on to "… Phần I QUY ĐỊNH CHUNG" and the
        // signer was lost ("Phòng……………." of the annex's form taken for the position).
        var record = Extract.Text(
            "Cục trưởng Cục Thuế xuất nhập khẩu, Cục trưởng Cục Hải quan các tỉnh, thành phố, Thủ trưởng các đơn vị thuộc cơ quan Tổng cục Hải quan, công chức hải quan có liên quan đến quá trình xác định trước mã số đối với hàng hóa\n" +
            "Nơi nhận:\n" +
            "- Như Điều3;\n" +
            "- Lãnh đạo Bộ (để báo cáo);\n" +
            "- Lãnh đạo TCHQ;\n" +
            "- Vụ CST, Vụ PC (để phối hợp);\n" +
            "- Trang website Hải quan;\n" +
            "- Lưu: VT, TXNK (30b) KT. TỔNG CỤC TRƯỞNG PHÓ TỔNG CỤC TRƯỞNG Nguyễn Dương Thái QUY TRÌNH XÁC ĐỊNH TRƯỚC MÃ SỐ ĐỐI VỚI HÀNG HÓA XUẤT KHẨU, NHẬP KHẨU (Ban hành kèm theo Quyết định số 2135/QĐ-TCHQ ngày 31 tháng 7 năm 2015 của Tổng cục trưởng Tổng cục Hải quan) Phần I QUY ĐỊNH CHUNG\n" +
            "Điều 1. Phạm vi điều chỉnh\n" +
            "Quy trình này hướng dẫn trình tự, thủ tục tiếp nhận, kiểm tra hồ sơ, ban hành và tổ chức thực hiện văn bản xác định trước mã số đối với hàng hóa xuất khẩu, nhập khẩu theo quy định tại Luật Hải quan số 54/2014/QH13; Nghị định số 08/2015/NĐ-CP  ngày 21/1/2015 của Chính phủ;\n");

        Assert.Equal("VT, TXNK (30b)", record.Document.Archive);
        Assert.Equal(("KT. Tổng cục trưởng", "Phó Tổng cục trưởng", "Nguyễn Dương Thái"),
            (record.Document.Signer!.Authority, record.Document.Signer.Position, record.Document.Signer.Name), new CaseInsensitiveTriple());
        Assert.Equal(5, record.Document.Recipients.Count);
    }

    /// <summary>Signer fields compare case-insensitively, as eval compares them.</summary>
    private sealed class CaseInsensitiveTriple : IEqualityComparer<(string?, string?, string?)>
    {
        public bool Equals((string?, string?, string?) x, (string?, string?, string?) y) =>
            string.Equals(x.Item1, y.Item1, StringComparison.OrdinalIgnoreCase) && string.Equals(x.Item2, y.Item2, StringComparison.OrdinalIgnoreCase)
            && string.Equals(x.Item3, y.Item3, StringComparison.OrdinalIgnoreCase);
        public int GetHashCode((string?, string?, string?) obj) => 0;
    }

    [Fact]
    public void An_entry_whose_semicolon_OCR_read_as_a_colon_drops_it_and_entry_lists_after_a_colon_stay()
    {
        // corpus/pdf/QD-09-2025-QD-UBND-HaNoi-baibo-DQTV.pdf page 2 rasterised at 200 dpi and read by our OCR
        // (scripts/rerender-ocr.sh), as `pipeline roles` prints it: "- Chủ tịch UBND Thành phố;" read with a colon.
        var record = Extract.Text("""
            Nơi nhận:
            - Như Điều 3;
            - Bộ Tài chính;
            - Văn phòng Chính phủ;
            - Chủ tịch UBND Thành phố:
            - Các PCT UBND Thành phố;
            - Các Sở: Tài chính, KH&ĐT, Nội vụ, Tư pháp;
            - Lưu: VT, NC.
            TM. ỦY BAN NHÂN DÂN
            KT. CHỦ TỊCH
            PHÓ CHỦ TỊCH
            Lê Hồng Sơn
            """).Document;
        Assert.Equal(["Như Điều 3", "Bộ Tài chính", "Văn phòng Chính phủ", "Chủ tịch UBND Thành phố", "Các PCT UBND Thành phố",
            "Các Sở: Tài chính, KH&ĐT, Nội vụ, Tư pháp"], record.Recipients.Select(r => r.Name));
    }
}

/// <summary>
/// A signing formula printed alone on its line with its post on the next ("TL." / "BỘ TRƯỞNG") is one authority.
/// Foot of corpus/markdown/CV-3397-BKHDT-QLKTTW-dieu162.txt (dev).
/// </summary>
public class WrappedFormulaTests
{
    /// <summary>Header and foot of the letter, as printed (also read by RecognitionTests).</summary>
    public const string Letter = """
        BỘ KẾ HOẠCH VÀ ĐẦU TƯ
        Số: 3397/BKHĐT-QLKTTW
        V/v thực hiện Điều 162 Luật Doanh nghiệp
        Hà Nội, ngày 29 tháng 5 năm 2019
        Kính gửi: Tổng công ty Khí Việt Nam.
        Trên đây là ý kiến của Bộ Kế hoạch và Đầu tư gửi Tổng công ty Khí Việt Nam để tham khảo.
        Nơi nhận:
        - Như trên;
        - Lưu: VT, QLKTTW.
        TL.
        BỘ TRƯỞNG
        CHÁNH VĂN PHÒNG
        Nguyễn Đức Tâm
        """;

    [Fact]
    public void A_lone_formula_takes_the_post_on_the_next_line()
    {
        var signer = Support.Extract.Text(Letter).Document.Signer;

        Assert.Equal("TL. Bộ trưởng", signer?.Authority);
        Assert.Equal("Chánh Văn phòng", signer?.Position);
        Assert.Equal("Nguyễn Đức Tâm", signer?.Name);
    }
}

/// <summary>
/// An attachment printed after the signature ("Phụ lục" and its table) gives the signer nothing. OCR lines of
/// corpus/scans/GP-184-GP-BKHCN-giayphep-camscanner.pdf (dev; corpus/ocr/GP-184-GP-BKHCN-giayphep-camscanner.txt).
/// </summary>
public class AttachmentAfterSignatureTests
{
    [Fact]
    public void Capitals_of_an_annex_are_not_the_signer_s_post()
    {
        var signer = Support.Extract.Text("""
            BỘ KHOA HỌC VÀ CÔNG NGHỆ
            Số: 184/GP-BKHCN
            Hà Nội, ngày 12 tháng 3 năm 2024
            GIẤY PHÉP
            VẬN CHUYỂN HÀNG HÓA NGUY HIỂM
            1. Cấp cho Công ty TNHH Vận tải Thông Đạt Vận Trình Quý Châu.
            Nơi nhận:
            - Bộ trưởng Bộ KH&CN (để b/c);
            - Lưu: VT, TĐC.
            TUQ. BỘ TRƯỞNG
            Q. TỔNG CỤC TRƯỞNG

            Phụ lục
            NHÓM HÀNG HÓA NGUY HIỂM
            SỐ: 184/GP-BKHCN ngày 12 tháng 3 năm 2024
            """).Document.Signer;

        Assert.Null(signer?.Position);
        Assert.Equal("TUQ. Bộ trưởng Q. Tổng cục trưởng", signer?.Authority);
    }
}

/// <summary>Forms annexed after the signature carry a Nơi nhận and a signature of their own.</summary>
public class AnnexedFormFootTests
{
    [Fact]
    public void The_foot_is_read_above_an_annex_whose_forms_have_their_own_recipients_and_signature()
    {
        // QĐ-09/2023/QĐ-TTg (dev, PDF of the Công báo): no Nơi nhận under the signature, then "Phụ lục" with form CV02.
        var record = Support.Extract.Text("""
            THỦ TƯỚNG CHÍNH PHỦ
            Số: 09/2023/QĐ-TTg
            CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
            Độc lập - Tự do - Hạnh phúc
            Hà Nội, ngày 12 tháng 4 năm 2023
            QUYẾT ĐỊNH
            Về việc sử dụng thẻ đi lại của doanh nhân APEC
            Điều 20. Trách nhiệm thi hành
            2. Bộ trưởng, Thủ trưởng cơ quan ngang Bộ, Thủ trưởng cơ quan thuộc Chính
            phủ, Chủ tịch Ủy ban nhân dân tỉnh, thành phố trực thuộc Trung ương, các tổ chức,
            doanh nghiệp, cá nhân có liên quan chịu trách nhiệm thi hành Quyết định này./.

            KT. THỦ TƯỚNG
            PHÓ THỦ TƯỚNG
            Trần Lưu Quang

            Phụ lục
            (Kèm theo Quyết định số 09/2023/QĐ-TTg
            ngày 12 tháng 4 năm 2023 của Thủ tướng Chính phủ)
            Mẫu CV02
            Văn bản đề nghị cấp thẻ ABTC
            Xin trân trọng cảm ơn.
            Nơi nhận:
            - Như trên;
            - Lưu:......
            LÃNH ĐẠO.....(1).....
            (Ký, ghi rõ họ tên và đóng dấu)
            """).Document;
        Assert.Equal("Trần Lưu Quang", record.Signer?.Name);
        Assert.Equal("Phó Thủ tướng", record.Signer?.Position);
        Assert.Equal("KT. Thủ tướng", record.Signer?.Authority);
        Assert.Empty(record.Recipients);
        Assert.Null(record.Archive);
    }
}
