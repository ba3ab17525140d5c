using Pipeline.Tasks;
using Pipeline.Tests.Support;

namespace Pipeline.Tests.Rules;

/// <summary>How body lines become paragraphs in typed renderings: hard-wrapped conversions and bare article labels.</summary>
public class ParagraphShapeTests
{
    [Fact]
    public void A_hard_wrapped_article_runs_on_past_a_line_cut_before_a_capital()
    {
        // NQ-80/NQ-HĐND Gia Lai (dev, markdown conversion wrapped at 80 columns, no blank line between paragraphs):
        // "… tổ chức thực hiện" / "Nghị quyết về …" is one sentence; the untitled article is one task.
        var record = Extract.File("markdown", "NQ-80-NQ-HDND-GiaLai-chuongtrinh-giamsat-2018-body.md");
        var task = Assert.Single(record.Tasks);
        Assert.Equal("2", task.Ordinal);
        Assert.StartsWith("Hội đồng nhân dân tỉnh giao Thường trực Hội đồng nhân dân tỉnh tổ chức thực hiện Nghị quyết về chương trình giám sát", task.Text);
        Assert.Contains("Các cơ quan chịu sự giám sát có trách nhiệm", task.Text);
    }

    [Fact]
    public void The_wrap_width_is_found_only_in_hard_wrapped_text()
    {
        var wrapped = Extract.Roles("""
            Điều 2. Hội
            đồng nhân dân tỉnh giao Thường trực Hội đồng nhân dân tỉnh tổ chức thực hiện
            Nghị quyết về chương trình giám sát của Hội đồng nhân dân tỉnh năm 2018; chỉ
            đạo việc theo dõi, đôn đốc, tổng hợp kết quả giải quyết các kiến nghị sau giám
            sát; tổng hợp và báo cáo Hội đồng nhân dân tỉnh kết quả thực hiện chương trình
            giám sát tại kỳ họp giữa năm 2019.
            Thường trực Hội đồng nhân dân tỉnh và
            các Ban Hội đồng nhân dân tỉnh xây dựng, triển khai thực hiện chương trình giám
            sát; các Tổ đại biểu, đại biểu Hội đồng nhân dân tỉnh căn
            cứ điều kiện và tình hình thực tế, chủ động xây dựng chương trình, phối hợp và
            tiến hành hoạt động giám sát, báo cáo kết quả giám sát theo quy định của pháp
            luật.
            Ủy ban nhân dân tỉnh và các cơ quan,
            tổ chức, đơn vị liên quan có trách nhiệm báo cáo và cung
            cấp đầy đủ, kịp thời, chính xác những thông tin, tài liệu cần thiết có liên
            quan đến nội dung giám sát.
            """);
        Assert.InRange(HardWrap.Of(wrapped.Lines)?.Chars ?? 0, 50, 90);

        // QĐ-05/2025/QĐ-UBND Hà Nội (dev): one paragraph per line, as Word and portals type it.
        var typed = Extract.Roles("""
            Điều 1. Bãi bỏ Quyết định số 28/2019/QĐ-UBND ngày 23/12/2019 về việc sửa đổi, bổ sung chức năng nhiệm vụ.
            Điều 2. Quyết định này có hiệu lực thi hành kể từ ngày 03 tháng 02 năm 2025.
            Điều 3. Chủ tịch Hội đồng quản lý Quỹ Đầu tư phát triển thành phố Hà Nội; Chánh Văn phòng Ủy ban nhân dân Thành phố chịu trách nhiệm thi hành Quyết định này./.
            """);
        Assert.Null(HardWrap.Of(typed.Lines));
    }

    [Fact]
    public void A_sentence_broken_before_the_number_of_a_citation_runs_on()
    {
        // TB-467/TB-VPCP (dev, markdown conversion, one paragraph per line): "… theo quy định tại Khoản" / "3 - Điều 61
        // Luật Lâm nghiệp …" is one sentence cut inside a citation, not a new paragraph.
        var record = Extract.File("markdown", "TB-467-TB-VPCP-ketluan-thitruong-cacbon.txt");
        var task = Assert.Single(record.Tasks, t => t.Text.StartsWith("Bộ Nông nghiệp và Phát triển nông thôn khẩn trương", StringComparison.Ordinal));
        Assert.Contains("theo quy định tại Khoản 3 - Điều 61 Luật Lâm nghiệp", task.Text);
        Assert.DoesNotContain(record.Tasks, t => t.Text.StartsWith("3 - Điều 61", StringComparison.Ordinal));
    }

