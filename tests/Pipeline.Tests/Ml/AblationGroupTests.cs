using Pipeline.Ml.Annotations;
using Pipeline.Ml.Evaluation;
using Pipeline.Ml.Training;
using Pipeline.Tests.Support;

namespace Pipeline.Tests.Ml;

/// <summary>
/// The ablation per rendering and per level (corpus/catalog.tsv), on four real development documents and one OCR
/// rendering with 2 folds, so it runs in seconds; the copy holds no corpus/test file.
/// </summary>
public class AblationGroupTests
{
    // Two typed seeds (text), the transcription of a scanned QĐ (text, with its OCR rendering: ocr-text), a Word notice (docx).
    private static readonly string[] Subset =
        ["000_8eb51ea822ccb723", "002_b6e14e4fcfdc04cd", "20_QD-729-QD-TTg_pheChuan_p1", "TB-2245_23.4.2026_To-chuc-kiem-tra-ky-chung"];

    private static readonly TrainingOptions Quick = TrainingOptions.Default with { NoisyCopies = 1, Iterations = 15 };

    [Fact]
    public void Every_slice_is_scored_per_rendering_and_level_with_the_four_extractors()
    {
        using var corpus = new SmallCorpus(Subset);
        corpus.AddOcrRendering(new CorpusDocuments(Repo.Path("corpus")), "20_QD-729-QD-TTg_pheChuan_p1");
        corpus.WriteCatalog();
        var slices = Ablation.Run(corpus.Corpus, TrainingData.Load(corpus.Corpus), 2, Quick, Path.Combine(corpus.Dir, OcrRenderings.Folder));

        var text = slices[0];
        Assert.Equal(["docx", "text"], text.ByRendering.Keys);
        Assert.Equal([1, 3], text.ByRendering.Values.Select(g => g.Rules.Documents));
        Assert.Equal(["central/state", "district/party", "province/party", "province/state"], text.ByLevel.Keys);
        // The groups split the slice: their tasks add up to its tasks, for every extractor.
        Assert.Equal(text.Models.Tasks.Expected, text.ByRendering.Values.Sum(g => g.Models.Tasks.Expected));
        Assert.Equal(text.Rules.Tasks.Predicted, text.ByRendering.Values.Sum(g => g.Rules.Tasks.Predicted));

        // The OCR rendering is its own class, scored with the default policy and with the other one.
        var ocr = slices.Where(s => s.Name.StartsWith("OCR", StringComparison.Ordinal)).ToList();
        Assert.Equal(2, ocr.Count);
        Assert.All(ocr, s => Assert.Equal(["ocr-text"], s.ByRendering.Keys));
        Assert.All(ocr, s => Assert.Equal(1, s.Rules.Documents));

        var table = new StringWriter();
        AblationGroupReport.Print(slices, table);
        Assert.Contains("| docx | 1 |", table.ToString());
        Assert.Contains("| ocr-text | 1 |", table.ToString());
        Assert.Contains("text, by level", table.ToString());
    }
}
