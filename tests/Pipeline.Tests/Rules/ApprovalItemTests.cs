using Pipeline.Tests.Support;

namespace Pipeline.Tests.Rules;

/// <summary>
/// An item that records what the issuer agreed to, adopted or heard ("Đồng ý về chủ trương …", "Thông qua Báo cáo …",
/// "Nghe Báo cáo …", approval-openings.txt) is no task unless it also assigns (corpus/expected/README.md: "agree in
/// principle" is no task). Lines from corpus/markdown/CV-3479-VPCP-NN-tinchi-rung-QuangNam.txt (a Văn phòng Chính phủ
/// letter) and corpus/markdown/NQ-60-NQ-TW-HoiNghi11-sapxep-bomay.md (a Party Central Committee resolution), items 2, 9–10.
/// </summary>
public class ApprovalItemTests
{
    private const string Letter = """
        VĂN PHÒNG CHÍNH PHỦ
        Số: 3479/VPCP-NN
        V/v xây dựng Đề án thí điểm kinh doanh tín chỉ các - bon rừng
        Hà Nội, ngày 26 tháng 5 năm 2021
        Kính gửi: Bộ Nông nghiệp và Phát triển nông thôn; Ủy ban nhân dân tỉnh Quảng Nam.
        Về đề nghị của Ủy ban nhân dân tỉnh Quảng Nam tại văn bản số 1094/TTr-UBND ngày 04 tháng 3 năm 2021, Phó Thủ tướng Chính phủ Lê Văn Thành có ý kiến như sau:
        1. Đồng ý về chủ trương Ủy ban nhân dân tỉnh Quảng Nam nghiên cứu, lập Đề án thí điểm kinh doanh tín chỉ các - bon rừng từ giảm phát thải khí nhà kính thông qua chống mất rừng và suy thoái rừng; quản lý rừng bền vững tài nguyên rừng; bảo tồn, nâng cao trữ lượng các - bon rừng (REDD+) tại tỉnh Quảng Nam như đề nghị của Bộ Nông nghiệp và Phát triển nông thôn tại văn bản số 729/BNN-TCLN ngày 03 tháng 02 năm 2021. Thời gian thí điểm: 05 năm, từ năm 2021 đến hết năm 2025.
        2. Ủy ban nhân dân tỉnh Quảng Nam chủ trì, phối hợp với các cơ quan liên quan nghiên cứu, tiếp thu ý kiến các Bộ: Nông nghiệp và Phát triển nông thôn, Tư pháp, Công Thương, Tài chính, Tài nguyên và Môi trường, Khoa học và Công nghệ tại các văn bản nêu trên (bản chụp gửi kèm theo) để lập Đề án theo quy định, bảo đảm khả thi, hiệu quả, tránh trùng lắp, chồng chéo với các chương trình, đề án đang được nghiên cứu, xây dựng.
        3. Giao Bộ Nông nghiệp và Phát triển nông thôn chủ trì, phối hợp với Bộ Tài nguyên và Môi trường và các cơ quan liên quan hướng dẫn Ủy ban nhân dân tỉnh Quảng Nam trong quá trình xây dựng Đề án; tổ chức thẩm định Đề án, báo cáo Thủ tướng Chính phủ xem xét, quyết định.
        Văn phòng Chính phủ thông báo để các cơ quan liên quan biết, thực hiện./.
        Nơi nhận:
        - Như trên;
        - Lưu: VT, NN.
        KT. BỘ TRƯỞNG, CHỦ NHIỆM
        PHÓ CHỦ NHIỆM
        Nguyễn Cao Lục
        """;

    private const string PartyResolution = """
        BAN CHẤP HÀNH TRUNG ƯƠNG
        Số 60-NQ/TW
        Hà Nội, ngày 12 tháng 4 năm 2025
        NGHỊ QUYẾT
        HỘI NGHỊ LẦN THỨ 11 BAN CHẤP HÀNH TRUNG ƯƠNG ĐẢNG KHÓA XIII
        Hội nghị lần thứ 11 Ban Chấp hành Trung ương Đảng khóa XIII họp từ ngày 10/4 đến ngày 12/4/2025 tại Thủ đô Hà Nội, sau khi xem xét và thảo luận các tờ trình, đề án và báo cáo của Bộ Chính trị, căn cứ kết quả biểu quyết của Ban Chấp hành Trung ương Đảng,
        QUYẾT NGHỊ
        2. Cơ bản thống nhất dự thảo Phương hướng công tác nhân sự Ban Chấp hành Trung ương Đảng khóa XIV.
        Giao Bộ Chính trị căn cứ ý kiến thảo luận của Trung ương và Báo cáo tiếp thu, giải trình của Bộ Chính trị để chỉ đạo hoàn thiện Phương hướng công tác nhân sự, tiếp tục báo cáo Ban Chấp hành Trung ương Đảng.
        9. Thông qua Báo cáo của Bộ Chính trị về những công việc quan trọng Bộ Chính trị đã giải quyết từ sau Hội nghị lần thứ 10 đến Hội nghị lần thứ 11 Ban Chấp hành Trung ương Đảng khóa XIII; Báo cáo công tác hoàn thiện thể chế; Báo cáo công tác chuẩn bị Đại hội XIV của Đảng.
        10. Nghe Báo cáo chuyên đề về đột phá phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số quốc gia.
        T/M BAN CHẤP HÀNH TRUNG ƯƠNG
        TỔNG BÍ THƯ
        Tô Lâm
        """;

    [Fact]
    public void Agreeing_in_principle_is_no_task_in_a_letter() =>
        Assert.Equal(["2", "3"], Extract.Text(Letter).Tasks.Select(t => t.Ordinal));

    [Fact]
    public void Adopting_or_hearing_a_report_is_no_task_but_agreeing_and_assigning_is() =>
        Assert.Equal(["2"], Extract.Text(PartyResolution).Tasks.Select(t => t.Ordinal));
}
