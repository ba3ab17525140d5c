using Pipeline.Sources;
using Pipeline.Sources.Pdf;

namespace Pipeline.Tests.Sources;

public class PdfTextLayerReaderTests
{
    private readonly PdfTextLayerReader _reader = new();

    private static List<string> Texts(SourceDocument doc, Column column) =>
        doc.Lines.Where(l => l.Column == column).Select(l => l.Text).ToList();

    [Fact]
    public void Repairs_glyph_id_text_and_keeps_header_columns_apart()
    {
        // CID fonts without ToUnicode: pdftotext prints "UBND 7ӌ1+ LÀO CAI" for the issuer line.
        var doc = _reader.Read(Corpus.Load("pdf/TB-1894-ket-qua-sau-kiem-tra-VLNCN-ban-ky.pdf"));

        Assert.Equal(PdfTextLayerReader.PdfMediaType, doc.MediaType);
        Assert.Equal(2, doc.Pages.Length);
        Assert.All(doc.Pages, p => Assert.Equal(LineOrigin.TextLayer, p.Origin));
        var first = doc.Pages[0].Lines;
        Assert.Equal(new Line("UBND TỈNH LÀO CAI", 1, first[0].Box, Column.Left), first[0] with { Bold = false });
        Assert.Contains("SỞ CÔNG THƯƠNG", Texts(doc, Column.Left));
        Assert.Contains("Số: 1894 /TB-SCT", Texts(doc, Column.Left));
        Assert.Contains("CỘNG HÕA XÃ HỘI CHỦ NGHĨA VIỆT NAM", Texts(doc, Column.Right));
        Assert.Contains("Độc lập - Tự do - Hạnh phúc", Texts(doc, Column.Right));
        Assert.Contains("Lào Cai, ngày 09 tháng 4 năm 2026", Texts(doc, Column.Right));
        Assert.Contains(doc.Lines, l => l.Text == "THÔNG BÁO" && l.Column == Column.Full && l.Bold);
        Assert.Contains(doc.Lines, l => l.Text.StartsWith("giao thông Yên Bái (Gói thầu số 13: Thi công công trình nối Quốc lộ 32", StringComparison.Ordinal));
        Assert.Contains(doc.Warnings, w => w.Contains("ToUnicode"));
    }

