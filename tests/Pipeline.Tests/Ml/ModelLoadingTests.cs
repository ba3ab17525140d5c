using System.Diagnostics;
using Pipeline.Extraction;
using Pipeline.Lines;
using Pipeline.Ml.Roles;
using Pipeline.Ml.Training;
using Pipeline.Roles;
using Pipeline.Sources;
using Pipeline.Tests.Support;

namespace Pipeline.Tests.Ml;

/// <summary>The committed models load once and predict on real corpus documents, from several threads at once.</summary>
public class ModelLoadingTests
{
    private static readonly Lazy<ModelSet> Models = new(() => ModelStore.Load(Repo.Path("models"), out _));

    [Fact]
    public void The_committed_models_load_together_and_report_their_time()
    {
        var watch = Stopwatch.StartNew();
        var set = ModelStore.Load(Repo.Path("models"), out var elapsed);
        Assert.NotNull(set.Directives);
        // Generous bound for a loaded CI machine; the measured figure is in README.md.
        Assert.True(elapsed < TimeSpan.FromSeconds(5), $"loading took {elapsed.TotalMilliseconds:F0} ms");
        Assert.True(watch.Elapsed >= elapsed);
    }

    [Fact]
    public void The_line_role_model_classifies_a_real_notice()
    {
        var source = DocumentExtractor.CreateDefault().Readers.Read(SourceFile.Load(Repo.Path("corpus", "seeds", "004_2f2804abc48cfa00.txt")));
        var prepared = LinePreparer.Prepare(source);
        var roled = new ModelLineRoleClassifier(Models.Value.LineRoles, Extract.Recognizer).Classify(prepared);

        Assert.Equal(prepared.Lines.Length, roled.Lines.Length);
        Assert.Equal("Số: 194/TB-UBND", roled.First(LineRole.Reference)?.Text);
        Assert.Equal("Phan Tiến Hùng", roled.First(LineRole.SignerName)?.Text);
        Assert.Contains(roled.Lines, l => l.Role == LineRole.ListItem);
    }

    [Fact]
    public void Rules_plus_models_extract_a_real_notice_with_its_tasks()
    {
        var set = Models.Value;
        var extractor = DocumentExtractor.CreateDefault().ToBuilder().UseLineRoles(set.LineRoleClassifier).UseTaskClassifiers(set.TaskClassifiers).Build();
        var record = extractor.Extract(SourceFile.Load(Repo.Path("corpus", "seeds", "004_2f2804abc48cfa00.txt")));

        Assert.Equal("194", record.Document.Number);
        Assert.NotEmpty(record.Tasks);
        Assert.Contains(record.Tasks, t => t.Units.Count > 0);
    }

    private static readonly string[] Seeds = ["000_8eb51ea822ccb723.txt", "001_bb430d707b21ecbe.txt", "002_b6e14e4fcfdc04cd.txt", "004_2f2804abc48cfa00.txt"];

    [Fact]
    public void Predictions_from_parallel_threads_equal_sequential_ones()
    {
        var readers = DocumentExtractor.CreateDefault().Readers;
        var docs = Seeds
            .Select(f => LinePreparer.Prepare(readers.Read(SourceFile.Load(Repo.Path("corpus", "seeds", f))))).ToList();
        var classifier = new ModelLineRoleClassifier(Models.Value.LineRoles, Extract.Recognizer);
        var sequential = docs.Select(d => string.Join(",", classifier.Classify(d).Lines.Select(l => l.Role))).ToList();

        var parallel = new string[docs.Count * 4];
        Parallel.For(0, parallel.Length, new ParallelOptions { MaxDegreeOfParallelism = 4 },
            i => parallel[i] = string.Join(",", classifier.Classify(docs[i % docs.Count]).Lines.Select(l => l.Role)));

        for (var i = 0; i < parallel.Length; i++) Assert.Equal(sequential[i % docs.Count], parallel[i]);
    }
}
