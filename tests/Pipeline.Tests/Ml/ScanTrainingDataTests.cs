using Pipeline.Ml.Annotations;
using Pipeline.Tests.Support;

namespace Pipeline.Tests.Ml;

/// <summary>
/// A scan is learnt from its OCR rendering (corpus/ocr/&lt;stem&gt;.txt, a file the data hash covers), never OCR'd again
/// by `train` or `annotate --bootstrap`, even though the command's extractor reads scans.
/// </summary>
public sealed class ScanTrainingDataTests
{
    [Fact]
    public void The_commands_extractor_does_not_make_a_scan_a_training_document_of_its_own()
    {
        using var composition = new Pipeline.Cli.Composition();
        var corpus = new CorpusDocuments(Repo.Path("corpus"), composition.Extractor);
        const string scan = "CV-813-HC-CucHoaChat-scan";
        Assert.NotNull(corpus.Expected(scan));
        Assert.True(File.Exists(Path.Combine(corpus.OcrDir, scan + ".txt")), "the scan has an OCR rendering");

        Assert.Null(corpus.TryPrepare(corpus.InputPath(scan)!));
        // A text input still reads.
        Assert.NotNull(corpus.TryPrepare(corpus.InputPath("CV-683-BTC-CST-thue-GTGT-tinchi")!));
    }
}
