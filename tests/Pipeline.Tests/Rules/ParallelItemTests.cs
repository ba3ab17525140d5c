using Pipeline.Tests.Support;

namespace Pipeline.Tests.Rules;

/// <summary>
/// An item that opens with an action but holds no directive cue word is a task when most items labelled alike under the same
/// parent are tasks (ParallelItems): "- Cung cấp cho Tổng Cục Quản lý ruộng đất số bản đồ …" under "b) Bộ Nông nghiệp có trách
/// nhiệm:" (corpus/markdown/CT-299-TTg-1980-dodac-ruongdat.txt, 3.b), "- Thông báo bằng văn bản …" among the duties before a
/// mine opens (corpus/text/CV-SNNMT-KS-LaoCai-2025-thuchien-Luat-DCKS-docxtext.txt, I.2). Real lines, shortened documents.
/// </summary>
public class ParallelItemTests
{
    // CT 299-TTg's head and its section 3 heading, and its signature: the two excerpts below sit between them.
    private const string Head = """
        PHỦ THỦ TƯỚNG
        Số: 299/TTg
        Hà Nội, ngày 10 tháng 11 năm 1980
        CHỈ THỊ
        VỀ CÔNG TÁC ĐO ĐẠC, PHÂN HẠNG VÀ ĐĂNG KÝ RUỘNG ĐẤT TRONG CẢ NƯỚC
        Để các công việc nói trên tiến hành được thuận lợi, bảo đảm yêu cầu về chất lượng và thời gian, các ngành, các cấp cần thực hiện tốt những việc cụ thể sau đây:
        3. Về tổ chức chỉ đạo:
        """;

    private const string Foot = """
        K/T THỦ TƯỚNG CHÍNH PHỦ
        PHÓ THỦ TƯỚNG
        Tố Hữu
        """;

    private const string Directive = Head + "\n" + """
        b) Bộ Nông nghiệp có trách nhiệm:
        - Cử cán bộ chuyên môn của Viện Nông hoá thổ nhưỡng, Viện quy hoạch và thiết kế nông nghiệp, Tổng cục khai hoang và vùng kinh tế mới, các trường đại học nông nghiệp tham gia công tác đo đạc, phân hạng và đăng ký thống kê ruộng đât từ tháng 01 năm 1981 đến tháng 12 năm 1982.
        - Cung cấp cho Tổng Cục Quản lý ruộng đất số bản đồ từng thửa tỷ lệ lớn hiện có.
        - Huy động các loại phim ảnh hiện có, phương tiện nắn, phóng ảnh hàng không và phương tiện ấn loát phục vụ cho việc xây dựng bản đồ từng thửa và chuẩn bị tài liệu, bảng biểu dùng trong công tác đăng ký, thống kê ruộng đất.
        - Giúp đỡ Tổng Cục Quản lý ruộng đất, tạo mọi điều kiện thuận lợi (cơ sở vật chất kỹ thuật, kinh phí, vật tư, kế hoạch, biên chế…) để Tổng cục tiến hành được các công tác đo đạc, phân hạng và đăng ký thống kê ruộng đất.
        """ + "\n" + Foot;

    private const string DefenceDuties = Head + "\n" + """
        d) Bộ Quốc phòng (Cục Bản đồ Tổng tham mưu) có trách nhiệm:
        - Có kế hoạch bay chụp ảnh bổ xung để hoàn thành kế hoạch bay chụp ảnh trên toàn lãnh thổ.
        - Cung cấp bản đồ ảnh và bản đồ giấy có tỷ lệ lớn cho Tổng cục quản lý ruộng đât.
        - Giúp Tổng cục quản lý ruộng đất đào tạo cán bộ cơ sở sử dụng ảnh chụp bằng máy bay.
        - Huy động lực lượng quan đội tham gia triển khai công tác này tại các địa phương.
        """ + "\n" + Foot;

    private const string Letter = """
        UBND TỈNH LÀO CAI
        SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG
        Số: 8/SNNMT-KS
        V/v thực hiện các quy định của Luật địa chất và khoáng sản 2024
        Lào Cai, ngày 20 tháng 8 năm 2025
        Kính gửi: Các tổ chức, cá nhân hoạt động khoáng sản trên địa bàn tỉnh
        Nhằm triển khai thực hiện nghiêm túc, đồng bộ, hiệu quả các quy định pháp luật mới về địa chất và khoáng sản; đồng thời để các các đơn vị hoạt động khoáng sản trên địa bàn tỉnh thực hiện đúng các quy định về hoạt động khoáng sản trên địa bàn và tăng cường công tác quản lý nhà nước về khoáng sản trên địa bàn tỉnh. Sở Nông nghiệp và Môi trường tỉnh Lào Cai yêu cầu các Tổ chức, cá nhân hoạt động khoáng sản trên địa bàn tỉnh Lào Cai thực hiện nghiêm túc một số nội dung sau:
        I. Đối với các dự án đã được cấp phép hoạt động khai thác
        2. Trước khi đưa mỏ đi vào hoạt động khai thác khoáng sản phải thực hiện đầy đủ các nội dung sau
        - Thực hiện thủ tục lập, thẩm định, phê duyệt thiết kế mỏ theo quy định tại khoản 2 Điều 61 Luật Địa chất và khoáng sản.
        - Thực hiện các thủ tục để cấp có thẩm quyền ban hành Quyết định cho thuê đất, ký hợp đồng thuê đất đối với diện tích thực hiện dự án.
        - Thông báo bằng văn bản về trình độ chuyên môn, năng lực quản lý của giám đốc điều hành mỏ cho cơ quan quản lý nhà nước có thẩm quyền cấp giấy phép khai thác khoáng sản trước ngày bắt đầu khai thác mỏ hoặc trong trường hợp thay đổi giám đốc điều hành mỏ (quy định tại điểm b Khoản 5 Điều 62 Luật Địa chất và khoáng sản).
        - Lập hồ sơ pháp lý về bảo vệ môi trường trình cơ quan có thẩm quyền phê duyệt/xác nhận theo quy định pháp luật về bảo vệ môi trường.
        Nơi nhận:
        - Như trên;
        - Lưu: VT, KS.
        KT. GIÁM ĐỐC
        PHÓ GIÁM ĐỐC
        Phạm Năng Chung
        """;

    [Fact]
    public void Items_a_ministry_is_charged_with_that_open_with_an_action_are_all_tasks() =>
        Assert.Equal(["3.b.1", "3.b.2", "3.b.3", "3.b.4"], Extract.Text(Directive).Tasks.Select(t => t.Ordinal));

    [Fact]
    public void A_notifying_item_among_a_mine_s_duties_is_a_task() =>
        Assert.Contains(Extract.Text(Letter).Tasks, t => t.Ordinal == "I.2.3" && t.Text.StartsWith("Thông báo bằng văn bản", StringComparison.Ordinal));

    // "Giúp …" opens an action (action-openings.txt), as "Cung cấp …" does.
    [Fact]
    public void Helping_a_body_is_one_of_a_ministry_s_parallel_tasks() =>
        Assert.Equal(["3.d.1", "3.d.2", "3.d.3", "3.d.4"], Extract.Text(DefenceDuties).Tasks.Select(t => t.Ordinal));
}
