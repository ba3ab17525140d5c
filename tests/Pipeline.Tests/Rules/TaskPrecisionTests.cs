using Pipeline.Tests.Support;

namespace Pipeline.Tests.Rules;

/// <summary>
/// Families of items the rules took for tasks though corpus/expected/README.md says they are not (issue 10, task
/// precision), each on real lines of a development document.
/// </summary>
public class TaskPrecisionTests
{
    /// <summary>
    /// A decision that approves an investment ("Điều 1. Chấp thuận chủ trương đầu tư …") enacts; the contents it approves,
    /// the project's "Mục tiêu" included, are neither tasks nor targets; the duties of Điều 2 stay tasks. Lines from
    /// corpus/ocr/QD-2336-QD-UBND-LaoCai-CTDT-KCN-PhuXuan-scan.txt (dev, the OCR of its scan).
    /// </summary>
    [Fact]
    public void What_an_investment_approval_approves_is_neither_a_task_nor_a_target()
    {
        var tasks = Extract.Text("""
            ỦY BAN NHÂN DÂN
            TỈNH LÀO CAI
            Số: 2336/QĐ-UBND
            Lào Cai, ngày 04 tháng 3 năm 2026
            QUYẾT ĐỊNH CHẤP THUẬN CHỦ TRƯƠNG ĐẦU TƯ
            ĐỒNG THỜI CHẤP THUẬN NHÀ ĐẦU TƯ
            CHỦ TỊCH UỶ BAN NHÂN DÂN TỈNH LÀO CAI
            Căn cứ Luật Đầu tư số 143/2025/QH15 ngày 11 tháng 12 năm 2025;
            QUYẾT ĐỊNH:
            Điều 1. Chấp thuận chủ trương đầu tư đồng thời với chấp thuận nhà đầu
            tư đối với Dự án đầu tư xây dựng và kinh doanh kết cấu hạ tầng Khu công
            nghiệp Phú Xuân, xã Gia Phú, tỉnh Lào Cai gồm các nội dung sau:
            1. Nhà đầu tư
            Tên doanh nghiệp: Công ty Cổ phần công nghiệp Linh Linh.
            2. Tên dự án: Đầu tư xây dựng và kinh doanh kết cấu hạ tầng khu công
            nghiệp Phú Xuân.
            3. Mục tiêu dự án: Đầu tư xây dựng và kinh doanh kết cấu hạ tầng khu
            công nghiệp Phú Xuân với các mục tiêu hoạt động cụ thể như sau:
            - Cho thuê, điều hành, quản lý nhà và đất không để ở;
            - Kinh doanh bất động sản khác.
            7. Địa điểm thực hiện dự án: Xã Gia Phú, tỉnh Lào Cai.
            Điều 2. Tổ chức thực hiện
            1. Trách nhiệm của chủ đầu tư
            - Tổ chức triển khai thực hiện dự án theo đúng quy định của Luật Đầu tư,
            Luật Xây dựng, Luật Đất đai, Luật Bảo vệ Môi trường và các quy định pháp luật
            hiện hành của Nhà nước và của tỉnh Lào Cai.
            - Thực hiện nghiêm túc các nội dung theo Quyết định chủ trương đầu tư
            đồng thời chấp thuận nhà đầu tư đã được cấp.
            """).Tasks;

        Assert.DoesNotContain(tasks, t => t.Ordinal.StartsWith("1.", StringComparison.Ordinal));
        Assert.DoesNotContain(tasks, t => t.Kind == "target");
        Assert.Contains(tasks, t => t.Ordinal == "2.1.1");
        Assert.Contains(tasks, t => t.Ordinal == "2.1.2");
    }
}
