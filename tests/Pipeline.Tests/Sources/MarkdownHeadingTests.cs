using System.Text.RegularExpressions;
using Pipeline.Tests.Support;

namespace Pipeline.Tests.Sources;

/// <summary>
/// Markdown conversions print articles and chapters as headings, and converters differ in how: "### Điều 1. …",
/// "> ### Điều 1", "**### Điều 1.**", "\#\#\# Điều 1" (an escaped mark), "###Điều 1" (no space), "### Điều 1 ###"
/// (closing marks). Every form must read as the unmarked line, so the outline and the article rules see the article.
/// Lines from corpus/markdown/QD-12-2025-QD-UBND-HaNoi-SoTuPhap.md and QD-33-2025-QD-UBND-HaNoi-gia-chungcu.md (dev).
/// </summary>
public class MarkdownHeadingTests
{
    private static readonly Func<string, string>[] Variants =
    [
        h => "> ### " + h,
        h => "**### " + h + "**",
        h => @"\#\#\# " + h,
        h => "###" + h,
        h => "### " + h + " ###",
        h => "#### **" + h + "**",
    ];

    private static string Remark(string markdown, Func<string, string> variant) =>
        Regex.Replace(markdown, @"^#{1,6} (?<h>(?:Điều|Chương) .*?)[ \t]*$", m => variant(m.Groups["h"].Value), RegexOptions.Multiline);

    private static string Unmark(string markdown) =>
        Regex.Replace(markdown, @"^#{1,6} (?<h>(?:Điều|Chương) .*?)[ \t]*$", m => m.Groups["h"].Value, RegexOptions.Multiline);

    [Fact]
    public void Every_heading_form_of_an_article_reads_as_the_article_line()
    {
        var markdown = File.ReadAllText(Repo.Path("corpus", "markdown", "QD-12-2025-QD-UBND-HaNoi-SoTuPhap.md"));
        string[] articles = ["Điều 1. Vị trí và chức năng", "Điều 2. Nhiệm vụ và quyền hạn"];

        foreach (var variant in Variants)
        {
            var lines = Extract.Roles(Remark(markdown, variant), "QD-12.md").Lines.Select(l => l.Line.Text).ToList();
            foreach (var article in articles) Assert.Contains(article, lines);
            Assert.DoesNotContain(lines, l => l.Contains('#'));
        }
    }

    [Fact]
    public void Every_heading_form_gives_the_tasks_of_the_unmarked_text()
    {
        var markdown = File.ReadAllText(Repo.Path("corpus", "markdown", "QD-33-2025-QD-UBND-HaNoi-gia-chungcu.md"));
        var plain = Outline(Extract.Text(Unmark(markdown), "QD-33.md"));
        Assert.Contains(plain, t => t.StartsWith("4.1", StringComparison.Ordinal));

        Assert.Equal(plain, Outline(Extract.Text(markdown, "QD-33.md")));
        foreach (var variant in Variants)
            Assert.Equal(plain, Outline(Extract.Text(Remark(markdown, variant), "QD-33.md")));
    }

    /// <summary>
    /// The considerations of QĐ-33 are one italic run over lines joined by &lt;br&gt; ("*Căn cứ Luật …;&lt;br&gt;…"): the
    /// opening "*" glued to "Căn cứ" is emphasis, not a bullet that would hold every article ("1.4.1" instead of "4.1").
    /// </summary>
    [Fact]
    public void An_italic_run_split_by_breaks_opens_no_bullet()
    {
        var tasks = Extract.File("markdown", "QD-33-2025-QD-UBND-HaNoi-gia-chungcu.md").Tasks;

        Assert.Contains(tasks, t => t.Ordinal == "4.1.1");
        Assert.DoesNotContain(tasks, t => t.Ordinal.StartsWith("1.4", StringComparison.Ordinal));
    }

    private static List<string> Outline(Pipeline.Records.DocumentRecord record) =>
        record.Tasks.Select(t => $"{t.Ordinal} | {t.Heading} | {t.Text}").ToList();
}
