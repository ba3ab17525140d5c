using Pipeline.Tests.Support;

namespace Pipeline.Tests.Rules;

/// <summary>
/// A plan's programme of an activity (what a supervision watches, what a propaganda campaign says and through which
/// channels, its slogans, who sits in a meeting; programme-sections.txt) assigns no work: its tasks are under "Tổ chức
/// thực hiện". Real lines of the commune plans of the development set (corpus/text/KH-…-docxtext.txt, session s23new).
/// </summary>
public class ActivityProgrammeTests
{
    /// <summary>
    /// Lines of corpus/text/KH-01-KH-TBTTKT-xa-PhoBang-tuyentruyen-baucu-docxtext.txt (dev): the propaganda content, the
    /// channels and the slogans are no tasks; the members' duties under "IV. TỔ CHỨC THỰC HIỆN" are.
    /// </summary>
    [Fact]
    public void A_propaganda_plans_content_channels_and_slogans_are_not_tasks()
    {
        var tasks = Extract.Text("""
            ỦY BAN BẦU CỬ XÃ PHỐ BẢNG
            TIỂU BAN THÔNG TIN, TUYÊN TRUYỀN, KHÁNH TIẾT
            Số: 01/KH-TBTTKT
            CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
            Độc lập - Tự do - Hạnh phúc
            Phố Bảng, ngày 10 tháng 12 năm 2025
            KẾ HOẠCH
            Triển khai của Tiểu ban thông tin, tuyên truyền, khánh tiết bầu cử đại biểu Quốc hội khóa XVI và bầu cử đại biểu Hội đồng nhân dân các cấp,
            nhiệm kỳ 2026 - 2031 trên địa bàn xã Phố Bảng
            Tiểu ban thông tin, tuyên truyền, khánh tiết bầu cử đại biểu Quốc hội khóa XVI và bầu cử đại biểu Hội đồng nhân dân các cấp, nhiệm kỳ 2026 - 2031 xây dựng kế hoạch triển khai thực hiện như sau:
            II. LỘ TRÌNH THỰC HIỆN VÀ NỘI DUNG TUYÊN TRUYỀN
            1. Nội dung tuyên truyền xuyên suốt từ nay đến kết thúc cuộc bầu cử đại biểu Quốc hội khóa XVI
            - Tuyên truyền các phong trào thi đua yêu nước, các hoạt động chào mừng hướng đến Ngày bầu cử, không khí phấn khởi, dân chủ của Ngày bầu cử.
            - Tuyên truyền đấu tranh, phản bác các thông tin, quan điểm sai trái, xuyên tạc phá hoại cuộc bầu cử, lợi dụng bầu cử để kích động, gây rối, chia rẽ khối đại đoàn kết toàn dân tộc, chống phá Đảng và Nhà nước.
            III. HÌNH THỨC, THỜI GIAN TUYÊN TRUYỀN
            1. Hình thức tuyên truyền
            - Tuyên truyền phổ biến rộng rãi trên trang thông tin điện tử xã và trên các nền tảng số, internet, mạng xã hội (Facebook, Zalo, Youtube...).
            - Tuyên truyền, cổ động trực quan; xây dựng các khẩu hiệu, panô, áp phích, bảo đảm ấn tượng, hấp dẫn, thuyết phục, thu hút Nhân dân tại các khu hành chính, trung tâm văn hóa, thể thao, các cơ quan, trên các trục đường chính,...
            IV. TỔ CHỨC THỰC HIỆN
            1. Đồng chí Trưởng Ban xây dựng Đảng - Trưởng Tiểu ban: Phụ trách chung, chịu trách nhiệm trước Ủy ban bầu cử về kết quả triển khai, thực hiện các nội dung thông tin, tuyên truyền, khánh tiết; chủ động kiểm tra, đôn đốc các nội dung có liên quan đến công tác thông tin, tuyên truyền, khánh tiết; kịp thời báo cáo, đề xuất vấn đề phát sinh với Trưởng ban chỉ đạo Đại hội.
            4. Đồng chí Phó Trưởng ban xây dựng Đảng - Ủy viên: Trực tiếp chỉ đạo chuẩn bị tốt các nội dung thông tin, tuyên truyền, khánh tiết trước trong và sau cuộc bầu cử.
            V. KHẨU HIỆU TUYÊN TRUYỀN
            8. Phát huy quyền làm chủ của Nhân dân thông qua bầu cử dân chủ, công khai, minh bạch!
            15. Toàn dân tham gia bầu cử để góp phần xây dựng chính quyền trong sạch, vững mạnh!
            Nơi nhận:
            - Thường trực Đảng ủy (Báo cáo);
            - Lưu Ban xây dựng Đảng.
            TM. TIỂU BAN
            TRƯỞNG TIỂU BAN
            Nguyễn Văn Hoàn
            """).Tasks;

        Assert.Equal(["IV.1", "IV.4"], tasks.Select(t => t.Ordinal).ToList());
        Assert.Equal(["Đồng chí Trưởng Ban xây dựng Đảng - Trưởng Tiểu ban"], tasks[0].Units.Select(u => u.Name).ToList());
    }

