using Pipeline.Sources;
using Pipeline.Sources.Word;

namespace Pipeline.Tests.Sources;

public class DocxReaderTests
{
    private readonly DocxReader _reader = new();

    private static List<string> Texts(SourceDocument doc, Column column) =>
        doc.Lines.Where(l => l.Column == column).Select(l => l.Text).ToList();

    [Fact]
    public void Notice_header_and_foot_come_out_as_left_and_right_blocks()
    {
        var doc = _reader.Read(Corpus.Load("docx/TB-1894_9.4.2026_Ket-qua-sau-kiem-tra-chap-hanh.docx"));

        Assert.Equal(DocxReader.DocxMediaType, doc.MediaType);
        Assert.All(doc.Pages, p => Assert.Equal(LineOrigin.Text, p.Origin));
        Assert.All(doc.Lines, l => Assert.Null(l.Box));
        var lines = doc.Lines.Where(l => !l.IsBlank).ToList();
        Assert.Equal(("UBND TỈNH LÀO CAI", Column.Left), (lines[0].Text, lines[0].Column));
        Assert.Equal(("SỞ CÔNG THƯƠNG", Column.Left, true), (lines[1].Text, lines[1].Column, lines[1].Bold));
        Assert.Equal(("Số: /TB-SCT", Column.Left), (lines[2].Text, lines[2].Column));
        Assert.Equal(("CỘNG HÕA XÃ HỘI CHỦ NGHĨA VIỆT NAM", Column.Right), (lines[3].Text, lines[3].Column));
        Assert.Equal(("Độc lập - Tự do - Hạnh phúc", Column.Right), (lines[4].Text, lines[4].Column));
        Assert.StartsWith("Lào Cai, ngày tháng 4", lines[5].Text);
        Assert.Equal(Column.Right, lines[5].Column);
        Assert.Equal(("THÔNG BÁO", Column.Full, true), (lines[6].Text, lines[6].Column, lines[6].Bold));
        Assert.Contains(lines, l => l.Text == "1. Kết quả kiểm tra" && l.Bold);
        Assert.Contains(lines, l => l.Text == "2. Kiến nghị" && l.Bold);

        var left = Texts(doc, Column.Left).Where(t => t.Length > 0).ToList();
        var right = Texts(doc, Column.Right).Where(t => t.Length > 0).ToList();
        Assert.Equal(["Nơi nhận:", "- Công ty CP XD Giao thông Yên Bái;", "- Tổng công ty xây dựng Trường Sơn;",
            "- Công ty TNHH Hiệp Phú;", "- Ban Giám đốc Sở;", "- Lưu: VT, CN(M.Cường)."], left.Skip(3));
        Assert.Equal(["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "Hoàng Văn Thuân"], right.Skip(3));
    }

    [Fact]
    public void Rendered_page_breaks_make_pages()
    {
        var doc = _reader.Read(Corpus.Load("docx/TB-1894_9.4.2026_Ket-qua-sau-kiem-tra-chap-hanh.docx"));

        Assert.Equal([1, 2], doc.Pages.Select(p => p.Number));
        Assert.Equal("tốt hơn, Sở Công Thương yêu cầu đơn vị nêu trên thực hiện một số nội dung sau:", doc.Pages[1].Lines[0].Text);
        Assert.All(doc.Pages[1].Lines, l => Assert.Equal(2, l.Page));
    }

    [Fact]
    public void Plan_numbering_and_data_table_rows()
    {
        var doc = _reader.Read(Corpus.Load("docx/KH-2242_23.4.2026_Kiem-tra-cap-GCN-28-don-vi.docx"));
        var texts = doc.Lines.Select(l => l.Text).ToList();

        Assert.Contains("I. MỤC ĐÍCH, YÊU CẦU", texts);
        Assert.Contains("1. Mục đích", texts);
        // The "TT" column of the task table is Word's automatic numbering.
        Assert.Contains(doc.Lines, l => l.Text == "TT | Nhiệm vụ thực hiện | Người thực hiện | Ghi chú" && l.Bold);
        Assert.Contains("1. | Rà soát việc đáp ứng các điều kiện của học viên | Đỗ Mạnh Cường Vũ Việt Linh Nguyễn Thị Loan |", texts);
        Assert.Contains("9. | Trình ký chứng chỉ | Đỗ Mạnh Cường |", texts);
        // The foot table is not the last table, yet it is recognised by "Nơi nhận".
        Assert.Contains(doc.Lines, l => l.Text == "Nơi nhận:" && l.Column == Column.Left);
        Assert.Contains(doc.Lines, l => l.Text == "KT. GIÁM ĐỐC" && l.Column == Column.Right);
        Assert.Contains(doc.Lines, l => l.Text == "Hoàng Văn Thuân" && l.Column == Column.Right);
    }

    [Fact]
    public void Style_numbered_headings_get_their_labels_and_footnotes_follow_the_body()
    {
        var doc = _reader.Read(Corpus.Load("docx/TB-tham-dinh-TKKT-dieu-chinh-thuy-dien-YenHa.docx"));
        var texts = doc.Lines.Select(l => l.Text).ToList();

        Assert.Contains("1. Văn bản pháp lý", texts);
        Assert.Contains("1. Phạm vi, cơ sở thực hiện thẩm định", texts);
        Assert.StartsWith("[1] Tại khoản 1, Điều 1 Thông tư số 64/2025/TT-BTC", texts[^1]);
        Assert.DoesNotContain(texts, t => t.Contains('\t') || t.Contains('\u00A0') || t != t.Trim());
    }

    [Fact]
    public void Explicit_page_breaks_start_appendix_pages()
    {
        var doc = _reader.Read(Corpus.Load("docx/SCT-CN_TB_KTCTNT_khomin_TD_ngoiNhu1A_chiengKen-Lao-Cai.docx"));

        var appendix = doc.Pages.Single(p => p.Lines.Any(l => l.Text == "Phụ lục 01"));
        Assert.Equal("Phụ lục 01", appendix.Lines[0].Text);
        Assert.Contains(doc.Lines, l => l.Text.StartsWith("a) Tên công trình:", StringComparison.Ordinal));
        Assert.Contains(doc.Lines, l => l.Text == "Hoàng Văn Thuân" && l.Column == Column.Right && l.Page < appendix.Number);
    }

    [Theory]
    [InlineData("docx/KH-3024_27.5.2026_Ky-rieng-Sin-Quyen.docx")]
    [InlineData("docx/TB-2245_23.4.2026_To-chuc-kiem-tra-ky-chung.docx")]
    [InlineData("docx/TB_13.4.2026_Kiem-tra-tai-tru-so-Hoa-chat-mo-Tay-Bac.docx")]
    [InlineData("docx/TB-SCT_KhoVLNCL_ThuydienNamCang1A.docx")]
    public void Every_notice_has_the_motto_right_and_a_number_line_left(string path)
    {
        var doc = _reader.Read(Corpus.Load(path));

        Assert.Contains(doc.Lines, l => l.Column == Column.Right && l.Text.StartsWith("CỘNG H", StringComparison.Ordinal));
        Assert.Contains(doc.Lines, l => l.Column == Column.Left && l.Text.StartsWith("Số", StringComparison.Ordinal));
        Assert.Contains(doc.Lines, l => l.Column == Column.Left && l.Text.StartsWith("Nơi nhận", StringComparison.Ordinal));
        Assert.DoesNotContain(doc.Lines.Zip(doc.Lines.Skip(1)), pair => pair.First.IsBlank && pair.Second.IsBlank && pair.First.Page == pair.Second.Page);
    }

    [Fact]
    public void CanRead_judges_content_then_name()
    {
        Assert.True(_reader.CanRead(Corpus.Load("docx/TB-2245_23.4.2026_To-chuc-kiem-tra-ky-chung.docx")));
        Assert.False(_reader.CanRead(new SourceFile("a.pdf", "%PDF-1.7"u8.ToArray())));
        Assert.True(_reader.CanRead(new SourceFile("a.docx", "not a zip"u8.ToArray())));
    }

    [Fact]
    public void A_truncated_docx_is_corrupt()
    {
        var bytes = File.ReadAllBytes(Corpus.PathOf("docx/TB-2245_23.4.2026_To-chuc-kiem-tra-ky-chung.docx"));

        var error = Assert.Throws<SourceException>(() => _reader.Read(new SourceFile("half.docx", bytes[..(bytes.Length / 2)])));
        Assert.Equal("corrupt", error.Code);
        Assert.DoesNotContain('\n', error.Message);
    }

    [Fact]
    public void A_zip_without_a_word_document_is_corrupt()
    {
        using var buffer = new MemoryStream();
        using (var zip = new System.IO.Compression.ZipArchive(buffer, System.IO.Compression.ZipArchiveMode.Create, leaveOpen: true))
        {
            using var writer = new StreamWriter(zip.CreateEntry("hello.txt").Open());
            writer.Write("hello");
        }

        var error = Assert.Throws<SourceException>(() => _reader.Read(new SourceFile("x.docx", buffer.ToArray())));
        Assert.Equal("corrupt", error.Code);
    }

    [Fact]
    public void Text_that_is_not_a_zip_is_corrupt()
    {
        var error = Assert.Throws<SourceException>(() => _reader.Read(new SourceFile("x.docx", "hello"u8.ToArray())));
        Assert.Equal("corrupt", error.Code);
    }
}
