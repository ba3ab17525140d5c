using Pipeline.Tests.Support;

namespace Pipeline.Tests.Rules;

/// <summary>
/// A plan's funding section (funding-sections.txt: "IV. VỐN ĐẦU TƯ", "Kinh phí thực hiện") says how much money goes
/// where; its items are no tasks unless one holds a strong directive cue. Session s25prec, task precision.
/// </summary>
public class FundingSectionTests
{
    /// <summary>
    /// Lines of corpus/layout/KH-134-KH-UBND-LaoCai-thuchien-NQ-34-KCN-CCN.txt (dev): the uses of the state budget and of
    /// the enterprises' capital under "IV. VỐN ĐẦU TƯ" are not tasks (the expected record has none there); the duties of
    /// "V. TỔ CHỨC THỰC HIỆN" stay tasks.
    /// </summary>
    [Fact]
    public void A_plans_funding_section_holds_no_tasks()
    {
        var tasks = Extract.Text("""
            ỦY BAN NHÂN DÂN
            TỈNH LÀO CAI
            Số: 134 /KH-UBND
            Lào Cai, ngày 26 tháng 3 năm 2026
            KẾ HOẠCH
            Thực hiện Nghị quyết số 34-NQ/TU của Tỉnh uỷ Lào Cai ngày 27/12/2025 về phát triển các khu, cụm công nghiệp trên địa bàn tỉnh Lào Cai năm 2026
            Ủy ban nhân dân tỉnh ban hành Kế hoạch thực hiện Nghị quyết số 34-NQ/TU của Tỉnh uỷ Lào Cai ngày 27/12/2025 về phát triển các khu, cụm công nghiệp trên địa bàn tỉnh Lào Cai năm 2026, nội dung như sau:
            IV. VỐN ĐẦU TƯ
            Khái toán tổng số vốn đầu tư thực hiện: 7.080 tỷ đồng, trong đó:
            1. Vốn ngân sách nhà nước: 1.280 tỷ đồng, bao gồm:
            - Đầu tư hạ tầng kỹ thuật đến chân hàng rào khu, CCN theo Luật đầu tư công và pháp luật có liên quan, gồm: Đường giao thông; cấp điện; cấp, thoát nước; viễn thông.
            - Xây dựng lộ trình và phân kỳ đầu tư hệ thống xử lý nước thải tập trung tại các CCN đã đi vào hoạt động do nhà nước đầu tư trước đây đảm bảo quy định pháp luật về môi trường.
            - Các nội dung khác thực hiện theo quy định hiện hành.
            2. Vốn doanh nghiệp: 5.800 tỷ đồng
            - Ứng kinh phí thực hiện công tác đền bù giải phóng mặt bằng theo quy định.
            - Đầu tư xây dựng hạ tầng kỹ thuật khu tái định cư.
            V. TỔ CHỨC THỰC HIỆN
            1. Sở Công Thương
            - Phối hợp với chính quyền địa phương thực hiện rà soát và cập nhật nội dung về quy hoạch CCN vào Quy hoạch chung cấp xã đang triển khai lập đảm bảo phù hợp và thống nhất.
            - Thực hiện quản lý, phát triển cụm công nghiệp theo quy định nhiệm vụ được giao tại Nghị định số 32/2024/NĐ-CP và các quy định pháp luật có liên quan.
            Nơi nhận:
            - Như trên;
            - Lưu: VT.
            TM. ỦY BAN NHÂN DÂN
            KT. CHỦ TỊCH
            PHÓ CHỦ TỊCH
            Nguyễn Thành Sinh
            """).Tasks;

        Assert.Equal(["V.1.1", "V.1.2"], tasks.Select(t => t.Ordinal).ToList());
    }
}