    [Fact]
    public void A_line_that_starts_with_a_cited_article_continues_the_sentence()
    {
        // CV-5141/SNNMT-KS Lào Cai (dev, layout text wrapped at the margin):
        //   "khối lượng khoáng sản đã khai thác định kỳ hằng năm theo quy định tại khoản 2"
        //   "Điều 64 của Luật Địa chất và khoáng sản và các yêu cầu sau:"
        // "Điều 64" has no dot after its number, which an article's own label has: it is a citation cut by the wrap,
        // not an article opening under item 1.3.
        var record = Extract.File("layout", "CV-5141-SNNMT-KS-LaoCai-baocao-sanluong.txt");
        Assert.DoesNotContain(record.Tasks, t => t.Ordinal.StartsWith("1.3.64", StringComparison.Ordinal));
        Assert.DoesNotContain(record.Tasks, t => t.Heading?.StartsWith("của Luật Địa chất", StringComparison.Ordinal) == true);
    }

    [Fact]
    public void A_cited_article_on_a_page_line_of_its_own_is_not_an_article()
    {
        // QĐ-09/2023/QĐ-TTg (dev, Công báo PDF), Điều 10.4:
        //   "thẻ ABTC đối với các trường hợp thuộc thẩm quyền quản lý quy định tại khoản 2"
        //   "Điều 9 Quyết định này."
        // The wrapped citation made an "Điều 9" whose item 6 became a task headed "Quyết định này.".
        var record = Extract.File("pdf", "QD-09-2023-QD-TTg-CongBao-the-APEC.pdf");
        Assert.DoesNotContain(record.Tasks, t => t.Heading == "Quyết định này.");
        Assert.DoesNotContain(record.Tasks, t => t.Ordinal.StartsWith("9.", StringComparison.Ordinal));
    }

    [Fact]
    public void An_article_label_without_its_dot_is_told_apart()
    {
        Assert.True(Pipeline.Roles.ItemLabel.IsUnclosedArticle("Điều 64 của Luật Địa chất và khoáng sản và các yêu cầu sau:"));
        Assert.True(Pipeline.Roles.ItemLabel.IsUnclosedArticle("Điều 9 Quyết định này."));
        Assert.False(Pipeline.Roles.ItemLabel.IsUnclosedArticle("Điều 9. Đối tượng được xem xét cấp thẻ ABTC"));
        Assert.False(Pipeline.Roles.ItemLabel.IsUnclosedArticle("Điều 29: Trách nhiệm thi hành"));
        Assert.False(Pipeline.Roles.ItemLabel.IsUnclosedArticle("1. Đối với trường hợp quy định tại khoản 1 Điều 18"));
    }

    [Fact]
    public void A_hyphen_wrapped_at_the_line_start_is_not_a_bullet()
    {
        // NQ-01/2017/NQ-HĐND Hậu Giang (dev): "bệnh tay - chân" / "- miệng, sốt xuất huyết …" is one sentence.
        var record = Extract.File("markdown", "NQ-01-2017-NQ-HDND-HauGiang-KTXH-6thang-body.md");
        Assert.DoesNotContain(record.Tasks, t => t.Text.StartsWith("miệng", StringComparison.Ordinal));
    }

