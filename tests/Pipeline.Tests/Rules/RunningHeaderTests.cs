using Pipeline.Lines;
using Pipeline.Sources;

namespace Pipeline.Tests.Rules;

/// <summary>
/// The gazette's running head ("CÔNG BÁO/Số 677 + 678/Ngày 24-4-2023") is page furniture: it must neither enter a
/// clause's text nor split a clause that runs over the page break. Dev document corpus/pdf/QD-09-2023-QD-TTg-CongBao-the-APEC.pdf.
/// </summary>
public class RunningHeaderTests
{
    [Fact]
    public void The_gazette_head_is_found_on_the_gazette_pages_and_dropped()
    {
        var source = Support.Extract.Extractor.Readers.Read(SourceFile.Load(Support.Repo.Path("corpus", "pdf", "QD-09-2023-QD-TTg-CongBao-the-APEC.pdf")));

        var heads = RunningHeader.Find(source.Pages);

        Assert.Contains("CÔNG BÁO/Số 677 + 678/Ngày 24-4-2023", heads);
        var prepared = LinePreparer.Prepare(source);
        Assert.DoesNotContain(prepared.Lines, l => l.Text.Contains("CÔNG BÁO/Số 677", StringComparison.Ordinal));
    }

    [Fact]
    public void A_line_printed_on_one_page_is_not_a_running_head()
    {
        var pages = Enumerable.Range(1, 4).Select(n => new Page(n,
            [new Line("CÔNG BÁO/Số 677 + 678/Ngày 24-4-2023", n), new Line(n == 2 ? "Điều 13. Thủ tục cấp mới thẻ ABTC" : $"Nội dung trang {n}", n)],
            LineOrigin.TextLayer)).ToList();

        var heads = RunningHeader.Find(pages);

        Assert.Equal(["CÔNG BÁO/Số 677 + 678/Ngày 24-4-2023"], heads);
    }

    /// <summary>A clause that cites "Điều 10 Quyết định này." does not close the document (QĐ-09 Điều 13.5).</summary>
    [Fact]
    public void A_clause_citing_this_decision_does_not_end_the_outline()
    {
        Assert.False(new Pipeline.Tasks.ClosingFormula(Support.Extract.Vocab).Matches("dụng thẻ ABTC của cấp có thẩm quyền quy định tại Điều 10 Quyết định này."));
        Assert.False(new Pipeline.Tasks.ClosingFormula(Support.Extract.Vocab).Matches("Thực hiện theo quy định tại Quyết định này."));
        Assert.True(new Pipeline.Tasks.ClosingFormula(Support.Extract.Vocab).Matches("Trên đây là Thông báo kết luận của đồng chí Chủ tịch UBND huyện."));
    }
}
