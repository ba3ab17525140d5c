using Pipeline.Extraction;
using Pipeline.Ml.Tasks;
using Pipeline.Ml.Training;
using Pipeline.Sources;
using Pipeline.Tasks;
using Pipeline.Tests.Support;

namespace Pipeline.Tests.Ml;

/// <summary>
/// How the directive model combines with the rules: it may veto an item the rules only weakly call a directive, never
/// one that holds a strong cue (Giao X, Đề nghị X, X có trách nhiệm …) no structural rule overruled.
/// </summary>
public class DirectivePolicyTests
{
    private static readonly Lazy<ModelSet> Models = new(() => ModelStore.Load(Repo.Path("models"), out _));

    private static DirectiveCandidate Item(string text, SectionKind section = SectionKind.Other)
    {
        var score = new DirectiveTest(Extract.Vocab).Score(text, strictOpening: false);
        return new(text, null, null, 1, section, score, 0, 1, StrongCue: score >= DirectiveTest.StrongScore);
    }

    // Lines from corpus/text/18_CV-3722-VPCP-CN_metro_p1.txt and corpus/markdown/NQ-27-NQ-HDND-BRVT-chuongtrinh-giamsat-2018-body.md.
    [Theory]
    [InlineData("Giao các Bộ: Công an, Tài chính, Xây dựng, Tư pháp, Nông nghiệp và Môi trường có ý kiến đối với đề xuất, kiến nghị của Ủy ban nhân dân tỉnh Đồng Nai tại Tờ trình số 92/TTr-UBND nêu trên, ý kiến gửi Ủy ban nhân dân tỉnh Đồng Nai trước ngày 10 tháng 5 năm 2026 để nghiên cứu, tiếp thu, báo cáo Thủ tướng Chính phủ.")]
    [InlineData("Giao Thường trực Hội đồng nhân dân tỉnh chỉ đạo, tổ chức thực hiện chương trình giám sát của Hội đồng nhân dân tỉnh và báo cáo kết quả thực hiện tại Kỳ họp thường kỳ của Hội đồng nhân dân tỉnh.")]
    public void A_strong_cue_outvotes_the_models_veto(string text)
    {
        var item = Item(text);
        Assert.Equal(DirectiveTest.StrongScore, item.RuleScore);
        var keepStrong = new DirectivePolicy(KeepStrongCues: true, VetoProbability: null);
        Assert.True(keepStrong.IsDirective(item, notDirective: 0.9f, argmaxNotDirective: true));
        Assert.False(DirectivePolicy.ModelAlone.IsDirective(item, notDirective: 0.9f, argmaxNotDirective: true));
        // Findings stay findings, strong cue or not.
        Assert.False(keepStrong.IsDirective(Item(text, SectionKind.Findings), notDirective: 0.1f, argmaxNotDirective: false));
    }

    [Fact]
    public void Without_a_strong_cue_the_model_decides()
    {
        // corpus/expected/CV-2826-SCT-CN-LaoCai-kho-VLNCN-MongSon: an item that opens with an action verb but names no one.
        var item = Item("Trình tự, nội dung kiểm định xây dựng thực hiện theo Điều 5, Thông tư số 10/2021/TT-BXD");
        Assert.True(item.RuleScore is > 0 and < DirectiveTest.StrongScore);
        var keepStrong = new DirectivePolicy(KeepStrongCues: true, VetoProbability: null);
        Assert.False(keepStrong.IsDirective(item, notDirective: 0.9f, argmaxNotDirective: true));
        Assert.True(keepStrong.IsDirective(item, notDirective: 0.2f, argmaxNotDirective: false));
    }

    [Fact]
    public void The_default_extractor_keeps_a_Giao_X_paragraph_of_a_VPCP_letter()
    {
        var set = Models.Value;
        var extractor = DocumentExtractor.CreateDefault().ToBuilder().UseTaskClassifiers(set.TaskClassifiers).Build();
        var record = extractor.Extract(SourceFile.Load(Repo.Path("corpus", "text", "18_CV-3722-VPCP-CN_metro_p1.txt")));
        Assert.Contains(record.Tasks, t => t.Text.StartsWith("Giao các Bộ: Công an, Tài chính", StringComparison.Ordinal));
    }
}
