using Pipeline.Tests.Support;

namespace Pipeline.Tests.Rules;

/// <summary>
/// Constructs of the Fourteenth collection (dev, added by session s32docs: measured unseen before these rules), each on the
/// real lines of its document under corpus/markdown/: the Đảng đoàn Quốc hội's plan KH 3260-KH/ĐĐQH15 (a markdown
/// conversion) and the Prime Minister's conclusion notice TB 330/TB-VPCP (OCR text).
/// </summary>
public class FourteenthCollectionTests
{
    // KH-3260-KH-DDQH15-DangDoanQH-thuchien-NQ57.md: the header, two of the II.2.2 sections (their bold headings and first
    // bullets) and the foot, as the markdown conversion prints them.
    private const string PlanHeader =
        "      ## ĐẢNG CỘNG SẢN VIỆT NAM\n\n" +
        "**BAN CHẤP HÀNH TRUNG ƯƠNG**\n**ĐẢNG ĐOÀN QUỐC HỘI**\n\n" +
        "Số 3260-KH/ĐĐQH15\n\nHà Nội, ngày 10 tháng 01 năm 2025\n\n" +
        "**KẾ HOẠCH**\n\n" +
        "**khai thực hiện Nghị quyết số 57-NQ/TW ngày 22/12/2024**\n**Bộ Chính trị về đột phá phát triển khoa học, công nghệ,**\n**đổi mới sáng tạo và chuyển đổi số quốc gia**\n\n---\n\n" +
        "**II. PHÂN CÔNG NHIỆM VỤ**\n\n" +
        "**2.2. Tổ đảng ở Thường trực Hội đồng Dân tộc, các Ủy ban của Quốc hội, Lãnh đạo các cơ quan thuộc UBTVQH, các Đoàn đại biểu Quốc hội theo chức năng, nhiệm vụ được giao chủ động, kịp thời thực hiện các nhiệm vụ sau:**\n\n" +
        "**a) Tổ đảng ở Thường trực Ủy ban KH,CN&MT**\n\n" +
        "*   Chủ trì giám sát việc thực hiện Chiến lược phát triển KH,CN&ĐMST đến năm 2025, định hướng đến năm 2030; chương trình chuyển đổi số quốc gia đến năm 2025, định hướng đến năm 2030; giám sát thực hiện các chương trình, đề án, dự án về KH,CN,ĐMST, chuyển đổi số quốc gia; phát triển các khu công nghệ số tập trung, công nghệ cao, nông nghiệp ứng dụng công nghệ cao, hệ thống phòng thí nghiệm trọng điểm; giám sát việc ban hành và tổ chức thực hiện Quy hoạch mạng lưới tổ chức công lập về khoa học và công nghệ thời kỳ 2021-2030, tầm nhìn đến năm 2050 đồng bộ với các quy hoạch chuyên ngành liên quan.\n\n" +
        "**g) Tổ đảng ở Thường trực Ủy ban Tài chính, Ngân sách**\n\n" +
        "*   Kiến nghị cơ chế, chính sách về tài chính, ngân sách ưu đãi, vượt trội, phù hợp; cải cách cơ chế quản lý tài chính trong việc thực hiện nhiệm vụ khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số; quy trình, thủ tục hành chính đơn giản hóa tối đa, đảm bảo thuận lợi.\n\n";

    private const string PlanFoot =
        "**Nơi nhận:**\n\n" +
        "*   Ban Bí thư Trung ương Đảng (để b/c),\n" +
        "*   Ban cán sự đảng Chính phủ (để phối hợp),\n" +
        "*   Thành viên Đảng đoàn Quốc hội,\n" +
        "*   VPTW, VPCP, VPQH,\n" +
        "*   Tổ đảng ở TT HĐDT, TT các UB của QH,\n" +
        "*   Các cơ quan thuộc UBTVQH,\n" +
        "*   Đảng ủy cơ quan Văn phòng Quốc hội,\n" +
        "*   Các Đoàn ĐBQH,\n" +
        "*   CVP, PCVP ĐĐQH,\n" +
        "*   Lưu VPĐĐQH, Vụ KHCNMT.\n\n" +
        "**T/M ĐẢNG ĐOÀN QUỐC HỘI**\n\n**BÍ THƯ**\n\nTrần Thanh Mẫn\n```\n";

