using Pipeline.Ocr.Engine;
using Pipeline.Ocr.Imaging;
using Pipeline.Ocr.Readers;
using Pipeline.Sources;
using UglyToad.PdfPig;
using Xunit.Abstractions;

namespace Pipeline.Ocr.Tests;

public class ScratchDebug(ITestOutputHelper output)
{
    [Fact]
    public void Debug_nq_page1()
    {
        var file = SourceFile.Load(Corpus.Scan("NQ-19-2026-NQ-CP.pdf"));
        PdfPageImage img;
        using (var doc = PdfDocument.Open(file.Bytes)) img = PdfImageExtractor.Extract(doc.GetPage(1))!;
        using var engine = new OcrEngine(new OcrOptions());
        using var decoded = PdfImageDecoder.Decode(img, 1);
        using var prepared = PagePreparer.Prepare(decoded, ImagePreparation.Default);
        var raw = engine.Recognize(prepared);
        foreach (var w in raw.Words.Where(w => w.Top < raw.Height * 0.25 && w.Top > raw.Height * 0.17)) output.WriteLine($"  L{w.Line} {w.Confidence:0} [{w.Left},{w.Top},{w.Right},{w.Bottom}] {w.Text}");
    }
}
