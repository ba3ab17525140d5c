using System.Diagnostics;
using Pipeline.Ocr.Benchmarks;
using Pipeline.Ocr.Readers;
using Pipeline.Sources;
using Xunit.Abstractions;

namespace Pipeline.Ocr.Tests;

/// <summary>The 80-page CCITT G4 resolution (Nghị quyết 19/2026/NQ-CP), end to end: the slowest test, kept single.</summary>
[Collection(OcrEngineGroup.Name)]
public class NqScanTests(SharedPool shared, ITestOutputHelper output)
{
    [Fact]
    public void All_80_pages_of_the_G4_scan_are_read_and_page_1_carries_the_number()
    {
        var file = SourceFile.Load(Corpus.Scan("NQ-19-2026-NQ-CP.pdf"));
        var clock = Stopwatch.StartNew();
        var document = new ScannedPdfReader(shared.Pool).Read(file);
        clock.Stop();
        output.WriteLine($"{document.Pages.Length} pages in {clock.Elapsed.TotalSeconds:0.0} s = {document.Pages.Length / clock.Elapsed.TotalSeconds:0.00} pages/s " +
                         $"with {shared.Pool.Workers} workers; peak resident {PeakMemory.Mebibytes(PeakMemory.ProcessPeakBytes())}");
        foreach (var warning in document.Warnings) output.WriteLine("warning: " + warning);
        foreach (var line in document.Pages[0].Lines) output.WriteLine($"{line.Column,-5} {line.Confidence:0.00} {line.Text}");

        Assert.Equal(80, document.Pages.Length);
        Assert.Equal(Enumerable.Range(1, 80), document.Pages.Select(p => p.Number));
        Assert.All(document.Pages, p => Assert.Equal(LineOrigin.Ocr, p.Origin));
        Assert.All(document.Pages, p => Assert.NotEmpty(p.Lines));
        var page1 = document.Pages[0].Lines;
        Assert.Contains(page1, l => l.Text.Replace(" ", "").Contains("19/2026/NQ-CP"));
        Assert.Contains(page1, l => l.Column == Column.Left && l.Text.Contains("CHÍNH PHỦ"));
        Assert.Contains(page1, l => l.Column == Column.Right && l.Text.Contains("ngày 29 tháng 4 năm 2026"));
        Assert.DoesNotContain(page1, l => l.Text.Contains("thongtinchinhphu@chinhphu.vn") || l.Text.StartsWith("Người ký", StringComparison.Ordinal));
    }
}
