using Pipeline.Tasks;
using Pipeline.Tests.Support;

namespace Pipeline.Tests.Rules;

/// <summary>
/// A letter that recounts who asked whom ("… đã có Văn bản số … đề nghị Cục …", "… hồ sơ … về việc đề nghị huấn luyện …")
/// uses the strong cue of a request without making one: the item has no strong directive construct, so it is judged by
/// its other words (and a model may veto it), while the letter's own requests keep theirs (reported-cues.txt).
/// </summary>
public class ReportedRequestTests
{
    private static readonly DirectiveTest Directives = new(Extract.Vocab);

    /// <summary>Lines from corpus/pdf/CV-3686-UBND-XD-LaoCai-kiennghi-PCCC-VLNCN.pdf (dev), section "2. Khó khăn, vướng mắc".</summary>
    [Theory]
    [InlineData("Thứ hai, Cục Cảnh sát Quản lý hành chính về trật tự xã hội - Bộ Công an đã có Văn bản số 787/C06-P3 ngày 29/01/2026 đề nghị Cục Đăng kiểm Việt Nam ban hành văn bản hướng dẫn trước ngày 05/02/2026, nhưng đến nay nội dung hướng dẫn này vẫn chưa được Cục Đăng kiểm ban hành.")]
    [InlineData("Thứ ba, Doanh nghiệp có liên quan đã nhiều lần có văn bản gửi các cơ quan có thẩm quyền (Trung tâm Đăng kiểm Lào Cai 2401D, UBND tỉnh, Công an tỉnh, Cục Cảnh sát QLHC về TTXH, Cục Đăng kiểm Việt Nam) đề nghị hướng dẫn, bổ sung về căn cứ pháp lý này nhưng vẫn chưa được giải quyết.")]
    // corpus/pdf/CV-3155-SCT-CN-LaoCai-HTX-VanThinh (dev), its opening paragraph.
    [InlineData("Sở Công Thương nhận được Văn bản số 11/VT ngày 29/5/2026 và hồ sơ nộp trên dịch vụ công quốc gia của Hợp tác xã Văn Thịnh (HTX) về việc đề nghị huấn luyện, kiểm tra, cấp Giấy chứng nhận huấn luyện kỹ thuật an toàn vật liệu nổ công nghiệp cho ông Bùi Đình Đăng.")]
    public void A_reported_request_is_no_strong_construct(string item)
    {
        Assert.False(Directives.HasStrongCue(item));
        Assert.True(Directives.Score(item, strictOpening: false) < DirectiveTest.StrongScore);
    }

    /// <summary>The same letter's own requests (CV-3686 "3. Kiến nghị") keep their strong construct.</summary>
    [Theory]
    [InlineData("Trong thời gian chờ các văn bản quy phạm pháp luật được sửa đổi, bổ sung, đề nghị Bộ Xây dựng có ý kiến chỉ đạo Cục Đăng kiểm Việt Nam và các cơ quan đăng kiểm địa phương tổ chức kiểm tra và cấp Biên bản xác nhận điều kiện an toàn về PCCC.")]
    [InlineData("Để kịp thời tháo gỡ khó khăn, vướng mắc cho doanh nghiệp, Uỷ ban nhân dân tỉnh Lào Cai trân trọng đề nghị Bộ Xây dựng:")]
    // A request and a report in one item: the request decides.
    [InlineData("Theo đề nghị của Cục Cảnh sát tại Văn bản số 787/C06-P3, yêu cầu Sở Xây dựng hướng dẫn các trung tâm đăng kiểm.")]
    public void The_letters_own_request_stays_strong(string item)
    {
        Assert.True(Directives.HasStrongCue(item));
        Assert.Equal(DirectiveTest.StrongScore, Directives.Score(item, strictOpening: false));
    }
}