    [Fact]
    public void Foot_block_puts_recipients_left_and_signer_right()
    {
        var doc = _reader.Read(Corpus.Load("pdf/TB-1894-ket-qua-sau-kiem-tra-VLNCN-ban-ky.pdf"));
        var left = Texts(doc, Column.Left);
        var right = Texts(doc, Column.Right);

        Assert.Contains("Nơi nhận:", left);
        Assert.Contains("- Tổng công ty xây dựng Trường Sơn;", left);
        Assert.Contains("- Lưu: VT, CN(M.Cường).", left);
        Assert.Equal(["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "Hoàng Văn Thuân"], right.TakeLast(3));
        // The paragraph's last line above "Nơi nhận:" is body text, not part of the block.
        Assert.Contains(doc.Lines, l => l.Text.StartsWith("Sở Công Thương Lào Cai thông báo", StringComparison.Ordinal) && l.Column == Column.Full);
    }

    [Theory]
    [InlineData("pdf/QD-1050-kiem-tra-VLNCN-2026.pdf", 4, "UBND TỈNH LÀO CAI", "QUYẾT ĐỊNH")]
    [InlineData("pdf/KH-1105-DKT-ke-hoach-kiem-tra.pdf", 6, "SỞ CÔNG THƯƠNG", "KẾ HOẠCH")]
    [InlineData("pdf/CV-UBND-tinh-chi-dao-quan-ly-giam-sat-VLNCN.pdf", 4, "UỶ BAN NHÂN DÂN", "Kính gửi:")]
    [InlineData("pdf/CV-4280-tra-ho-so-Thanh-Huong-2026.pdf", 3, "UBND TỈNH LÀO CAI", "Kính gửi: Doanh nghiệp tư nhân Thành Hương Nghĩa Lộ")]
    public void Every_page_of_the_born_digital_pdfs_has_real_text(string path, int pages, string issuer, string expected)
    {
        var doc = _reader.Read(Corpus.Load(path));

        Assert.Equal(pages, doc.Pages.Length);
        Assert.Equal(issuer, doc.Pages[0].Lines[0].Text);
        Assert.Equal(Column.Left, doc.Pages[0].Lines[0].Column);
        Assert.Contains(doc.Lines, l => l.Text == expected);
        Assert.All(doc.Pages, p => Assert.True(TextLayerQuality.SyllableShare(p.Lines) > 0.9));
    }

    [Fact]
    public void An_image_only_page_is_left_for_ocr_and_named_in_a_warning()
    {
        var file = Corpus.Load("pdf/1629_SCT_CN_KHKTNT_Kho_VLCN_tam_Thuydien_NamCang1A_27.3.2026.pdf");

        var pages = PdfTextLayerReader.ReadPages(file);
        Assert.Equal(3, pages.Count);
        Assert.NotNull(pages[0]);
        Assert.NotNull(pages[1]);
        Assert.Null(pages[2]); // the signed last page is an image with only the page number as text

        var doc = _reader.Read(file);
        Assert.Equal([1, 2], doc.Pages.Select(p => p.Number));
        Assert.Contains(doc.Warnings, w => w.Contains("OCR") && w.Contains(": 3 of 3"));
    }

    [Fact]
    public void A_scan_is_reported_as_having_no_text_layer()
    {
        var file = Corpus.Load("scans/real_hanoi_tb_453_flag.pdf");

        Assert.All(PdfTextLayerReader.ReadPages(file), Assert.Null);
        var error = Assert.Throws<SourceException>(() => _reader.Read(file));
        Assert.Equal("no-text-layer", error.Code);
        Assert.Equal("the PDF has no text layer (scanned pages: 1 of 1); OCR is needed", error.Message);
    }

    [Fact]
    public void A_file_that_is_not_a_pdf_is_rejected()
    {
        var file = new SourceFile("renamed.pdf", "PK\u0003\u0004 this is really a zip"u8.ToArray());

        Assert.True(_reader.CanRead(file));
        var error = Assert.Throws<SourceException>(() => _reader.Read(file));
        Assert.Equal("not-pdf", error.Code);
        Assert.DoesNotContain('\n', error.Message);
    }

    [Fact]
    public void A_truncated_pdf_is_rejected_with_a_clear_error()
    {
        var bytes = File.ReadAllBytes(Corpus.PathOf("pdf/QD-1050-kiem-tra-VLNCN-2026.pdf"));
        var file = new SourceFile("half.pdf", bytes[..(bytes.Length / 2)]);

        var error = Assert.Throws<SourceException>(() => PdfTextLayerReader.ReadPages(file));
        Assert.Equal("corrupt", error.Code);
        Assert.Contains("truncated", error.Message);
    }

    [Fact]
    public void A_password_protected_pdf_is_reported_as_encrypted()
    {
        var error = Assert.Throws<SourceException>(() => _reader.Read(new SourceFile("locked.pdf", PdfFixture.PasswordProtected())));

        Assert.Equal("encrypted", error.Code);
        Assert.Equal("the PDF is encrypted (password-protected)", error.Message);
    }

    [Fact]
    public void Garbage_after_a_pdf_header_is_reported_as_damaged()
    {
        var bytes = "%PDF-1.7\n"u8.ToArray().Concat(Enumerable.Repeat((byte)'x', 4000)).Concat("\n%%EOF\n"u8.ToArray()).ToArray();

        var error = Assert.Throws<SourceException>(() => _reader.Read(new SourceFile("junk.pdf", bytes)));
        Assert.Equal("corrupt", error.Code);
    }
}
