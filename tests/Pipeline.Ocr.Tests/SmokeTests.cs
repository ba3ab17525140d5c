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
