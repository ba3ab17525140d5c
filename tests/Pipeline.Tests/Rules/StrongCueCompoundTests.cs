using Pipeline.Tasks;
using Pipeline.Tests.Support;

namespace Pipeline.Tests.Rules;

/// <summary>
/// A strong cue's word that opens a noun (strong-cue-compounds.txt: "giao thông", "giao dịch") assigns nothing; the verb
/// still does. Real lines of corpus/layout/KH-134-KH-UBND-LaoCai-thuchien-NQ-34-KCN-CCN.txt (the first two, the second as a text
/// without marks) and corpus/text/18_CV-3722-VPCP-CN_metro_p1.txt (the verb; dev). Session s25prec.
/// </summary>
public class StrongCueCompoundTests
{
    [Theory]
    [InlineData("Đầu tư hạ tầng kỹ thuật đến chân hàng rào khu, CCN theo Luật đầu tư công và pháp luật có liên quan, gồm: Đường giao thông; cấp điện; cấp, thoát nước; viễn thông;", false)]
    [InlineData("Dau tu ha tang ky thuat, gom: Duong giao thong; cap dien", false)]
    [InlineData("Giao các Bộ: Công an, Tài chính, Xây dựng, Tư pháp, Nông nghiệp và Môi trường có ý kiến đối với đề xuất, kiến nghị của Ủy ban", true)]
    public void A_cue_word_opening_a_noun_is_no_cue(string text, bool strong) =>
        Assert.Equal(strong, new DirectiveTest(Extract.Vocab).HasStrongCue(text));
}
