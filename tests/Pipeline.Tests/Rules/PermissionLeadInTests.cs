using Pipeline.Tests.Support;

namespace Pipeline.Tests.Rules;

/// <summary>
/// What the issuer permits ("Cho phép …", approval-openings.txt) is no task, and neither is a point under a permitting
/// lead-in that names no one who must act; a point that names its actor stays one (corpus/expected/README.md,
/// "Permissions and addresses"). Lines from corpus/markdown/NQ-61-2022-QH15-quyhoach.txt (Điều 2.1, points a, b, d, đ;
/// Điều 2.2) and corpus/pdf/QD-1878-QD-UBND-HaNoi-tuyen-QL1A.pdf (Điều 2, bullets 6–7).
/// </summary>
public class PermissionLeadInTests
{
    private const string Resolution = """
        QUỐC HỘI
        Nghị quyết số: 61/2022/QH15
        Hà Nội, ngày 16 tháng 6 năm 2022
        NGHỊ QUYẾT
        TIẾP TỤC TĂNG CƯỜNG HIỆU LỰC, HIỆU QUẢ THỰC HIỆN CHÍNH SÁCH, PHÁP LUẬT VỀ QUY HOẠCH
        QUỐC HỘI
        Căn cứ Hiến pháp nước Cộng hòa xã hội chủ nghĩa Việt Nam;
        QUYẾT NGHỊ:
        Điều 2. Nhiệm vụ, giải pháp chủ yếu
        1. Cho phép Chính phủ, cơ quan có thẩm quyền và các cơ quan, tổ chức, cá nhân tham gia lập quy hoạch được thực hiện ngay các giải pháp sau để kịp thời tháo gỡ khó khăn, vướng mắc, đẩy nhanh tiến độ lập các quy hoạch và bảo đảm chất lượng công tác quy hoạch:
        a) Chính phủ quy định chi tiết quy trình lập quy hoạch cấp quốc gia, quy hoạch vùng và quy hoạch tỉnh theo quy định tại Điều 16 của Luật Quy hoạch;
        b) Bộ trưởng, Thủ trưởng cơ quan ngang Bộ, Chủ tịch Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương xem xét, quyết định áp dụng hình thức chỉ định thầu đối với các gói thầu tư vấn để lập các quy hoạch cấp quốc gia, quy hoạch vùng, quy hoạch tỉnh mà đến thời điểm Nghị quyết này có hiệu lực thi hành chưa lựa chọn được nhà thầu. Trình tự, thủ tục chỉ định thầu được thực hiện theo quy định của pháp luật về đấu thầu.
        d) Quy hoạch quy định tại điểm c khoản 1 Điều 59 của Luật Quy hoạch đã được quyết định hoặc phê duyệt trước ngày 01 tháng 01 năm 2019 được tiếp tục thực hiện, kéo dài thời kỳ và điều chỉnh nội dung theo quy định của pháp luật có liên quan trước ngày Luật Quy hoạch có hiệu lực thi hành cho đến khi quy hoạch cấp quốc gia, quy hoạch vùng, quy hoạch tỉnh thời kỳ 2021 - 2030 theo Luật Quy hoạch được quyết định hoặc phê duyệt;
        đ) Sử dụng kinh phí chi thường xuyên theo quy định của pháp luật về ngân sách nhà nước để lập, thẩm định, quyết định hoặc phê duyệt, công bố, điều chỉnh quy hoạch mà đến thời điểm Nghị quyết này có hiệu lực thi hành chưa được bố trí vốn.
        2. Giao Chính phủ thực hiện ngay các nhiệm vụ sau đây:
        e) Chỉ đạo các Bộ, ngành có liên quan khẩn trương ban hành theo thẩm quyền hoặc trình cấp có thẩm quyền ban hành văn bản quy định về điều kiện, quy chuẩn, tiêu chuẩn, định mức kinh tế - kỹ thuật;
        Nghị quyết này được Quốc hội nước Cộng hòa xã hội chủ nghĩa Việt Nam khóa XV, kỳ họp thứ 3 thông qua ngày 16 tháng 6 năm 2022.
        CHỦ TỊCH QUỐC HỘI
        Vương Đình Huệ
        """;

    private const string Decision = """
        ỦY BAN NHÂN DÂN THÀNH PHỐ HÀ NỘI
        Số: 1878/QĐ-UBND
        Hà Nội, ngày 13 tháng 4 năm 2026
        QUYẾT ĐỊNH
        Về việc phê duyệt Phương án, vị trí tuyến đường Quốc lộ 1A, tỷ lệ 1/500
        ỦY BAN NHÂN DÂN THÀNH PHỐ HÀ NỘI
        QUYẾT ĐỊNH:
        Điều 2. Tổ chức thực hiện.
        - Viện Quy hoạch xây dựng Hà Nội và Tổng công ty tư vấn thiết kế Giao thông vận tải-CTCP chịu trách nhiệm về số liệu và nội dung thuyết minh tính toán xác định bề rộng, quy mô mặt cắt ngang, số làn xe và các yếu tố kỹ thuật khác của tuyến đường tại hồ sơ Báo cáo nghiên cứu tiền khả thi và hồ sơ Phương án, vị trí tuyến trình duyệt.
        - Cho phép điều chỉnh, bổ sung mở rộng chỉ giới đường đỏ tuyến đường trong trường hợp cần thiết để bố trí các hành lang đường sắt, ga đường sắt, đường gom…
        TM. ỦY BAN NHÂN DÂN
        KT. CHỦ TỊCH
        PHÓ CHỦ TỊCH
        Dương Đức Tuấn
        """;

    [Fact]
    public void Points_under_a_permission_are_tasks_only_when_they_name_who_acts()
    {
        var ordinals = Extract.Text(Resolution).Tasks.Select(t => t.Ordinal).ToList();
        Assert.Contains("2.1.a", ordinals);
        Assert.Contains("2.1.b", ordinals);
        Assert.DoesNotContain("2.1.d", ordinals);
        Assert.DoesNotContain("2.1.đ", ordinals);
    }

    [Fact]
    public void A_permission_is_no_task() =>
        Assert.Equal(["2.1"], Extract.Text(Decision).Tasks.Select(t => t.Ordinal));
}
