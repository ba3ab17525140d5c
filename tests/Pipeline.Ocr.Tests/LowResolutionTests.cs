using Pipeline.Ocr.Imaging;
using Pipeline.Ocr.Readers;
using Pipeline.Sources;
using Xunit.Abstractions;

namespace Pipeline.Ocr.Tests;

/// <summary>
/// Pages whose file states a resolution far below a scan's (CV 813/HC-CNHC: a JPEG placed over the A4 page at
/// 86–87 ppi) are upsampled before recognition; an estimated resolution (a screenshot of part of a page) is not
/// trusted for that.
/// </summary>
[Collection(OcrEngineGroup.Name)]
public class LowResolutionTests(SharedPool shared, ITestOutputHelper output)
{
    [Fact]
    public void Only_a_stated_resolution_below_150_dpi_upsamples_the_page()
    {
        var bytes = File.ReadAllBytes(Corpus.Scan("KH-243-KH-UBND-DakLak-CDS-2023-screenshot-top.png"));
        var preparation = ImagePreparation.Default;
        using (var stated = ImageDecoder.Decode(bytes, "screenshot", dpiOverride: 86))
        {
            Assert.True(PagePreparer.Upsamples(stated, 86, preparation));
            using var prepared = PagePreparer.Prepare(stated, preparation);
            Assert.Equal(preparation.TargetDpi, prepared.Dpi);
            Assert.InRange(prepared.Width, stated.Width * 3, stated.Width * 4);
        }
        using (var estimated = ImageDecoder.Decode(bytes, "screenshot"))
        {
            // 800 × 500 px: taken for an A4 page at ~64 dpi, which a crop of a page's top is not.
            Assert.Null(estimated.Dpi);
            var dpi = PagePreparer.EstimateDpi(estimated.Width, estimated.Height);
            Assert.True(dpi < 150);
            Assert.False(PagePreparer.Upsamples(estimated, dpi, preparation));
        }
        using (var scan = ImageDecoder.Decode(bytes, "scan", dpiOverride: 200))
            Assert.False(PagePreparer.Upsamples(scan, 200, preparation));
    }

    [Fact]
    public void An_86_ppi_scan_keeps_the_deputys_post_the_recipients_label_and_the_symbol()
    {
        var document = new ScannedPdfReader(shared.Pool).Read(SourceFile.Load(Corpus.Scan("CV-813-HC-CucHoaChat-scan.pdf")));
        var foot = document.Pages[^1].Lines;
        foreach (var line in foot.TakeLast(12)) output.WriteLine($"{line.Column,-5} {line.Confidence:0.00} {line.Text}");
        // Read at 86 ppi as it is, the post came out "CỤC TRƯỞNG" and the label "Ai nhận:" (so no foot was found).
        Assert.Contains(foot, l => l.Column == Column.Right && l.Text.Trim() == "PHÓ CỤC TRƯỞNG");
        Assert.Contains(foot, l => l.Column == Column.Left && l.Text.StartsWith("Nơi nhận", StringComparison.Ordinal));
        Assert.Contains(foot, l => l.Text.Contains("Lưu: VT, CNHC", StringComparison.Ordinal));
        // At 300 dpi the symbol beside the handwritten number is read at a confidence the noise filter drops; the
        // number row is then read again as one line (NumberRowRereading) and keeps it.
        Assert.Contains(document.Pages[0].Lines, l => l.Column == Column.Left && l.Text.StartsWith("Số:", StringComparison.Ordinal) && l.Text.Contains("/HC-CNHC", StringComparison.Ordinal));
    }
}
