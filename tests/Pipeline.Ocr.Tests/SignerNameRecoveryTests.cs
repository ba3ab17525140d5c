using Pipeline.Ocr.Engine;
using Pipeline.Ocr.Readers;
using Pipeline.Sources;
using Pipeline.Sources.Pdf;
using Xunit.Abstractions;

namespace Pipeline.Ocr.Tests;

/// <summary>
/// The signer's name under the red seal, read again from the red channel (SignerNameRecovery) on real colour
/// scans of the dev set: GP-184/GP-BKHCN (a CamScanner PDF), whose gray reading of the foot has the posts but no
/// name, and QĐ-2336/QĐ-UBND Lào Cai, whose gray reading cut "Nguyễn Tuấn Anh" to "Ng" / "uyên Tuấn Anh". In the red
/// channel of CV-813/HC-CNHC the seal still covers the surname ("Phẩm" at confidence 1, the rest at 97), and QĐ-26/QĐ-XPVPHC's
/// name comes with a stroke of the signature read "`" before it. On the phone photo GP-428/GP-BCT the gray pass read the end of
/// the first recipient line ("… Vận Trình") in one Tesseract line with the post "THỨ TRƯỞNG": cut at the wide gap between
/// them, the column holds no name and the red channel gives "Trương Thanh Hoài".
/// </summary>
[Collection(OcrEngineGroup.Name)]
public class SignerNameRecoveryTests(SharedPool shared, ITestOutputHelper output)
{
    [Theory]
    [InlineData("GP-184-GP-BKHCN-giayphep-camscanner.pdf", 1, "Hà Minh Hiệp")]
    [InlineData("QD-2336-QD-UBND-LaoCai-CTDT-KCN-PhuXuan-scan.pdf", 5, "Nguyễn Tuấn Anh")]
    [InlineData("CV-813-HC-CucHoaChat-scan.pdf", 2, "Phạm Huy Nam Sơn")]
    [InlineData("QD-26-QD-XPVPHC-CucHoaChat-scan-badOCR.pdf", 3, "Phùng Mạnh Ngọc")]
    [InlineData("GP-428-GP-BCT-giayphep-hanghoa-nguyhiem-phone.pdf", 1, "Trương Thanh Hoài")]
    public void The_name_under_the_seal_is_read_from_the_red_channel(string scan, int page, string name)
    {
        // The pipeline's text-layer check: QĐ-26's own text layer is a bad OCR ("C6ng ty TNHII"), rejected, so its pages are OCR'd.
        var document = new ScannedPdfReader(shared.Pool, f => PdfTextLayerReader.ReadPages(f)).Read(SourceFile.Load(Corpus.Scan(scan)));
        var lines = document.Pages[page - 1].Lines;
        foreach (var line in lines.TakeLast(14)) output.WriteLine($"{line.Column,-5} {line.Confidence:0.00} {line.Text}");
        Assert.Contains(lines, l => l.Text.Trim() == name);
    }

    /// <summary>CV-813's name line as the red channel reads it (psm 6 over the signature column, page 2 at 300 dpi).</summary>
    private static readonly OcrWord[] Cv813Name =
    [
        new("Phẩm", 1254, 3059, 1438, 3108, 1f, 4),
        new("Huy", 1449, 3049, 1628, 3125, 97f, 4),
        new("Nam", 1645, 3073, 1755, 3114, 97f, 4),
        new("Sơn", 1772, 3072, 1863, 3114, 97f, 4),
    ];

    [Fact]
    public void A_surname_under_the_seal_read_with_no_confidence_takes_the_one_surname_with_its_letters()
    {
        var name = SignerNameRecovery.Name(Cv813Name);
        Assert.NotNull(name);
        Assert.Equal(["Phạm", "Huy", "Nam", "Sơn"], name.Select(w => w.Text));
    }

    /// <summary>QĐ-26's name line in the red channel (page 3): a stroke of the signature read "`" at 95 comes first (its box here is ours).</summary>
    [Fact]
    public void A_stroke_of_the_signature_before_the_name_is_left_out()
    {
        OcrWord[] line =
        [
            new("`", 1000, 1470, 1020, 1490, 95f, 4),
            new("Phùng", 1054, 1479, 1170, 1521, 96f, 4),
            new("Mạnh", 1221, 1485, 1276, 1520, 92f, 4),
            new("Ngọc", 1289, 1485, 1371, 1520, 97f, 4),
        ];
        Assert.Equal(["Phùng", "Mạnh", "Ngọc"], SignerNameRecovery.Name(line)!.Select(w => w.Text));
    }

    [Theory]
    [InlineData("Xyzq")]   // no surname has these letters
    [InlineData("Phẩm")]   // a two-word name: too little left to call it a name
    public void An_unconfident_first_word_is_no_name_unless_it_is_a_surname_of_a_name_of_three_words_or_more(string first)
    {
        OcrWord[] line = first == "Phẩm" ? [Cv813Name[0], Cv813Name[1]] : [Cv813Name[0] with { Text = first }, .. Cv813Name.Skip(1)];
        Assert.Null(SignerNameRecovery.Name(line));
    }

    [Fact]
    public void An_unconfident_word_after_the_surname_is_no_name()
    {
        OcrWord[] line = [Cv813Name[0] with { Confidence = 96f }, Cv813Name[1] with { Confidence = 12f }, .. Cv813Name.Skip(2)];
        Assert.Null(SignerNameRecovery.Name(line));
    }
}
