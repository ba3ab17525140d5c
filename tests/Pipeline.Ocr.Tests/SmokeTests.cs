using Pipeline.Ocr.Engine;
using Pipeline.Ocr.Readers;
using Pipeline.Sources;
using Xunit.Abstractions;

namespace Pipeline.Ocr.Tests;

public class SmokeTests(ITestOutputHelper output)
{
    [Fact]
    public void Reads_one_png()
    {
        output.WriteLine(TesseractEnvironment.Describe());
        using var pool = new OcrEnginePool(new OcrOptions { Workers = 1 });
        var doc = new ImageSourceReader(pool).Read(SourceFile.Load(Corpus.Scan("real_qd_729_ttg_p1.png")));
        foreach (var line in doc.Lines) output.WriteLine($"{line.Column,-5} {line.Confidence:0.00} {line.Text}");
        Assert.NotEmpty(doc.Lines);
    }
}

public class PdfSmokeTests(ITestOutputHelper output)
{
    [Theory]
    [InlineData("real_hanoi_tb_453_flag.pdf")]
    [InlineData("real_cv_3722_metro.pdf")]
    [InlineData("GP-2507-mo-da-Toong-Gia-Mien-Bac-ban-ky.pdf")]
    [InlineData("Bien-ban-kiem-tra-hien-truong-Yen-Thanh-8.6.2026.pdf")]
    [InlineData("Quyet-dinh-phe-duyet_TKBVTC_kho.pdf")]
    public void Reads_pdf(string name)
    {
        using var pool = new OcrEnginePool();
        var sw = System.Diagnostics.Stopwatch.StartNew();
        var doc = new ScannedPdfReader(pool).Read(SourceFile.Load(Corpus.Scan(name)));
        output.WriteLine($"{name}: {doc.Pages.Length} pages in {sw.Elapsed.TotalSeconds:0.0}s");
        foreach (var w in doc.Warnings) output.WriteLine("warning: " + w);
        foreach (var line in doc.Pages[0].Lines.Take(25)) output.WriteLine($"{line.Column,-5} {line.Confidence:0.00} {line.Text}");
        Assert.NotEmpty(doc.Lines);
    }
}