    /// <summary>
    /// "b) Nội dung Giám sát (Đối với UBBC và UBND xã):" lists what the Front will watch, as "a) Nội dung Kiểm tra" does.
    /// Lines of corpus/text/KH-MTTQ-BTT-xa-LuongMinh-kiemtra-giamsat-baucu-docxtext.txt (dev).
    /// </summary>
    [Fact]
    public void What_a_supervision_watches_is_not_a_task()
    {
        var tasks = Extract.Text("""
            ỦY BAN MTTQ VIỆT NAM
            XÃ LƯƠNG MINH
            BAN THƯỜNG TRỰC
            Số:      /KH-MTTQ-BTT
            CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
            Độc lập - Tự do - Hạnh phúc
            Lương Minh, ngày 10 tháng 12 năm 2025
            KẾ HOẠCH
            Kiểm tra, giám sát công tác bầu cử đại biểu Quốc hội khóa XVI và đại biểu Hội đồng nhân dân các cấp nhiệm kỳ 2026 - 2031
            Ban Thường trực Ủy ban MTTQ Việt Nam xã Lương Minh xây dựng kế hoạch kiểm tra, giám sát công tác bầu cử trên địa bàn xã như sau:
            II. NỘI DUNG VÀ THỜI GIAN THỰC HIỆN
            1. Đợt 1: Từ ngày 05/12/2025 đến ngày 20/02/2026:
            b) Nội dung Giám sát (Đối với UBBC và UBND xã):
            - Giám sát việc tiếp nhận, quản lý hồ sơ người ứng cử của Ủy ban Bầu cử xã.
            - Giám sát việc ban hành các văn bản chỉ đạo bầu cử của xã.
            V. TỔ CHỨC THỰC HIỆN
            1. Ban Thường trực Ủy ban MTTQ Việt Nam xã Lương Minh
            - Tổ chức các đoàn giám sát việc thực hiện công tác bầu cử tại các thôn, các điểm bỏ phiếu theo lịch trình đã đề ra.
            - Chuẩn bị đầy đủ hồ sơ, tài liệu phục vụ công tác kiểm tra, giám sát và phối hợp với các Đoàn kiểm tra, giám sát của Tỉnh khi về làm việc tại xã.
            Nơi nhận:
            - Thường trực Đảng ủy xã;
            - Lưu: MTTQ
            TM. BAN THƯỜNG TRỰC
            CHỦ TỊCH
            Lan Thị Vân
            """).Tasks;

        Assert.Equal(["V.1.1", "V.1.2"], tasks.Select(t => t.Ordinal).ToList());
        Assert.Contains(tasks[1].Units, u => u.Name == "các Đoàn kiểm tra, giám sát của Tỉnh");
    }
}
