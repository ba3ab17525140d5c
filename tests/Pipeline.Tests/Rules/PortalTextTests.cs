using Pipeline.Sources.Text;
using Pipeline.Tests.Support;

namespace Pipeline.Tests.Rules;

/// <summary>
/// The legal portal's plain text as crawlers save it (thuvienphapluat.vn): the page title repeated before each anchored
/// article, and lines broken before a spaced hyphen.
/// </summary>
public class PortalTextTests
{
    [Fact]
    public void The_page_title_repeated_before_an_article_is_taken_off_its_label()
    {
        // QĐ 1227/QĐ-BYT (dev, ninth collection): the title opens the file and every anchored article.
        var text = "Quyết định 1227/QĐ-BYT năm 2025. BỘ Y TẾ -------\n\nQuyết định 1227/QĐ-BYT năm 2025. Điều 3.\n"
                   + "Giao Cục Quản lý Khám, chữa bệnh là đầu mối hướng dẫn thực hiện.\n";
        Assert.Equal("Quyết định 1227/QĐ-BYT năm 2025. BỘ Y TẾ -------\n\nĐiều 3.\n"
                     + "Giao Cục Quản lý Khám, chữa bệnh là đầu mối hướng dẫn thực hiện.\n", PortalTitlePrefix.Strip(text));
    }

    [Fact]
    public void A_title_alone_over_an_appendix_goes_and_a_header_line_is_no_title()
    {
        // QĐ 1500/QĐ-BHXH (dev): the title alone, with its dot, over each card model after the signature.
        var title = "Quyết định 1500/QĐ-BHXH năm 2015 về thẻ bảo hiểm y tế cấp cho quân nhân, công an nhân dân, người làm công tác cơ yếu do Tổng Giám đốc Bảo hiểm xã hội Việt Nam ban hành";
        Assert.Equal(title + ". BẢO HIỂM XÃ HỘI VIỆT NAM -----------\n\nMẫu thẻ",
            PortalTitlePrefix.Strip(title + ". BẢO HIỂM XÃ HỘI VIỆT NAM -----------\n" + title + ".\nMẫu thẻ"));
        // QĐ-1056/QĐ-CT (dev): a first line without a number is kept, and so is every later line.
        var header = "UỶ BAN NHÂN DÂN TỈNH TUYÊN QUANG --------\nUỶ BAN NHÂN DÂN TỈNH TUYÊN QUANG. Điều 1.";
        Assert.Same(header, PortalTitlePrefix.Strip(header));
    }

    [Fact]
    public void Articles_anchored_under_the_page_title_are_read_as_articles()
    {
        var record = Extract.File("markdown", "QD-1227-QD-BYT-2025-danhmuc-ma-canlamsang.txt");
        var execution = Assert.Single(record.Tasks, t => t.Ordinal == "5");
        Assert.StartsWith("Các Ông/Bà: Chánh Văn phòng Bộ Y tế", execution.Text);
        Assert.Null(execution.Heading);
        Assert.DoesNotContain(record.Tasks, t => t.Text.StartsWith("Quyết định 1227", StringComparison.Ordinal));
    }

    [Theory]
    // NQ 61/2022/QH15 (dev): "… thời kỳ 2021" / "- 2030 trong trường hợp có mâu thuẫn được thực hiện như sau:".
    [InlineData("Việc điều chỉnh quy hoạch cấp quốc gia, quy hoạch vùng, quy hoạch tỉnh thời kỳ 2021", "- 2030 trong trường hợp có mâu thuẫn được thực hiện như sau:")]
    // NQ-132/2020/QH14 (dev): "… dịch vụ hỗ trợ hậu cần" / "- kỹ thuật thì không phải nộp tiền sử dụng đất hằng năm …".
    [InlineData("2. Sử dụng đất quốc phòng, an ninh kết hợp với hoạt động lao động sản xuất, xây dựng kinh tế để cải thiện đời sống, dịch vụ hỗ trợ hậu cần", "- kỹ thuật thì không phải nộp tiền sử dụng đất hằng năm theo quy định của pháp luật về đất đai.")]
    public void A_portal_line_broken_before_a_spaced_hyphen_runs_on(string line, string broken)
    {
        var doc = Extract.Roles("Điều 2. Nhiệm vụ, giải pháp chủ yếu\n" + line + "\n" + broken + "\n");
        var paragraphs = Pipeline.Tasks.ParagraphBuilder.Build(doc);
        Assert.Contains(paragraphs, p => p.Text.EndsWith(line[(line.LastIndexOf(' ') + 1)..] + " " + broken, StringComparison.Ordinal));
    }

    [Fact]
    public void A_dash_line_after_a_colon_or_in_capitals_stays_a_bullet()
    {
        // NQ 61/2022/QH15 (dev): the procedure's two bullets under its lead-in.
        var doc = Extract.Roles("Điều 2. Nhiệm vụ, giải pháp chủ yếu\n"
            + "Việc điều chỉnh quy hoạch cấp quốc gia, quy hoạch vùng, quy hoạch tỉnh thời kỳ 2021 - 2030 trong trường hợp có mâu thuẫn được thực hiện như sau:\n"
            + "- Cơ quan tổ chức lập quy hoạch rà soát nội dung mâu thuẫn cần điều chỉnh;\n"
            + "- Cơ quan tổ chức lập quy hoạch cần điều chỉnh có trách nhiệm tiếp thu, giải trình ý kiến của các Bộ, cơ quan ngang Bộ, cơ quan có liên quan;\n");
        var paragraphs = Pipeline.Tasks.ParagraphBuilder.Build(doc);
        Assert.Contains(paragraphs, p => p.Text.StartsWith("Cơ quan tổ chức lập quy hoạch rà soát", StringComparison.Ordinal));
        Assert.Contains(paragraphs, p => p.Text.StartsWith("Cơ quan tổ chức lập quy hoạch cần điều chỉnh", StringComparison.Ordinal));
    }

    [Fact]
    public void The_year_range_broken_in_a_lead_in_leaves_its_bullets_as_tasks()
    {
        var record = Extract.File("markdown", "NQ-61-2022-QH15-quyhoach.txt");
        Assert.DoesNotContain(record.Tasks, t => t.Text.StartsWith("2030", StringComparison.Ordinal));
        Assert.Contains(record.Tasks, t => t.Text.StartsWith("Cơ quan tổ chức lập quy hoạch rà soát nội dung mâu thuẫn", StringComparison.Ordinal));
    }
}
