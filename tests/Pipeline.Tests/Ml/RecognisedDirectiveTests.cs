using Pipeline.Extraction;
using Pipeline.Ml.Tasks;
using Pipeline.Sources;
using Pipeline.Tasks;
using Pipeline.Tests.Support;

namespace Pipeline.Tests.Ml;

/// <summary>
/// DirectivePolicy.VetoesRecognisedText: the task stage tells the directive classifier that an item was recognised from
/// an image, and a policy that does not veto such items lets the rules decide them.
/// </summary>
public class RecognisedDirectiveTests
{
    // corpus/ocr/20_QD-729-QD-TTg_pheChuan_p1.txt: our OCR of the scanned QĐ 729/QĐ-TTg, its articles as read.
    private const string Articles = """
        QUYẾT ĐỊNH:
        Điều 1. Phê chuẩn kết quả bầu chức vụ Chủ tịch Ủy ban nhân dân thành phố
        Đà Nẵng nhiệm kỳ 2026 - 2031 đối với ông Nguyễn Mạnh Hùng, Phó Bí thư
        Thành ủy Đà Nẵng nhiệm kỳ 2025 - 2030.
        Điều 2. Quyết định này có hiệu lực thi hành kể từ ngày ký ban hành.
        Điều 3. Bộ trưởng Bộ Nội vụ, Hội đồng nhân dân, Ủy ban nhân dân thành phố
        Đà Nẵng và ông Nguyễn Mạnh Hùng chịu trách nhiệm thi hành Quyết định này./.
        """;

    private sealed class Recorder : IDirectiveClassifier
    {
        public List<DirectiveCandidate> Seen { get; } = [];
        public string Name => "recorder";
        public IReadOnlyList<DirectiveKind> Classify(IReadOnlyList<DirectiveCandidate> candidates)
        {
            Seen.AddRange(candidates);
            return RuleDirectiveClassifier.Instance.Classify(candidates);
        }
    }

    private static List<DirectiveCandidate> Candidates(LineOrigin origin)
    {
        var recorder = new Recorder();
        var extractor = Extract.Extractor.ToBuilder().UseTaskClassifiers(TaskClassifiers.Rules with { Directives = recorder }).Build();
        var read = extractor.Readers.Read(new SourceFile("scan.txt", System.Text.Encoding.UTF8.GetBytes(Articles)));
        extractor.Extract(read with { Pages = [.. read.Pages.Select(p => p with { Origin = origin })] });
        return recorder.Seen;
    }

    [Fact]
    public void Items_of_a_recognised_page_are_marked_recognised_and_typed_ones_are_not()
    {
        Assert.NotEmpty(Candidates(LineOrigin.Ocr));
        Assert.All(Candidates(LineOrigin.Ocr), c => Assert.True(c.Recognised));
        Assert.All(Candidates(LineOrigin.Text), c => Assert.False(c.Recognised));
        Assert.All(Candidates(LineOrigin.TextLayer), c => Assert.False(c.Recognised));
    }

    [Fact]
    public void A_policy_that_does_not_veto_recognised_text_keeps_the_rules_verdict_there_only()
    {
        var article3 = Candidates(LineOrigin.Ocr).Single(c => c.Text.Contains("chịu trách nhiệm thi hành")) with { StrongCue = false };
        Assert.True(article3.RuleScore > 0);
        var trusting = DirectivePolicy.Default with { VetoesRecognisedText = false };
        var vetoing = DirectivePolicy.Default with { VetoesRecognisedText = true };

        // The model sure it is not a task (P(not) 0.95): vetoed unless the policy leaves recognised items to the rules.
        Assert.True(trusting.IsDirective(article3, 0.95f, argmaxNotDirective: true));
        Assert.False(vetoing.IsDirective(article3, 0.95f, argmaxNotDirective: true));
        Assert.False(trusting.IsDirective(article3 with { Recognised = false }, 0.95f, argmaxNotDirective: true));
        // Nor does the model add an item the rules do not take on a recognised page.
        Assert.False(trusting.IsDirective(article3 with { RuleScore = 0 }, 0.01f, argmaxNotDirective: false));
    }
}
