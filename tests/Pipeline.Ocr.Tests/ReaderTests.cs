using System.Buffers.Binary;
using Pipeline.Ocr.Imaging;
using Pipeline.Ocr.Readers;
using Pipeline.Sources;
using UglyToad.PdfPig;
using Xunit.Abstractions;

namespace Pipeline.Ocr.Tests;

[Collection(OcrEngineGroup.Name)]
public class ReaderTests(SharedPool shared, ITestOutputHelper output)
{
    [Theory]
    [InlineData(new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0 }, ImageFormat.Png)]
    [InlineData(new byte[] { 0xFF, 0xD8, 0xFF, 0xE0 }, ImageFormat.Jpeg)]
    [InlineData(new byte[] { 0x49, 0x49, 0x2A, 0x00 }, ImageFormat.Tiff)]
    [InlineData(new byte[] { 0x4D, 0x4D, 0x00, 0x2A }, ImageFormat.Tiff)]
    [InlineData(new byte[] { 0x25, 0x50, 0x44, 0x46 }, ImageFormat.Unknown)]
    public void Formats_are_told_by_magic_bytes(byte[] start, ImageFormat expected) =>
        Assert.Equal(expected, ImageFormats.Detect(start));

    [Fact]
    public void Image_reader_takes_images_by_content_and_leaves_pdfs_alone()
    {
        var reader = new ImageSourceReader(shared.Pool);
        Assert.True(reader.CanRead(SourceFile.Load(Corpus.Scan("real_qd_707_ttg_p1.png"))));
        Assert.True(reader.CanRead(new SourceFile("scan.bin", [0xFF, 0xD8, 0xFF, 0xE0])));
        Assert.False(reader.CanRead(new SourceFile("notice.pdf", "%PDF-1.7\n"u8.ToArray())));
        Assert.True(new ScannedPdfReader(shared.Pool).CanRead(new SourceFile("notice.bin", "%PDF-1.7\n"u8.ToArray())));
    }

    [Fact]
    public void Multi_page_ccitt_g4_tiff_gives_one_page_each()
    {
        var tiff = TwoPageG4Tiff();
        var document = new ImageSourceReader(shared.Pool).Read(new SourceFile("nq-2-pages.tif", tiff));
        foreach (var page in document.Pages) output.WriteLine($"page {page.Number}: {page.Lines.Length} lines, confidence {page.Confidence:0.00}, first '{page.Lines.FirstOrDefault()?.Text}'");
        Assert.Equal("image/tiff", document.MediaType);
        Assert.Equal([1, 2], document.Pages.Select(p => p.Number));
        Assert.All(document.Pages, p => Assert.True(p.Lines.Length > 10));
        Assert.All(document.Lines, l => Assert.InRange(l.Confidence!.Value, 0, 1));
        Assert.All(document.Lines, l => Assert.True(l.Box!.Value.X >= 0 && l.Box.Value.Right <= 1.0001 && l.Box.Value.Bottom <= 1.0001));
    }

    [Fact]
    public void Page_one_lines_keep_the_header_columns_apart()
    {
        var document = new ImageSourceReader(shared.Pool).Read(SourceFile.Load(Corpus.Scan("real_qd_729_ttg_p1.png")));
        foreach (var line in document.Lines.Take(20)) output.WriteLine($"{line.Column,-5} {line.Confidence:0.00} {line.Text}");
        var lines = document.Lines.ToList();
        var issuer = lines.FindIndex(l => l.Text.Contains("THỦ TƯỚNG CHÍNH PHỦ"));
        var motto = lines.FindIndex(l => l.Text.Contains("CỘNG HO"));
        Assert.True(issuer >= 0 && motto >= 0);
        Assert.Equal(Column.Left, lines[issuer].Column);
        Assert.Equal(Column.Right, lines[motto].Column);
        // The number 729 is handwritten into the blank; the printed part must sit in the left column.
        Assert.Contains(lines, l => l.Column == Column.Left && l.Text.Contains("/QĐ-TTg"));
        Assert.Equal(LineOrigin.Ocr, document.Pages[0].Origin);
        Assert.InRange(document.Pages[0].Confidence!.Value, 0.5, 1);
    }

    [Fact]
    public void Jpeg_scan_pdf_pages_are_ocred_with_page_rotation_applied()
    {
        var document = new ScannedPdfReader(shared.Pool).Read(SourceFile.Load(Corpus.Scan("Quyet-dinh-phe-duyet_TKBVTC_kho.pdf")));
        foreach (var line in document.Pages[0].Lines.Take(8)) output.WriteLine($"{line.Column,-5} {line.Confidence:0.00} {line.Text}");
        Assert.Equal(3, document.Pages.Length);
        Assert.Contains(document.Pages[0].Lines, l => l.Text.Contains("QUY") && l.Text.Contains("ĐỊNH"));
        Assert.Contains(document.Pages[0].Lines, l => l.Text.Split(' ').Length >= 8);
    }

    [Fact]
    public void Text_layer_pages_are_kept_and_only_scanned_pages_are_ocred()
    {
        var file = SourceFile.Load(Corpus.Scan("real_hanoi_tb_453_flag.pdf"));
        var typed = new Page(1, [new Line("THÔNG BÁO từ lớp văn bản", 1)], LineOrigin.TextLayer);
        var document = new ScannedPdfReader(shared.Pool, _ => [typed]).Read(file);
        Assert.Same(typed.Lines[0], document.Pages[0].Lines[0]);
        Assert.Equal(LineOrigin.TextLayer, document.Pages[0].Origin);
    }

    [Fact]
    public void Default_text_layer_decision_treats_the_signature_banner_as_no_text()
    {
        var pages = PdfPigTextLayer.Pages(SourceFile.Load(Corpus.Scan("NQ-19-2026-NQ-CP.pdf")));
        Assert.Equal(80, pages.Count);
        Assert.All(pages, Assert.Null);
    }

    [Fact]
    public void Undecodable_page_image_falls_back_to_pdftoppm_with_a_warning()
    {
        // A page-sized JBIG2 image (which no decoder here handles) with a line of text drawn over it:
        // the page is rendered by pdftoppm and the text is recognised from the rendering.
        var pdf = ErrorTests.PdfWithImage("/JBIG2Decode", new byte[2000], "THONG BAO SO 12/TB-UBND");
        var document = new ScannedPdfReader(shared.Pool).Read(new SourceFile("jbig2.pdf", pdf));
        foreach (var warning in document.Warnings) output.WriteLine(warning);
        foreach (var line in document.Lines) output.WriteLine(line.Text);
        Assert.Contains(document.Warnings, w => w.Contains("JBIG2Decode") && w.Contains("pdftoppm at 300 dpi"));
        Assert.Single(document.Pages);
        Assert.Contains(document.Lines, l => l.Text.Contains("12/TB-UBND"));
    }

    [Fact]
    public void Page_whose_images_are_only_strips_is_rendered_not_dropped()
    {
        // The only image covers a tenth of the page (a strip); the text drawn over the page is reachable by rendering.
        var pdf = ErrorTests.PdfWithImage("/DCTDecode", new byte[100], "THONG BAO SO 12/TB-UBND", imageHeightPoints: 80);
        var document = new ScannedPdfReader(shared.Pool).Read(new SourceFile("strips.pdf", pdf));
        foreach (var warning in document.Warnings) output.WriteLine(warning);
        Assert.Contains(document.Warnings, w => w.Contains("strips") && w.Contains("pdftoppm"));
        Assert.Contains(document.Lines, l => l.Text.Contains("12/TB-UBND"));
    }

    /// <summary>Pages 1 and 2 of the NQ-19 scan, their G4 data in one two-directory TIFF.</summary>
    private static byte[] TwoPageG4Tiff()
    {
        using var pdf = PdfDocument.Open(File.ReadAllBytes(Corpus.Scan("NQ-19-2026-NQ-CP.pdf")));
        var first = Wrap(PdfImageExtractor.Extract(pdf.GetPage(1))!);
        var second = Wrap(PdfImageExtractor.Extract(pdf.GetPage(2))!);
        // Append the second TIFF after the first, shift its offsets, and chain its directory to the first one.
        var shift = (uint)first.Length;
        var output = first.Concat(second).ToArray();
        int firstCount = BinaryPrimitives.ReadUInt16LittleEndian(output.AsSpan(8));
        BinaryPrimitives.WriteUInt32LittleEndian(output.AsSpan(10 + 12 * firstCount), shift + 8);
        var ifd = (int)shift + 8;
        int secondCount = BinaryPrimitives.ReadUInt16LittleEndian(output.AsSpan(ifd));
        for (var i = 0; i < secondCount; i++)
        {
            var entry = ifd + 2 + 12 * i;
            if (BinaryPrimitives.ReadUInt16LittleEndian(output.AsSpan(entry)) == 273)
                BinaryPrimitives.WriteUInt32LittleEndian(output.AsSpan(entry + 8), BinaryPrimitives.ReadUInt32LittleEndian(output.AsSpan(entry + 8)) + shift);
        }
        return output;

        static byte[] Wrap(PdfPageImage image) =>
            CcittTiff.Wrap(image.Data, image.Width, image.Height, image.CcittK, image.CcittBlackIs1, image.CcittByteAlign);
    }
}
