using Pipeline.Ml.Annotations;
using Pipeline.Ml.Tasks;
using Pipeline.Ml.Training;
using Pipeline.Records;
using Pipeline.Roles;
using Pipeline.Tasks;
using Pipeline.Tests.Support;

namespace Pipeline.Tests.Ml;

/// <summary>
/// Learning from a clerk's correction: a corrected record turned into annotations and trained on changes the
/// model's prediction on that document.
/// </summary>
public class CorrectionTests
{
    private static readonly string[] Subset =
        ["000_8eb51ea822ccb723", "002_b6e14e4fcfdc04cd", "20_QD-729-QD-TTg_pheChuan_p1", "03_TB-1894-TB-SCT_LaoCai_ketqua_kiemtra"];

    // A "Thông báo tổ chức kiểm tra" letter: its numbered items only inform (time, place, participants, content),
    // so the clerk's record has no tasks; items like "Nội dung kiểm tra: …" look like tasks to a model that has
    // only seen directive notices.
    private const string Letter = "TB-3059_29.5.2026_Kiem-tra-Sin-Quyen-2-dot";

    private static readonly TrainingOptions Quick = TrainingOptions.Default with { NoisyCopies = 1, Iterations = 15 };

    [Fact]
    public void A_corrected_record_changes_the_directive_prediction_on_its_document()
    {
        using var small = new SmallCorpus(Subset);
        var full = new CorpusDocuments(Repo.Path("corpus"));
        var input = full.InputPath(Letter)!;

        var before = Kinds(ModelTrainer.Train(TrainingData.Load(small.Corpus), Quick).Models, small.Corpus, input);
        Assert.Contains(DirectiveKind.Task, before);

        // The clerk's corrected record: the document's fields as extracted, with every task removed.
        // (The rules already give it no tasks since fact lines are recognised; the model trained without it still does.)
        var extracted = Pipeline.Extraction.DocumentExtractor.CreateDefault().Extract(Pipeline.Sources.SourceFile.Load(input));
        var corrected = Path.Combine(Path.GetDirectoryName(small.Dir)!, "corrected.json");
        File.WriteAllText(corrected, RecordJson.Serialize(extracted with { Tasks = [] }));

        var written = CorrectionAnnotator.Apply(small.Corpus, corrected, input, Extract.Extractor.Rules);
        Assert.True(File.Exists(written.RecordPath));
        Assert.True(File.Exists(written.AnnotationPath));
        Assert.Contains(Letter, small.Corpus.StemsWithRecords());

        var after = Kinds(ModelTrainer.Train(TrainingData.Load(small.Corpus), Quick).Models, small.Corpus, input);
        Assert.Equal(before.Count, after.Count);
        Assert.True(after.Count(k => k == DirectiveKind.Task) < before.Count(k => k == DirectiveKind.Task),
            $"before: {string.Join(",", before)}; after: {string.Join(",", after)}");
    }

    [Fact]
    public void A_corrected_record_sets_the_line_roles_it_implies()
    {
        var lines = new[] { "THÔNG BÁO", "Kết quả kiểm tra việc chấp hành", "trong sử dụng vật liệu nổ", "Nội dung", "Hoàng Văn Thuân" };
        var roles = new List<LineRole> { LineRole.DocType, LineRole.Body, LineRole.Body, LineRole.Body, LineRole.Appendix };
        var record = RecordJson.Deserialize(File.ReadAllText(Repo.Path("corpus", "expected", "TB-1894_9.4.2026_Ket-qua-sau-kiem-tra-chap-hanh.json")));
        record = record with { Document = record.Document with { Title = "Kết quả kiểm tra việc chấp hành trong sử dụng vật liệu nổ" } };

        var changed = CorrectionAnnotator.Correct(lines, roles, record);

        Assert.Equal(3, changed);
        Assert.Equal([LineRole.DocType, LineRole.Title, LineRole.Title, LineRole.Body, LineRole.SignerName], roles);
    }

    private static List<DirectiveKind> Kinds(ModelSet models, CorpusDocuments corpus, string input)
    {
        var roled = Extract.Extractor.Rules.Classify(corpus.Prepare(input));
        var (items, _) = TaskExamples.CollectCandidates(roled, Extract.Vocab);
        // The model's own verdict: the default policy lets it veto only, and these items have no rule score to veto.
        return new ModelDirectiveClassifier(models.Directives, DirectivePolicy.ModelAlone).Classify(items).ToList();
    }
}
