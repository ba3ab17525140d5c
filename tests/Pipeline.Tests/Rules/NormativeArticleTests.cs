using Pipeline.Extraction;
using Pipeline.Text;

namespace Pipeline.Tests.Rules;

/// <summary>
/// The opening articles of a regulation (Phạm vi điều chỉnh, Đối tượng áp dụng, Giải thích từ ngữ) state scope,
/// subjects and terms; their clauses assign nothing. Dev document: corpus/html/QD-34-2025-QD-TTg-quy-ho-tro-viec-lam.html
/// (Quy chế of the Quỹ hỗ trợ việc làm), whose expected record has tasks only in the responsibility articles.
/// </summary>
public class NormativeArticleTests
{
    [Fact]
    public void Clauses_of_scope_subject_and_definition_articles_are_not_tasks()
    {
        var record = DocumentExtractor.CreateDefault().Extract(Pipeline.Tests.Sources.Corpus.Load("html/QD-34-2025-QD-TTg-quy-ho-tro-viec-lam.html"));

        Assert.NotEmpty(record.Tasks);
        Assert.DoesNotContain(record.Tasks, t => t.Heading is { } h &&
            (VnText.Fold(h).Contains("pham vi dieu chinh") || VnText.Fold(h).Contains("doi tuong ap dung") || VnText.Fold(h).Contains("giai thich tu ngu")));
    }
}
