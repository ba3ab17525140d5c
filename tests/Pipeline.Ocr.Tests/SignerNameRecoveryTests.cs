using Pipeline.Ocr.Readers;
using Pipeline.Sources;
using Xunit.Abstractions;

namespace Pipeline.Ocr.Tests;

/// <summary>
/// The signer's name under the red seal, read again from the red channel (SignerNameRecovery) on real colour
/// scans of the dev set: GP-184/GP-BKHCN (a CamScanner PDF), whose gray reading of the foot has the posts but no
/// name, and QĐ-2336/QĐ-UBND Lào Cai, whose gray reading cut "Nguyễn Tuấn Anh" to "Ng" / "uyên Tuấn Anh".
/// </summary>
[Collection(OcrEngineGroup.Name)]
public class SignerNameRecoveryTests(SharedPool shared, ITestOutputHelper output)
{
    [Theory]
    [InlineData("GP-184-GP-BKHCN-giayphep-camscanner.pdf", 1, "Hà Minh Hiệp")]
    [InlineData("QD-2336-QD-UBND-LaoCai-CTDT-KCN-PhuXuan-scan.pdf", 5, "Nguyễn Tuấn Anh")]
    public void The_name_under_the_seal_is_read_from_the_red_channel(string scan, int page, string name)
    {
        var document = new ScannedPdfReader(shared.Pool).Read(SourceFile.Load(Corpus.Scan(scan)));
        var lines = document.Pages[page - 1].Lines;
        foreach (var line in lines.TakeLast(14)) output.WriteLine($"{line.Column,-5} {line.Confidence:0.00} {line.Text}");
        Assert.Contains(lines, l => l.Text.Trim() == name);
    }
}
