using Pipeline.Tests.Support;

namespace Pipeline.Tests.Rules;

/// <summary>
/// A body's duty worded like the closing formula ("… trong tổ chức thực hiện Kế hoạch này.") in the middle of a plan's
/// "Tổ chức thực hiện" is that body's task, not the end of the document. Lines from
/// corpus/layout/KH-134-KH-UBND-LaoCai-thuchien-NQ-34-KCN-CCN.txt (dev).
/// </summary>
public class ClosingWordedDutyTests
{
    [Fact]
    public void A_duty_worded_like_the_closing_formula_followed_by_the_next_item_is_a_task()
    {
        var tasks = Extract.Text("""
                 ỦY BAN NHÂN DÂN                CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
                   TỈNH LÀO CAI                       Độc lập - Tự do - Hạnh phúc
                  Số: 134 /KH-UBND                   Lào Cai, ngày 26 tháng 3 năm 2026
                                            KẾ HOẠCH
              Thực hiện Nghị quyết số 34-NQ/TU của Tỉnh uỷ Lào Cai ngày 27/12/2025
                   V. TỔ CHỨC THỰC HIỆN
                   8. Các sở, ban, ngành và các đơn vị khác có liên quan
                   Phối hợp chặt chẽ với các cơ quan chủ trì trong tổ chức thực hiện Kế hoạch này.
                   9. Ủy ban nhân dân cấp xã
                   - Thường xuyên rà soát các dự án trong cụm công nghiệp để đề xuất UBND
            tỉnh thu hồi diện tích đất của các dự án chậm tiến độ, sử dụng đất kém hiệu quả, nhà
            đầu tư yếu năng lực theo quy định pháp luật về đất đai.
                   VI. CHẾ ĐỘ BÁO CÁO
                   1. Các Sở, ban, ngành; cơ quan, đơn vị tiến hành đánh giá, báo cáo kết quả
            thực hiện gửi về Sở Công Thương trước ngày 20 hằng tháng, để tổng hợp báo cáo
            Ủy ban nhân dân tỉnh. Đồng thời thực hiện báo cáo đột xuất khi có yêu cầu.
                  Trên đây là Kế hoạch thực hiện Nghị quyết số 34-NQ/TU của Tỉnh uỷ Lào Cai
            ngày 27/12/2025 về phát triển các khu, cụm công nghiệp trên địa bàn tỉnh Lào Cai
            năm 2026. Yêu cầu các sở, ban, ngành của tỉnh, Ủy ban nhân dân các phường, xã và
            các cơ quan đơn vị có liên quan triển khai thực hiện./.
            """).Tasks;

        var duty = Assert.Single(tasks, t => t.Text.StartsWith("Phối hợp chặt chẽ với các cơ quan chủ trì", StringComparison.Ordinal));
        Assert.Contains(duty.Units, u => u.Name == "Các sở, ban, ngành và các đơn vị khác có liên quan" && u.Role == "lead");
        Assert.DoesNotContain(tasks, t => t.Text == "Các sở, ban, ngành và các đơn vị khác có liên quan");
        Assert.Contains(tasks, t => t.Ordinal == "VI.1");
        Assert.DoesNotContain(tasks, t => t.Text.StartsWith("Trên đây là Kế hoạch", StringComparison.Ordinal));
    }
}
