using Pipeline.Ocr.Engine;
using Pipeline.Ocr.Evaluation;
using Pipeline.Ocr.Imaging;
using Pipeline.Sources;
using Xunit.Abstractions;

namespace Pipeline.Ocr.Tests;

/// <summary>
/// A notice photographed and forwarded at low resolution (Engine/TextSize). The page is a real dev scan (TB 453/TB-UBND
/// Hà Nội, 1700 × 2200 px) spoiled in memory as `pipeline bench-degraded` does: 700 px wide, JPEG quality 60,
/// words about 12 px high. Read as it comes, Tesseract ran the place-date into one word (`HàNội ngày tháng năm`, no place)
/// and cut body rows in two; read scaled by its text size (words ~34 px high, as on the 200 dpi scan) the header
/// comes out as on the scan.
/// </summary>
[Collection(OcrEngineGroup.Name)]
public class SmallTextTests(SharedPool shared, ITestOutputHelper output)
{
    private static readonly string Page = Corpus.Scan("real_hanoi_tb_453_flag_p1.png");

    private RecognizedPage Read(byte[] bytes)
    {
        using var image = ImageDecoder.Decode(bytes, "page");
        return shared.Pool.Use(engine => PageRecognizer.Recognize(engine, image, 1, shared.Pool.Options));
    }

    [Fact]
    public void A_page_photographed_at_700_px_is_read_at_its_text_size_and_keeps_its_header()
    {
        var degraded = new PageDegradation(Width: 700, Quality: 60).Apply(File.ReadAllBytes(Page), "TB-453 page 1");
        var page = Read(degraded);
        foreach (var line in page.Page.Lines.Take(10)) output.WriteLine($"{line.Column,-5} {line.Text}");
        Assert.Contains(page.Warnings, w => w.Contains("the text is small", StringComparison.Ordinal));
        var lines = page.Page.Lines.Select(l => l.Text).ToList();
        Assert.Contains(lines, l => l.StartsWith("ỦY BAN NHÂN DÂN", StringComparison.Ordinal));
        Assert.Contains("THÀNH PHỐ HÀ NỘI", lines);
        Assert.Contains("THÔNG BÁO", lines);
        Assert.Contains(lines, l => l.StartsWith("Hà Nội, ngày", StringComparison.Ordinal));
    }

    [Fact]
    public void A_200_dpi_scan_is_read_as_it_is()
    {
        var page = Read(File.ReadAllBytes(Page));
        Assert.DoesNotContain(page.Warnings, w => w.Contains("the text is small", StringComparison.Ordinal));
        Assert.True(TextSize.MedianWordHeight(page.Raw!) >= TextSize.SmallBelowPixels);
    }
}
