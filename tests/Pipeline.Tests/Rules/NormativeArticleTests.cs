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

/// <summary>
/// A regulation's titled articles on conditions, dossiers and procedures hold no tasks; those whose title assigns
/// duties do. Lines from corpus/pdf/QD-09-2023-QD-TTg-CongBao-the-APEC.pdf (dev), Điều 13 and Điều 25.
/// </summary>
public class TitledArticleTests
{
    private const string Decision = """
        THỦ TƯỚNG CHÍNH PHỦ
        Số: 10/2023/QĐ-TTg
        QUYẾT ĐỊNH
        Về việc cấp, quản lý thẻ đi lại của doanh nhân APEC
        QUYẾT ĐỊNH:
        Điều 13. Thủ tục cấp mới thẻ ABTC
        2. Cơ quan, tổ chức, doanh nghiệp đề nghị cấp mới thẻ ABTC cho doanh nhân đang ở trong nước nộp 01 bộ hồ sơ tại Cục Quản lý xuất nhập cảnh, Bộ Công an.
        4. Trường hợp hồ sơ hợp lệ thì Cục Quản lý xuất nhập cảnh, Bộ Công an tiếp nhận, xử lý và trả kết quả.
        Điều 25. Trách nhiệm của Bộ Công an
        1. Chủ trì, phối hợp với các bộ ngành, Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương soạn thảo, ban hành văn bản quy phạm pháp luật về việc cấp, quản lý thẻ ABTC.
        6. Thực hiện hợp tác quốc tế liên quan đến Chương trình thẻ đi lại doanh nhân APEC.
        """;

    [Fact]
    public void Clauses_of_a_procedure_article_are_not_tasks_and_those_of_a_responsibility_article_are()
    {
        var tasks = Support.Extract.Text(Decision).Tasks;

        Assert.DoesNotContain(tasks, t => t.Ordinal.StartsWith("13", StringComparison.Ordinal));
        Assert.Contains(tasks, t => t.Ordinal == "25.1");
        Assert.Contains(tasks, t => t.Ordinal == "25.6");
    }

    [Fact]
    public void An_article_printed_as_one_sentence_is_not_a_title()
    {
        var tasks = Support.Extract.Text(Decision.Replace("Điều 25. Trách nhiệm của Bộ Công an",
            "Điều 25. Bộ Công an, các bộ ngành liên quan chịu trách nhiệm thi hành Quyết định này.", StringComparison.Ordinal)
            .Replace("Điều 13. Thủ tục cấp mới thẻ ABTC", "Điều 13. Quyết định này có hiệu lực kể từ ngày ký.", StringComparison.Ordinal)).Tasks;

        Assert.Contains(tasks, t => t.Ordinal.StartsWith("25", StringComparison.Ordinal));
    }

    /// <summary>A title longer than a heading line, with numbered clauses under it (corpus/markdown/NQ-132-2020-QH14-dat-quocphong.txt, dev).</summary>
    [Fact]
    public void A_long_title_over_numbered_clauses_is_a_title()
    {
        var tasks = Support.Extract.Text("""
            QUỐC HỘI
            Số: 132/2020/QH14
            NGHỊ QUYẾT
            THÍ ĐIỂM MỘT SỐ CHÍNH SÁCH ĐỂ THÁO GỠ VƯỚNG MẮC, TỒN ĐỌNG TRONG QUẢN LÝ, SỬ DỤNG ĐẤT QUỐC PHÒNG, AN NINH
            QUYẾT NGHỊ:
            Điều 3. Nguyên tắc sử dụng đất quốc phòng, an ninh kết hợp với hoạt động lao động sản xuất, xây dựng kinh tế
            1. Việc sử dụng đất quốc phòng, an ninh phải bảo đảm phục vụ cho nhiệm vụ quân sự, quốc phòng, an ninh.
            4. Không được sử dụng đất quốc phòng, an ninh để góp vốn bằng quyền sử dụng đất.
            Điều 5. Trách nhiệm của Bộ trưởng Bộ Quốc phòng, Bộ trưởng Bộ Công an trong quản lý, sử dụng đất quốc phòng, an ninh kết hợp với hoạt động lao động sản xuất
            1. Tổ chức rà soát, lập, điều chỉnh quy hoạch, kế hoạch sử dụng đất quốc phòng, an ninh.
            """).Tasks;

        Assert.DoesNotContain(tasks, t => t.Ordinal.StartsWith('3'));
        Assert.Contains(tasks, t => t.Ordinal == "5.1");
    }
}
