using Pipeline.Sources.Text;
using Pipeline.Tests.Support;

namespace Pipeline.Tests.Sources;

/// <summary>
/// Converters of Word documents to markdown mark italic letters inside a word with stars ("(2*b*)"): CommonMark reads
/// them as emphasis, so the letters stay and the stars go. A star that is not around letters of a word (a footnote
/// "(*)", a bullet "* ") is printed text. Line from corpus/markdown/CV-648-VPCP-NN-thitruong-cacbon.txt (dev).
/// </summary>
public class MarkdownEmphasisTests
{
    [Theory]
    [InlineData("- Lưu: VT, NN (2*b*).Thanh", "- Lưu: VT, NN (2b).Thanh")]
    [InlineData("Lưu: VT, *TH*3.", "Lưu: VT, TH3.")]
    [InlineData("Các nội dung có đánh dấu (*) là bắt buộc", "Các nội dung có đánh dấu (*) là bắt buộc")]
    [InlineData("2*3 = 6", "2*3 = 6")]
    public void Stars_around_letters_inside_a_word_are_emphasis(string raw, string text) =>
        Assert.Equal(text, MarkdownCleaner.Clean(raw).Text);

    [Fact]
    public void The_archive_of_a_pipe_row_foot_keeps_the_italic_letter_without_its_marks()
    {
        var markdown = File.ReadAllText(Repo.Path("corpus", "markdown", "CV-648-VPCP-NN-thitruong-cacbon.txt"));
        var record = Extract.Text(markdown, "CV-648.md");
        Assert.Equal("VT, NN (2b).Thanh", record.Document.Archive);
    }
}
