using System.Runtime.InteropServices;
using Pipeline.Ocr.Imaging;
using Pipeline.Ocr.Native;
using Pipeline.Ocr.Readers;
using Pipeline.Sources;
using Xunit.Abstractions;

namespace Pipeline.Ocr.Tests;

/// <summary>
/// How a page image arrives from outside our folders: saved by a phone or a messaging app as WebP, by an old tool as GIF,
/// or by an archive scanner as JPEG 2000. The page is a real dev scan (TB 453/TB-UBND Hà Nội) re-encoded
/// in memory by Leptonica, so what changes is only how it arrives.
/// </summary>
[Collection(OcrEngineGroup.Name)]
public class ArrivalTests(SharedPool shared, ITestOutputHelper output)
{
    private static readonly string Page = Corpus.Scan("real_hanoi_tb_453_flag_p1.png");

    [Theory]
    [InlineData("page.webp", "image/webp")]
    [InlineData("page.gif", "image/gif")]
    [InlineData("page.jp2", "image/jp2")]
    public void A_page_saved_as_webp_gif_or_jpeg_2000_is_read(string name, string mediaType)
    {
        var format = Path.GetExtension(name) switch { ".webp" => ImageFileFormat.WebP, ".gif" => ImageFileFormat.Gif, _ => ImageFileFormat.Jp2 };
        using var image = ImageDecoder.Decode(File.ReadAllBytes(Page), Page);
        var file = new SourceFile(name, Encode(image.Pix, format));
        var reader = new ImageSourceReader(shared.Pool);
        Assert.True(reader.CanRead(file));
        Assert.Contains(Path.GetExtension(name), SourceReaders.KnownExtensions);
        var document = reader.Read(file);
        Assert.Equal(mediaType, document.MediaType);
        // Leptonica writes WebP and JPEG 2000 lossy: the JPEG 2000 copy runs the issuer into the motto's line, so only the
        // number row, the place-date and the type are required here.
        AssertHeader(document.Pages[0], issuerApart: format == ImageFileFormat.Gif);
    }

    private void AssertHeader(Pipeline.Sources.Page page, bool issuerApart = true)
    {
        var header = page.Lines.Take(8).ToList();
        foreach (var line in header) output.WriteLine($"{line.Column,-5} {line.Text}");
        if (issuerApart) Assert.Contains(header, l => l.Column == Column.Left && l.Text.Trim() == "ỦY BAN NHÂN DÂN");
        Assert.Contains(header, l => l.Column == Column.Left && l.Text.StartsWith("Số:", StringComparison.Ordinal) && l.Text.Contains("/TB-UBND", StringComparison.Ordinal));
        Assert.Contains(header, l => l.Column == Column.Right && l.Text.StartsWith("Hà Nội, ngày", StringComparison.Ordinal));
        Assert.Contains(header, l => l.Text.Trim() == "THÔNG BÁO");
    }

    private static byte[] Encode(PixHandle pix, ImageFileFormat format)
    {
        Assert.Equal(0, Leptonica.PixWriteMem(out var data, out var size, pix, (int)format));
        return Leptonica.TakeEncoded(data, size);
    }
}
