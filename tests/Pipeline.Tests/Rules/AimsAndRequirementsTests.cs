using Pipeline.Tasks;
using Pipeline.Tests.Support;

namespace Pipeline.Tests.Rules;

/// <summary>
/// "mục đích, yêu cầu" is a noun pair ("aims and requirements", reported-cues.txt), not a request: a conference programme's
/// step that announces them (under "3. Trình tự tổ chức hội nghị", programme-sections.txt) is no task. Real lines of
/// corpus/text/KH-MTTQ-BTT-xa-LuongMinh-hoinghi-cutri-noicutru-docxtext.txt (III.3.1, dev) and, for the verb, of the
/// 18_CV-3722-VPCP-CN metro letter (StrongCueCompoundTests).
/// </summary>
public class AimsAndRequirementsTests
{
    [Theory]
    [InlineData("Giới thiệu mục đích, yêu cầu của hội nghị;", false)]
    [InlineData("Giao các Bộ: Công an, Tài chính, Xây dựng, Tư pháp, Nông nghiệp và Môi trường có ý kiến đối với đề xuất, kiến nghị của Ủy ban", true)]
    public void Aims_and_requirements_are_no_request(string text, bool strong) =>
        Assert.Equal(strong, new DirectiveTest(Extract.Vocab).HasStrongCue(text));

    private const string Plan = """
        ỦY BAN MTTQ VIỆT NAM
        XÃ LƯƠNG MINH
        BAN THƯỜNG TRỰC
        Số:      /KH-MTTQ-BTT
        Lương Minh, ngày 12 tháng 01 năm 2026
        KẾ HOẠCH
        Tổ chức hội nghị lấy ý kiến nhận xét và tín nhiệm của cử tri nơi cư trú đối với người ứng cử đại biểu Quốc hội khóa XVI
        III. TỔ CHỨC HỘI NGHỊ LẤY Ý KIẾN NHẬN XÉT VÀ TÍN NHIỆM
        3. Trình tự tổ chức hội nghị cưt tri (theo quy định tại Nghị quyết 101)
        3.1. Chủ trì tuyên bố lý do, giới thiệu đại biểu dự hội nghị. Người chủ trì có trách nhiệm sau đây:
        - Giới thiệu mục đích, yêu cầu của hội nghị;
        - Giới thiệu thư ký hội nghị để hội nghị quyết định;
        - Giới thiệu danh sách người ứng cử;
        3.2. Thư ký hội nghị đọc tiểu sử tóm tắt của từng người ứng cử.
        V. TỔ CHỨC THỰC HIỆN
        1. Ban Thường trực Ủy ban MTTQ Việt Nam xã
        - Phối hợp chặt chẽ với UBND xã trong việc tổ chức hội nghị lấy ý kiến nhận xét và tín nhiệm của cử tri nơi cư trú.
        TM. BAN THƯỜNG TRỰC
        CHỦ TỊCH
        Lan Thị Vân
        """;

    [Fact]
    public void A_programme_step_announcing_the_aims_is_no_task() =>
        Assert.DoesNotContain(Extract.Text(Plan).Tasks, t => t.Text.StartsWith("Giới thiệu mục đích", StringComparison.Ordinal));
}
