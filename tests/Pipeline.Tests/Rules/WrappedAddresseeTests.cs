using Pipeline.Tests.Support;

namespace Pipeline.Tests.Rules;

/// <summary>
/// A "Kính gửi" entry wrapped over two lines goes on under a line that ended without its comma or semicolon; the
/// wrapped half is an addressee, not the first line of the body. Lines of
/// corpus/layout/CV-2449-CV-DU-LaoCai-trienkhai-CTr-104.txt (dev, pdftotext -layout).
/// </summary>
public class WrappedAddresseeTests
{
    internal const string Cv2449 = """
        ĐẢNG BỘ TỈNH LÀO CAI                             ĐẢNG CỘNG SẢN VIỆT NAM
         ĐẢNG ỦY ỦY BAN NHÂN DÂN TỈNH
                                                              Lào Cai, ngày 07 tháng 9 năm 2026
                       *
                 Số 2449 -CV/ĐU
        về việc triển khai thực hiện Chương trình hành động
        số 104-CTr/TU ngày 30/8/2026 của Tỉnh ủy Lào Cai


                          Kính gửi: - Ủy ban nhân dân tỉnh,
                                    - Các cơ quan chuyên trách tham mưu, giúp việc
                                    Đảng ủy Ủy ban nhân dân tỉnh,
                                    - Các chi bộ, đảng bộ cơ sở.


                 Thực hiện Chương trình hành động số 104-CTr/TU ngày 30/8/2026 của
           Tỉnh ủy Lào Cai thực hiện Kết luận số 75-KL/TW ngày 28/7/2026 của Ban
           Chấp hành Trung ương Đảng khóa XIV và Chương trình hành động số 31-
           CTr/TW ngày 28/7/2026 của Bộ Chính trị về bảo vệ môi trường và chủ động
           ứng phó với biến đổi khí hậu trong thời kỳ mới (có gửi kèm theo). Đảng ủy Ủy
           ban nhân dân tỉnh đề nghị Ủy ban nhân dân tỉnh và các tổ chức đảng trực thuộc
           triển khai thực hiện một số nhiệm vụ trọng tâm, như sau:
                  1. Ủy ban nhân dân tỉnh, chỉ đạo các cơ quan, đơn vị có liên quan:
                 - Nghiên cứu, cụ thể hóa các mục tiêu, nhiệm vụ, giải pháp Chương trình
           hành động số 104-CTr/TU ngày 30/8/2026 của Tỉnh ủy thành các chương trình,
           đề án, dự án, kế hoạch 5 năm và hằng năm để triển khai thực hiện.
        """;

    [Fact]
    public void The_wrapped_half_of_an_entry_is_an_addressee()
    {
        var roles = Extract.Roles(Cv2449).Lines;

        var wrapped = roles.Single(l => l.Text.Trim() == "Đảng ủy Ủy ban nhân dân tỉnh,");
        Assert.Equal(Pipeline.Roles.LineRole.Addressee, wrapped.Role);
        var last = roles.Single(l => l.Text.Trim() == "- Các chi bộ, đảng bộ cơ sở.");
        Assert.Equal(Pipeline.Roles.LineRole.Addressee, last.Role);
    }

    [Fact]
    public void The_items_of_the_body_are_not_read_under_an_addressee()
    {
        var record = Extract.Text(Cv2449);

        Assert.All(record.Tasks, t => Assert.NotEqual("Các chi bộ, đảng bộ cơ sở.", t.Heading));
        Assert.Contains(record.Tasks, t => t.Ordinal == "1.1" && t.Text.StartsWith("Nghiên cứu, cụ thể hóa", StringComparison.Ordinal));
    }
}
