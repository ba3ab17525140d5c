using System.Buffers.Binary;
using System.Text;
using Pipeline.Ocr.Readers;
using Pipeline.Sources;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Writer;
using Xunit.Abstractions;

namespace Pipeline.Ocr.Tests;

[Collection(OcrEngineGroup.Name)]
public class ErrorTests(SharedPool shared, ITestOutputHelper output)
{
    private SourceException ReadImage(string name, byte[] bytes)
    {
        var error = Assert.Throws<SourceException>(() => new ImageSourceReader(shared.Pool).Read(new SourceFile(name, bytes)));
        output.WriteLine($"{name}: [{error.Code}] {error.Message}");
        return error;
    }

    [Fact]
    public void Corrupt_png_is_reported_as_a_corrupt_image()
    {
        var png = File.ReadAllBytes(Corpus.Scan("real_qd_707_ttg_p1.png"));
        var broken = png[..40].Concat(Enumerable.Repeat((byte)0x5A, 4000)).ToArray();
        var error = ReadImage("broken.png", broken);
        Assert.Equal("corrupt-image", error.Code);
        Assert.Contains("corrupt", error.Message);
    }

    [Fact]
    public void Truncated_jpeg_and_non_image_bytes_are_corrupt_images()
    {
        Assert.Equal("corrupt-image", ReadImage("cut.jpg", [0xFF, 0xD8, 0xFF, 0xE0, 0, 0x10, (byte)'J', (byte)'F']).Code);
        var text = ReadImage("notes.png", Encoding.UTF8.GetBytes("this is not an image at all"));
        Assert.Equal("corrupt-image", text.Code);
        Assert.Contains("not PNG, JPEG, TIFF, BMP, WebP, GIF or JPEG 2000", text.Message);
    }

    [Fact]
    public void Absurdly_large_image_is_refused_before_decoding()
    {
        // A PNG whose header claims 30000 x 30000 pixels (900 megapixels).
        var png = File.ReadAllBytes(Corpus.Scan("real_qd_707_ttg_p1.png"));
        BinaryPrimitives.WriteInt32BigEndian(png.AsSpan(16), 30000);
        BinaryPrimitives.WriteInt32BigEndian(png.AsSpan(20), 30000);
        var error = ReadImage("huge.png", png);
        Assert.Equal("too-large", error.Code);
        Assert.Contains("megapixel", error.Message);
    }

    [Fact]
    public void Broken_tiff_directory_is_a_corrupt_image()
    {
        byte[] tiff = [(byte)'I', (byte)'I', 42, 0, 0xFF, 0xFF, 0, 0, 1, 2, 3];
        Assert.Equal("corrupt-image", ReadImage("broken.tif", tiff).Code);
    }

    [Fact]
    public void Pdf_with_neither_text_nor_page_image_is_a_clear_error()
    {
        var builder = new PdfDocumentBuilder();
        builder.AddPage(PageSize.A4);
        var error = Assert.Throws<SourceException>(() =>
            new ScannedPdfReader(shared.Pool).Read(new SourceFile("blank.pdf", builder.Build())));
        output.WriteLine($"[{error.Code}] {error.Message}");
        Assert.Equal("no-text", error.Code);
        Assert.Contains("no text layer and no page image", error.Message);
    }

    [Fact]
    public void Pdf_whose_only_image_cannot_be_decoded_is_a_clear_error()
    {
        // A page-sized DCTDecode image whose bytes are not a JPEG: our decoder fails, pdftoppm renders
        // nothing legible, and the reader says there is no text rather than returning an empty document.
        var error = Assert.Throws<SourceException>(() =>
            new ScannedPdfReader(shared.Pool).Read(new SourceFile("garbage-image.pdf", PdfWithImage("/DCTDecode", new byte[5000]))));
        output.WriteLine($"[{error.Code}] {error.Message}");
        Assert.Equal("no-text", error.Code);
    }

    /// <summary>
    /// A one-page PDF whose page is covered by a 1654x2339 gray image with the given filter and data,
    /// optionally with a few words of Helvetica text drawn over it (too few to count as a text layer).
    /// </summary>
    internal static byte[] PdfWithImage(string filter, byte[] data, string? text = null, int imageHeightPoints = 842)
    {
        var content = $"q 595 0 0 {imageHeightPoints} 0 0 cm /Im0 Do Q" + (text is null ? "" : $" BT /F1 30 Tf 60 700 Td ({text}) Tj ET");
        var objects = new List<byte[]>
        {
            Encoding.ASCII.GetBytes("<< /Type /Catalog /Pages 2 0 R >>"),
            Encoding.ASCII.GetBytes("<< /Type /Pages /Kids [3 0 R] /Count 1 >>"),
            Encoding.ASCII.GetBytes("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /XObject << /Im0 5 0 R >> /Font << /F1 << /Type /Font /Subtype /Type1 /BaseFont /Helvetica >> >> >> /Contents 4 0 R >>"),
            Encoding.ASCII.GetBytes($"<< /Length {content.Length} >>\nstream\n{content}\nendstream"),
            Encoding.ASCII.GetBytes($"<< /Type /XObject /Subtype /Image /Width 1654 /Height 2339 /ColorSpace /DeviceGray /BitsPerComponent 8 /Filter {filter} /Length {data.Length} >>\nstream\n")
                .Concat(data).Concat(Encoding.ASCII.GetBytes("\nendstream")).ToArray(),
        };
        var pdf = new MemoryStream();
        pdf.Write("%PDF-1.4\n"u8);
        var offsets = new List<long>();
        for (var i = 0; i < objects.Count; i++)
        {
            offsets.Add(pdf.Position);
            pdf.Write(Encoding.ASCII.GetBytes($"{i + 1} 0 obj\n"));
            pdf.Write(objects[i]);
            pdf.Write("\nendobj\n"u8);
        }
        var xref = pdf.Position;
        var table = new StringBuilder($"xref\n0 {objects.Count + 1}\n0000000000 65535 f \n");
        foreach (var offset in offsets) table.Append(System.Globalization.CultureInfo.InvariantCulture, $"{offset:D10} 00000 n \n");
        table.Append(System.Globalization.CultureInfo.InvariantCulture, $"trailer\n<< /Size {objects.Count + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n");
        pdf.Write(Encoding.ASCII.GetBytes(table.ToString()));
        return pdf.ToArray();
    }
}