    /// <summary>
    /// A markdown list mark ("*   ") opens each Nơi nhận entry as a dash does: nine recipients, each with its own note, the
    /// last entry the Lưu line, and the signer's post read from "BÍ THƯ" — not from an entry such as "VPTW, VPCP, VPQH,".
    /// </summary>
    [Fact]
    public void A_markdown_star_opens_a_recipient_entry()
    {
        var record = Extract.Text(PlanHeader + PlanFoot, "sample.md");

        Assert.Equal(9, record.Document.Recipients.Count);
        Assert.Equal("Ban Bí thư Trung ương Đảng", record.Document.Recipients[0].Name);
        Assert.Equal("để b/c", record.Document.Recipients[0].Note);
        Assert.Contains(record.Document.Recipients, r => r.Name == "VPTW, VPCP, VPQH");
        Assert.Equal("VPĐĐQH, Vụ KHCNMT", record.Document.Archive);
        Assert.Equal("Bí thư", record.Document.Signer?.Position, ignoreCase: true);
    }

    /// <summary>A star glued to its word is bold text, no list mark: "**T/M ĐẢNG ĐOÀN QUỐC HỘI**" is the signature.</summary>
    [Fact]
    public void A_bold_line_opens_no_entry()
    {
        Assert.True(Pipeline.Roles.LinePatterns.OpensEntry("*   Các Đoàn ĐBQH,"));
        Assert.False(Pipeline.Roles.LinePatterns.OpensEntry("**T/M ĐẢNG ĐOÀN QUỐC HỘI**"));
    }

    /// <summary>
    /// "a) Tổ đảng ở Thường trực Ủy ban KH,CN&amp;MT": a heading that is a Party cell's name (Điều lệ Đảng: "tổ đảng",
    /// unit-heads.txt) leads every bullet under it; "Ủy ban Tài chính, Ngân sách" is one committee's name (comma-names.txt).
    /// </summary>
    [Fact]
    public void A_party_cell_heading_leads_its_bullets()
    {
        var record = Extract.Text(PlanHeader + PlanFoot, "sample.md");

        var first = Assert.Single(record.Tasks, t => t.Text.StartsWith("Chủ trì giám sát việc thực hiện Chiến lược", StringComparison.Ordinal));
        Assert.Equal(["Tổ đảng ở Thường trực Ủy ban KH,CN&MT"], first.Units.Where(u => u.Role == "lead").Select(u => u.Name));
        var finance = Assert.Single(record.Tasks, t => t.Text.StartsWith("Kiến nghị cơ chế, chính sách về tài chính", StringComparison.Ordinal));
        Assert.Equal(["Tổ đảng ở Thường trực Ủy ban Tài chính, Ngân sách"], finance.Units.Select(u => u.Name));
    }