    [Fact]
    public void An_article_label_alone_on_its_line_takes_the_paragraph_below_as_its_text()
    {
        // QĐ-05/2025/QĐ-UBND Hà Nội (dev, portal markdown): "### Điều 3." then the execution paragraph.
        var record = Extract.File("markdown", "QD-05-2025-QD-UBND-HaNoi-baibo.md");
        var task = Assert.Single(record.Tasks);
        Assert.Equal("3", task.Ordinal);
        Assert.Null(task.Heading);
        Assert.EndsWith("chịu trách nhiệm thi hành Quyết định này./.", task.Text);
        Assert.Contains(task.Units, u => u.Name == "Giám đốc Sở Nội vụ");
    }
    [Fact]
    public void An_article_line_that_fills_the_page_width_runs_on_past_its_colon()
    {
        // QĐ-64/2024/QĐ-UBND Hà Nội (dev, born-digital PDF): "Điều 4. Chánh Văn phòng …; Giám đốc các Sở:" /
        // "Lao động - Thương binh và Xã hội, Tài chính; …" / "… chịu trách nhiệm thi hành Quyết định này./.".
        var record = Extract.File("pdf", "QD-64-2024-QD-UBND-HaNoi-dinhmuc-daotao.pdf");
        var task = Assert.Single(record.Tasks, t => t.Ordinal == "4");
        Assert.StartsWith("Chánh Văn phòng Ủy ban nhân dân Thành phố; Giám đốc các Sở: Lao động - Thương binh và Xã hội", task.Text);
        Assert.EndsWith("thi hành Quyết định này./.", task.Text);
    }

    [Fact]
    public void An_article_stating_its_entry_into_force_keeps_the_execution_paragraph_below()
    {
        // QĐ-904/QĐ-UBND Lào Cai (dev, pdftotext layout): "Điều 5. Quyết định này có hiệu lực thi hành kể từ ngày ký ban
        // hành." is the article's text, not its title; the paragraph below belongs to it and names who carries it out.
        var record = Extract.File("layout", "QD-904-QD-UBND-LaoCai-uyquyen-ATTP.txt");
        var task = Assert.Single(record.Tasks, t => t.Ordinal == "5");
        Assert.Null(task.Heading);
        Assert.StartsWith("Quyết định này có hiệu lực thi hành kể từ ngày ký ban hành. Chánh Văn phòng Ủy ban nhân dân tỉnh", task.Text);
        Assert.Equal("Chánh Văn phòng Ủy ban nhân dân tỉnh", task.Units[0].Name);
        Assert.Contains(task.Units, u => u.Name == "Giám đốc Sở Công Thương");
    }
    [Fact]
    public void A_justified_article_line_at_the_right_margin_runs_on_into_a_capitalised_line()
    {
        // QĐ-09/2025/QĐ-UBND Hà Nội (dev, born-digital PDF, a short decision): "Điều 3. Tư lệnh … ; Chánh Văn phòng UBND" /
        // "Thành phố; Giám đốc Sở Tài chính; …": the page's right margin tells the line was wrapped.
        var record = Extract.File("pdf", "QD-09-2025-QD-UBND-HaNoi-baibo-DQTV.pdf");
        var task = Assert.Single(record.Tasks);
        Assert.Equal("3", task.Ordinal);
        Assert.StartsWith("Tư lệnh Bộ Tư lệnh Thủ đô Hà Nội; Chánh Văn phòng UBND Thành phố; Giám đốc Sở Tài chính", task.Text);
    }

    [Fact]
    public void The_execution_paragraph_of_a_titled_article_is_a_clause_not_the_closing_formula()
    {
        // QĐ-33/2025/QĐ-UBND Hà Nội (dev, portal markdown): "### Điều 5. Điều khoản thi hành", its entry into force, then
        // "Chánh Văn phòng …; Giám đốc các Sở: …  chịu trách nhiệm thi hành Quyết định này./." (README: "Articles", 5.2).
        var record = Extract.File("markdown", "QD-33-2025-QD-UBND-HaNoi-gia-chungcu.md");
        var task = Assert.Single(record.Tasks, t => t.Ordinal == "5.2");
        Assert.Equal("Điều khoản thi hành", task.Heading);
        Assert.EndsWith("thi hành Quyết định này./.", task.Text);
    }
    [Fact]
    public void A_bullet_marker_printed_alone_marks_the_line_after_it()
    {
        // NQ-57-NQ/TW (dev, OCR'd markdown): "\-   ", a blank line, then the item's text.
        var record = Extract.File("markdown", "NQ-57-NQ-TW-BoChinhTri-KHCN-CDS.md");
        Assert.Contains(record.Tasks, t => t.Ordinal == "III.1.1" && t.Text.StartsWith("Các cấp uỷ, tổ chức đảng, cán bộ, đảng viên cần nhận thức", StringComparison.Ordinal));
    }
}
