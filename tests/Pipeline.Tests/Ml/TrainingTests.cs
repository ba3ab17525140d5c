using Pipeline.Tests.Support;
using Pipeline.Ml.Evaluation;
using Pipeline.Ml.Features;
using Pipeline.Ml.Training;

namespace Pipeline.Tests.Ml;

/// <summary>Training is reproducible, and the ablation runs end to end (on a small subset, to stay quick).</summary>
public class TrainingTests
{
    private static readonly string[] Subset =
        ["000_8eb51ea822ccb723", "002_b6e14e4fcfdc04cd", "20_QD-729-QD-TTg_pheChuan_p1", "TB-2245_23.4.2026_To-chuc-kiem-tra-ky-chung"];

    private static readonly TrainingOptions Quick = TrainingOptions.Default with { NoisyCopies = 1, Iterations = 15 };

    [Fact]
    public void Two_trainings_on_the_same_data_give_identical_predictions_and_figures()
    {
        using var corpus = new SmallCorpus(Subset);
        var data = TrainingData.Load(corpus.Corpus);
        var first = ModelTrainer.Train(data, Quick);
        var second = ModelTrainer.Train(TrainingData.Load(corpus.Corpus), Quick);

        Assert.Equal(Summary(first), Summary(second));
        var rows = LineRoleExamples.Build(data.LineDocuments, Extract.Recognizer, 0, 1).Select(r => r.Features).ToList();
        var a = first.Models.LineRoles.Score(rows);
        var b = second.Models.LineRoles.Score(rows);
        for (var i = 0; i < a.Length; i++) Assert.Equal(a[i], b[i]);
        Assert.Equal(data.Hash(Quick, corpus.Dir), TrainingData.Load(corpus.Corpus).Hash(Quick, corpus.Dir));
    }

    [Fact]
    public void The_ablation_runs_on_text_and_noisy_text()
    {
        using var corpus = new SmallCorpus(Subset);
        var slices = Ablation.Run(corpus.Corpus, TrainingData.Load(corpus.Corpus), 2, Quick);

        Assert.Equal(["text", "noisy text"], slices.Select(s => s.Name));
        Assert.All(slices, s => Assert.Equal(Subset.Length, s.Rules.Documents));
        Assert.All(slices, s => Assert.Equal(s.Rules.Tasks.Expected, s.Models.Tasks.Expected));
        var table = new StringWriter();
        AblationReport.Print(slices, table);
        Assert.Contains("| tasks F1 |", table.ToString());
    }

    private static string Summary(ModelTrainer.Trained t) =>
        string.Join(";", t.Entries.Select(e => $"{e.File}:{e.Rows}:{e.TrainingAccuracy}:{string.Join(",", e.Classes)}"));
}