    /// <summary>
    /// TB-330-TB-VPCP-ketluan-TTg-ketnoi-dulieu-TMDT-OCR.md: "… Thủ tướng Chính phủ Phạm Minh Chính có ý kiến chỉ đạo như
    /// sau:" names who directs, not who must act (ruling-openings.txt), as TB 467/TB-VPCP's "… Trần Hồng Hà kết luận như sau:" does;
    /// CV 4451/TCT-TTKT's "Tổng cục Thuế đề nghị Cục Thuế … thực hiện …" still asks.
    /// </summary>
    [Fact]
    public void A_preamble_speaker_is_no_addressee()
    {
        var units = new Pipeline.Tasks.UnitFinder(Extract.Vocab);

        Assert.Empty(units.FromPreamble("Sau khi nghe Báo cáo của Bộ Tài chính, ý kiến phát biểu của các đại biểu tham dự cuộc họp và ý kiến phát biểu của Phó Thủ tướng Chính phủ Lê Minh Khái. Thủ tướng Chính phủ Phạm Minh Chính có ý kiến chỉ đạo như sau:"));
        Assert.Empty(units.FromPreamble("Sau khi nghe báo cáo của các Bộ: Tài chính, Tài nguyên và Môi trường, Nông nghiệp và Phát triển nông thôn ý kiến phát biểu của các đại biểu dự họp, Phó Thủ tướng Chính phủ Trần Hồng Hà kết luận như sau:"));
        Assert.NotEmpty(units.FromPreamble("Tổng cục Thuế đề nghị Cục Thuế các tỉnh thành phố trực thuộc Trung ương khẩn trương, nghiêm túc thực hiện các yêu cầu cụ thể như sau:"));
    }

    /// <summary>
    /// CV-4451-TCT-TTKT-chanchinh-baocao-TMDT-OCR.md: "- Để nghị Cục Thuế chú trọng nghiên cứu, …": OCR prints "đề nghị" as
    /// "để nghị" (assign-words.txt); before a body's name it still asks that body.
    /// </summary>
    [Fact]
    public void An_ocr_variant_of_de_nghi_still_asks()
    {
        var units = new Pipeline.Tasks.UnitFinder(Extract.Vocab);

        Assert.Equal(["Cục Thuế"], units.Asked("- Để nghị Cục Thuế chú trọng nghiên cứu, rà soát, bỗ sung kế hoạch thanh tra kiểm tra và tích cực triển khai thực hiện thanh tra, kiểm tra thuế đối với các đỗi tượng doanh nghiệp có hoạt động kinh doanh liên quan đến lĩnh vực TMĐT").Select(u => u.Name));
    }

    /// <summary>
    /// KH 3260 III.3 "Định kỳ, Thường trực Ủy ban KH,CN&amp;MT của Quốc hội chủ trì, phối hợp với …": a frequency opens the
    /// sentence as a time adverbial does (adverbial-openers.txt), so the body after its comma leads; TB 330 g) "… phối hợp với
    /// các bộ, cơ quan liên quan trên cơ sở ý kiến …": "trên cơ sở" ends the partner's name (unit-name-ends.txt).
    /// </summary>
    [Fact]
    public void A_frequency_opener_and_a_ground_phrase_bound_the_names()
    {
        var units = new Pipeline.Tasks.UnitFinder(Extract.Vocab);

        Assert.Contains(units.Find("Định kỳ, Thường trực Ủy ban KH,CN&MT của Quốc hội chủ trì, phối hợp với Hội đồng Dân tộc, các Ủy ban của Quốc hội, Văn phòng Quốc hội, các cơ quan thuộc UBTVQH, các Đoàn đại biểu Quốc hội, Văn phòng Đảng đoàn Quốc hội giúp Đảng đoàn Quốc hội triển khai thực hiện Kế hoạch này; tổng hợp, báo cáo kết quả thực hiện với các cơ quan có thẩm quyền khi có yêu cầu."), u => u.Name == "Thường trực Ủy ban KH,CN&MT của Quốc hội" && u.Role == Pipeline.Tasks.UnitRole.Lead);
        Assert.Contains(units.Find("Giao Bộ Tài chính chủ trì, phối hợp với các bộ, cơ quan liên quan trên cơ sở ý kiến các đại biểu dự họp nghiên cứu, phối hợp với các bộ, ngành trình Thủ tướng Chính phủ ban hành Chỉ thị về day mạnh. kết nối chia sẻ dữ liệu dé"), u => u.Name == "các bộ, cơ quan liên quan" && u.Role == Pipeline.Tasks.UnitRole.Support);
    }
}
