using Pipeline.Extraction;
using Pipeline.Lines;
using Pipeline.Ml.Roles;
using Pipeline.Ml.Training;
using Pipeline.Roles;
using Pipeline.Sources;
using Pipeline.Tests.Support;

namespace Pipeline.Tests.Ml;

/// <summary>
/// `--model-stages body`: the line-role model decides only between the body's roles (what the task stage reads and
/// what it skips), so the header and foot the rules read keep their roles, and the fields with them.
/// </summary>
public sealed class BodyLineRoleTests
{
    private static readonly Lazy<ModelSet> Models = new(() => ModelStore.Load(Repo.Path("models"), out _));

    private static readonly string[] Documents =
    [
        Repo.Path("corpus", "markdown", "NQ-23-2003-QH11-nhadat-truoc-1991.txt"),
        Repo.Path("corpus", "html", "NQ-87-2025-UBTVQH15-dieuchinh-CTLP-2025.html"),
        Repo.Path("corpus", "seeds", "004_2f2804abc48cfa00.txt"),
        Repo.Path("corpus", "html", "QD-42-2025-QD-TTg-tieuchi-vanhoa.html"),
        // The model's moves in QĐ 42 were all in its annex, which now keeps the rules' roles (RoledLine.Annexed): a
        // laid-out letter whose body lines the model does move keeps the check below meaningful.
        Repo.Path("corpus", "layout", "CV-5141-SNNMT-KS-LaoCai-baocao-sanluong.txt"),
        Repo.Path("corpus", "seeds", "002_b6e14e4fcfdc04cd.txt"),
    ];

    [Fact]
    public void The_model_moves_body_lines_only_and_the_header_and_foot_keep_the_rules_roles()
    {
        var readers = DocumentExtractor.CreateDefault().Readers;
        var rules = new RuleLineRoleClassifier(Extract.Recognizer);
        var body = Models.Value.BodyLineRoleClassifier(rules);
        var all = Models.Value.LineRoleClassifier(rules);
        var moved = 0;
        foreach (var path in Documents)
        {
            var prepared = LinePreparer.Prepare(readers.Read(SourceFile.Load(path)));
            var byRules = rules.Classify(prepared).Lines;
            var byBody = body.Classify(prepared).Lines;
            var byAll = all.Classify(prepared).Lines;
            for (var i = 0; i < byRules.Length; i++)
            {
                var inScope = CombinedLineRoleClassifier.BodyScope.Contains(byRules[i].Role) && CombinedLineRoleClassifier.BodyScope.Contains(byAll[i].Role);
                // Where both roles are the body's, the scoped model decides as the unscoped one does; elsewhere the rules do.
                Assert.Equal(inScope ? byAll[i].Role : byRules[i].Role, byBody[i].Role);
                if (byBody[i].Role != byRules[i].Role) moved++;
            }
        }
        Assert.True(moved > 0, "the model changed no body line of these documents");
    }

    [Fact]
    public void A_resolutions_closing_articles_are_read_as_its_text_with_the_body_model()
    {
        // NQ-23/2003/QH11 (thuvienphapluat text): "Điều 4. Giao Uỷ ban thường vụ Quốc hội, căn cứ …" and "Điều 5. Nghị
        // quyết này có hiệu lực … Chính phủ hướng dẫn …" are tasks; the rules alone lose both.
        var set = Models.Value;
        var extractor = DocumentExtractor.CreateDefault().ToBuilder().UseLineRoles(set.BodyLineRoleClassifier).UseTaskClassifiers(set.TaskClassifiers).Build();
        var record = extractor.Extract(SourceFile.Load(Documents[0]));
        Assert.Contains(record.Tasks, t => t.Text.StartsWith("Giao Uỷ ban thường vụ Quốc hội", StringComparison.Ordinal));
        Assert.Equal("23/2003/QH11", record.Document.Reference);
    }
}
