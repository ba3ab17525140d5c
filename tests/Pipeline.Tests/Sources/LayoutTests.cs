using Pipeline.Sources;
using Pipeline.Sources.Layout;
using Pipeline.Tests.Support;

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

    [Fact]
    public void A_converter_note_longer_than_the_page_does_not_hide_the_two_column_foot()
    {
        // layout/QD-2272 (pdftotext -layout): the one-line note above the text is twice the page's width.
        var record = Extract.Text(
        "[Bản trích chữ tự động bằng pdftotext từ 2026.06.29-2272.QD.UBND-Co-quan-tiep-nhan-ho-so-GCN-san-xuat-tien-chat-thuoc-no_ban-ky.pdf — 2 trang. Đối chiếu bản gốc trên GitHub khi trích nguyên văn.]\n" +
        "\n" +
        "ỦY BAN NHÂN DÂN                     CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n" +
        "    TỈNH LÀO CAI                               Độc lập - Tự do - Hạnh phúc\n" +
        "\n" +
        "  Số: 2272 /QĐ-UBND                       Lào Cai, ngày 29 tháng 6 năm 2026\n" +
        "này được sửa đổi, bổ sung hoặc thay thế thì áp dụng theo văn bản pháp luật mới.\n" +
        "      3. Chánh Văn phòng Ủy ban nhân dân tỉnh; Giám đốc các Sở: Công\n" +
        "Thương, Tư pháp, Tài chính, Xây dựng, Nông nghiệp và Môi trường; Giám đốc\n" +
        "Công an tỉnh; Chỉ huy trưởng Bộ Chỉ huy Quân sự tỉnh; Thủ trưởng các Sở, ban,\n" +
        "ngành tỉnh; Chủ tịch Ủy ban nhân dân các xã, phường; tổ chức, doanh nghiệp và\n" +
        "cá nhân có liên quan chịu trách nhiệm thi hành Quyết định này./.\n" +
        "\n" +
        "Nơi nhận:                                        TM. ỦY BAN NHÂN DÂN\n" +
        "- Bộ Công Thương (để báo cáo);\n" +
        "- Chủ tịch UBND tỉnh;                                KT. CHỦ TỊCH\n" +
        "- Các PCT UBND tỉnh;                                 PHÓ CHỦ TỊCH\n" +
        "- Các cơ quan tại Điều 3;\n" +
        "- CVP, các PCVP UBND tỉnh;\n" +
        "- Cổng TTĐT tỉnh;\n" +
        "- Lưu: VT, KT.\n" +
        "\n" +
        "\n" +
        "\n" +
        "\n" +
        "                                                     Nguyễn Thành Sinh\n" +
        "");

        Assert.Equal(["Bộ Công Thương", "Chủ tịch UBND tỉnh", "Các PCT UBND tỉnh", "Các cơ quan tại Điều 3", "CVP, các PCVP UBND tỉnh", "Cổng TTĐT tỉnh"],
            record.Document.Recipients.Select(r => r.Name));
        Assert.Equal("VT, KT", record.Document.Archive);
        Assert.Equal(("TM. Ủy ban nhân dân KT. Chủ tịch", "Phó Chủ tịch", "Nguyễn Thành Sinh"),
            (record.Document.Signer!.Authority, record.Document.Signer.Position, record.Document.Signer.Name));
        Assert.Equal("Ủy ban nhân dân tỉnh Lào Cai", record.Document.Issuer);
    }

    [Fact]
    public void A_later_page_whose_only_two_sided_row_is_the_foot_is_read_in_columns()
    {
        // layout/CV-6987 (pdftotext -layout): page 1's header, then page 4's foot, where only
        // "Nơi nhận: … KT. GIÁM ĐỐC" holds a wide gap.
        var record = Extract.Text(
        "      UBND TỈNH LÀO CAI                                   CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM\n" +
        "SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG                                        Độc lập - Tự do - Hạnh Phúc\n" +
        "\n" +
        "         Số: 6987 /SNNMT-KS                                  Lào Cai, ngày 23 tháng               7    năm 2026\n" +
        " V/v yêu cầu thực hiện các quy định của\n" +
        "pháp luật sau khi được cấp Giấy phép khai\n" +
        "             thác khoáng sản\n" +
        "\n" +
        "\n" +
        "                  Kính gửi: Công ty Cổ phần Công nghiệp Khánh An\n" +
        "        (Địa chỉ: Số 31, phố Tân Xuân 3, phường Đông Ngạc, thành phố Hà Nội)\n" +
        "\n" +
        "\f" +
        "kịp thời phối hợp, làm việc trực tiếp, phản ánh về Sở Nông nghiệp và Môi trường\n" +
        "để được thống nhất, hướng dẫn thực hiện đúng quy định của pháp luật./.\n" +
        "\n" +
        "\n" +
        " Nơi nhận:                                                                        KT. GIÁM ĐỐC\n" +
        " - Như trên;\n" +
        " - UBND tỉnh (b/c);\n" +
        "                                                                                  PHÓ GIÁM ĐỐC\n" +
        " - Các Sở, ngành: Xây dựng, Công Thương,\n" +
        " Tài chính, Nội vụ, Thuế tỉnh, Thanh tra tỉnh,\n" +
        " Công an tỉnh (p/h);\n" +
        " - UBND các xã: Gia Phú, Bảo Thắng (p/h);\n" +
        " - Lãnh đạo Sở;\n" +
        " - Lưu: VT, QLĐĐ, CCMT, CCKL, KS.\n" +
        "\n" +
        "\n" +
        "                                                                                Phạm Năng Chung\n" +
        "\n" +
        "\n" +
        "");

        Assert.Equal(["Như trên", "UBND tỉnh", "Các Sở, ngành: Xây dựng, Công Thương, Tài chính, Nội vụ, Thuế tỉnh, Thanh tra tỉnh, Công an tỉnh",
                      "UBND các xã: Gia Phú, Bảo Thắng", "Lãnh đạo Sở"], record.Document.Recipients.Select(r => r.Name));
        Assert.Equal("VT, QLĐĐ, CCMT, CCKL, KS", record.Document.Archive);
        Assert.Equal(("KT. Giám đốc", "Phó Giám đốc", "Phạm Năng Chung"),
            (record.Document.Signer!.Authority, record.Document.Signer.Position, record.Document.Signer.Name));
    }
}
