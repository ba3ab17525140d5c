using Pipeline.Tests.Support;

namespace Pipeline.Tests.Rules;

/// <summary>
/// The regulation convention of corpus/expected/README.md ("Regulations: procedure, funding and conferred competences"),
/// session s31norm: a procedure, time-limit, dossier, funding or complaint article lays down the rule even where a step
/// names its actor, also when the article is untitled and its lead-in says how the matter is governed; a named body's
/// standing duty ("X có trách nhiệm …") under an article that otherwise lays down a rule is a task.
/// </summary>
public class RegulationConventionTests
{
    /// <summary>
    /// Lines of corpus/text/NQ-755-2005-NQ-UBTVQH11-nhadat.txt (dev): "Điều 11." to "Điều 16." print no title; the lead-in
    /// ("Nguồn kinh phí … được quy định như sau:", "Trình tự, thủ tục … được thực hiện như sau:", "Việc giải quyết khiếu nại …
    /// được thực hiện như sau:") acts as the title, and its duty words ("để thực hiện", "đề nghị") no longer make the article a
    /// duty article. The expected record has none of 11.2, 11.4, 13.1–13.3, 16.1 as a task; Điều 18 (the execution) is one.
    /// </summary>
    [Fact]
    public void An_untitled_articles_lead_in_that_says_how_a_matter_is_governed_makes_its_clauses_the_rule()
    {
        var tasks = Extract.Text("""
            Nghị quyết số 755/2005/NQ-UBTVQH11
            UỶ BAN THƯỜNG VỤ QUỐC HỘI ******** CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc ********
            Số:
            755/2005/NQ-UBTVQH11 Hà Nội, ngày 02 tháng 4 năm 2005 NGHỊ QUYẾT QUY ĐỊNH VIỆC GIẢI QUYẾT ĐỐI VỚI MỘT SỐ TRƯỜNG HỢP CỤ THỂ VỀ NHÀ ĐẤT TRONG QUÁ TRÌNH THỰC HIỆN CÁC CHÍNH SÁCH QUẢN LÝ NHÀ ĐẤT VÀ CHÍNH SÁCH CẢI TẠO XÃ HỘI CHỦ NGHĨA TRƯỚC NGÀY 01 THÁNG 7 NĂM 1991 UỶ BAN THƯỜNG VỤ QUỐC HỘI
            Theo đề nghị của Chính phủ, QUYẾT NGHỊ:
            Điều 11.
            Nguồn kinh phí để thực hiện Nghị quyết này được quy định như sau: [Điều này được hướng dẫn bởi Điều 10 Nghị định 127/2005/NĐ-CP có hiệu lực từ ngày 01/11/2005]
            2. Ngân sách địa phương thanh toán đối với trường hợp nhà đất đang do cơ quan nhà nước, tổ chức chính trị, tổ chức chính trị - xã hội, tổ chức chính trị xã hội - nghề nghiệp của địa phương quản lý, sử dụng hoặc nhà đất đang được sử dụng vào mục đích công cộng do địa phương quản lý.
            Trường hợp ngân sách địa phương quy định tại khoản này không đủ để thanh toán thì Uỷ ban nhân dân cấp tỉnh phải xác định cụ thể số kinh phí để đề nghị ngân sách trung ương hỗ trợ;
            Điều 13.
            Trình tự, thủ tục giao lại nhà ở đối với trường hợp quy định tại khoản 1 Điều 7 của Nghị quyết này được thực hiện như sau:
            3. Cơ quan quản lý nhà cấp tỉnh có trách nhiệm tổ chức bàn giao nhà ở cho người thuộc diện được giao lại trong thời hạn 60 ngày, kể từ ngày Chủ tịch Uỷ ban nhân dân cấp tỉnh ra quyết định giao lại nhà ở.
            Điều 16.
            Việc giải quyết khiếu nại trong quá trình thực hiện các quy định của Nghị quyết này được thực hiện như sau:
            2. Chủ tịch Uỷ ban nhân dân cấp tỉnh giải quyết lần đầu đối với các trường hợp khiếu nại liên quan đến Uỷ ban nhân dân cấp tỉnh trong việc thực hiện các quy định của Nghị quyết này.
            Điều 17.
            Nghị quyết này có hiệu lực kể từ ngày công bố.
            Điều 18.
            Chính phủ lãnh đạo, chỉ đạo và hướng dẫn thực hiện Nghị quyết này thống nhất trong cả nước, bảo đảm công khai, minh bạch và hoàn thành chậm nhất trước ngày 01 tháng 7 năm 2009 và báo cáo Uỷ ban thường vụ Quốc hội về kết quả thực hiện Nghị quyết này.
            TM. UỶ BAN THƯỜNG VỤ QUỐC HỘI CHỦ TỊCH
            Nguyễn Văn An (Đã ký)
            """, "NQ-755-2005-NQ-UBTVQH11-nhadat.txt").Tasks;

        Assert.Equal(["18"], tasks.Select(t => t.Ordinal).ToList());
    }

    /// <summary>
    /// Lines of corpus/pdf/QD-09-2023-QD-TTg-CongBao-the-APEC.pdf (dev): "Điều 24. Thông báo thẻ ABTC …" lays down when a
    /// card loses its value (24.1, no task) and who must report it: 24.3 and 24.4 are named bodies' standing duties, tasks in
    /// the expected record. "Điều 15. Thời hạn giải quyết" is a time-limit article: its "Cục Quản lý xuất nhập cảnh, Bộ Công
    /// an có trách nhiệm trao đổi dữ liệu …" is a step of the procedure, no task.
    /// </summary>
    [Fact]
    public void A_named_bodys_standing_duty_is_a_task_but_not_a_step_of_a_time_limit_article()
    {
        var tasks = Extract.Text("""
            THỦ TƯỚNG CHÍNH PHỦ
            Số: 09/2023/QĐ-TTg
            CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
            Độc lập - Tự do - Hạnh phúc
            Hà Nội, ngày 12 tháng 4 năm 2023
            QUYẾT ĐỊNH
            Quy định về trình tự, thủ tục, thẩm quyền, cấp và quản lý thẻ đi lại doanh nhân APEC
            Theo đề nghị của Bộ trưởng Bộ Công an;
            Thủ tướng Chính phủ quy định về trình tự, thủ tục, thẩm quyền, cấp và quản lý thẻ đi lại doanh nhân APEC.
            Điều 15. Thời hạn giải quyết
            1. Trường hợp quy định tại Điều 13 và điểm a khoản 1 Điều 14 Quyết định này, thời hạn giải quyết như sau:
            a) Trong thời hạn 03 ngày làm việc, kể từ ngày nhận đủ hồ sơ hợp lệ, Cục Quản lý xuất nhập cảnh, Bộ Công an có trách nhiệm trao đổi dữ liệu nhân sự của người đề nghị cấp thẻ với cơ quan có thẩm quyền của các nền kinh tế thành viên APEC và thực hiện hủy giá trị sử dụng của thẻ ABTC đã cấp.
            b) Trong thời hạn 21 ngày kể từ ngày trao đổi dữ liệu nhân sự, các nền kinh tế thành viên APEC xét duyệt nhân sự của người đề nghị cấp thẻ.
            Điều 24. Thông báo thẻ ABTC của doanh nhân nước ngoài không còn giá trị nhập cảnh Việt Nam
            1. Thẻ ABTC của doanh nhân nước ngoài không còn giá trị nhập cảnh Việt Nam trong các trường hợp sau:
            a) Giả mạo hồ sơ doanh nhân để được cấp thẻ;
            b) Doanh nhân nước ngoài đã được cấp thẻ ABTC có vi phạm pháp luật Việt Nam đã và đang bị xử lý;
            3. Đơn vị kiểm soát xuất nhập cảnh có trách nhiệm thông báo Cục Quản lý xuất nhập cảnh, Bộ Công an đối với trường hợp quy định tại điểm c khoản 1 Điều này.
            4. Cục Quản lý xuất nhập cảnh, Bộ Công an có trách nhiệm thông báo cho cơ quan có thẩm quyền của các nền kinh tế thành viên biết về việc thẻ ABTC đã cấp cho doanh nhân đó không còn giá trị nhập cảnh Việt Nam.
            KT. THỦ TƯỚNG
            PHÓ THỦ TƯỚNG
            Trần Lưu Quang
            """).Tasks;

        Assert.Equal(["24.3", "24.4"], tasks.Select(t => t.Ordinal).ToList());
        Assert.Equal("Đơn vị kiểm soát xuất nhập cảnh", tasks[0].Units[0].Name);
    }

    /// <summary>
    /// Lines of corpus/markdown/QD-12-2024-QD-TTg.txt (dev): under "Điều 8. Hỗ trợ vay vốn …", a rule article, the delegation
    /// "8. Ngân hàng Chính sách xã hội hướng dẫn về hồ sơ, trình tự, thủ tục vay vốn …" is a task with its subject as lead
    /// (delegation-verbs.txt); the rules around it (8.4, 8.7) are not.
    /// </summary>
    [Fact]
    public void A_delegation_in_a_rule_article_is_a_task_of_the_body_it_names()
    {
        var tasks = Extract.Text("""
            Quyết định 12/2024/QĐ-TTg
            THỦ TƯỚNG CHÍNH PHỦ ------- CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc ---------------
            Số: 12/2024/QĐ-TTg
            Hà Nội, ngày 31 tháng 7 năm 2024 QUYẾT ĐỊNH VỀ CƠ CHẾ, CHÍNH SÁCH GIẢI QUYẾT VIỆC LÀM VÀ ĐÀO TẠO NGHỀ CHO NGƯỜI CÓ ĐẤT THU HỒI
            Căn cứ Luật Đất đai ngày 18 tháng 01 năm 2024;
            Theo đề nghị của Bộ trưởng Bộ Lao động - Thương binh và Xã hội;
            Thủ tướng Chính phủ ban hành Quyết định về cơ chế, chính sách giải quyết việc làm và đào tạo nghề cho người có đất thu hồi.
            Điều 8. Hỗ trợ vay vốn đi làm việc ở nước ngoài theo hợp đồng
            4. Lãi suất vay vốn bằng lãi suất vay vốn đối với hộ nghèo theo từng thời kỳ do Thủ tướng Chính phủ quy định.
            7. Xử lý nợ rủi ro vốn vay thực hiện theo quy định của Chính phủ về cơ chế xử lý nợ rủi ro tại Ngân hàng Chính sách xã hội.
            8. Ngân hàng Chính sách xã hội hướng dẫn về hồ sơ, trình tự, thủ tục vay vốn, định kỳ hạn trả nợ, điều chỉnh kỳ hạn nợ, gia hạn nợ, chuyển nợ quá hạn.
            KT. THỦ TƯỚNG PHÓ THỦ TƯỚNG Trần Hồng Hà
            """).Tasks;

        var task = Assert.Single(tasks);
        Assert.Equal("8.8", task.Ordinal);
        Assert.Equal(["Ngân hàng Chính sách xã hội"], task.Units.Select(u => u.Name).ToList());
    }

    /// <summary>
    /// Lines of corpus/markdown/NQ-132-2020-QH14-dat-quocphong.txt and corpus/text/NQ-755-2005-NQ-UBTVQH11-nhadat.txt (dev):
    /// "Chính phủ quy định chi tiết Điều này." closes a rule article, "Chính phủ quy định cụ thể kinh phí …" a procedure
    /// article's steps; both hand the detail to the Government, whose name the unit finder would read on to the clause's end.
    /// </summary>
    [Theory]
    [InlineData("Chính phủ quy định chi tiết Điều này.", "Chính phủ")]
    [InlineData("Chính phủ quy định cụ thể kinh phí để thực hiện việc thanh toán theo các quy định của Nghị quyết này.", "Chính phủ")]
    [InlineData("Ủy ban Thường vụ Quốc hội hướng dẫn thi hành Nghị quyết này.", "Ủy ban Thường vụ Quốc hội")]
    public void A_delegations_subject_is_its_lead(string clause, string lead)
    {
        var tasks = Extract.Text($"""
            Nghị quyết số 755/2005/NQ-UBTVQH11
            UỶ BAN THƯỜNG VỤ QUỐC HỘI ******** CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc ********
            Số:
            755/2005/NQ-UBTVQH11 Hà Nội, ngày 02 tháng 4 năm 2005 NGHỊ QUYẾT QUY ĐỊNH VIỆC GIẢI QUYẾT ĐỐI VỚI MỘT SỐ TRƯỜNG HỢP CỤ THỂ VỀ NHÀ ĐẤT TRONG QUÁ TRÌNH THỰC HIỆN CÁC CHÍNH SÁCH QUẢN LÝ NHÀ ĐẤT VÀ CHÍNH SÁCH CẢI TẠO XÃ HỘI CHỦ NGHĨA TRƯỚC NGÀY 01 THÁNG 7 NĂM 1991 UỶ BAN THƯỜNG VỤ QUỐC HỘI
            Theo đề nghị của Chính phủ, QUYẾT NGHỊ:
            Điều 14.
            Trình tự, thủ tục thanh toán tiền trưng mua quy định tại Điều 6 và thanh toán tiền bồi thường quy định tại Điều 9 của Nghị quyết này được thực hiện như sau:
            4. Trước khi thực hiện thanh toán, cơ quan, tổ chức có trách nhiệm thanh toán phải thu hồi các giấy tờ gốc quy định tại Điều 12 của Nghị quyết này để lưu hồ sơ;
            5. {clause}
            TM. UỶ BAN THƯỜNG VỤ QUỐC HỘI CHỦ TỊCH
            Nguyễn Văn An (Đã ký)
            """, "NQ-755-2005-NQ-UBTVQH11-nhadat.txt").Tasks;

        var task = Assert.Single(tasks);
        Assert.Equal("14.5", task.Ordinal);
        Assert.Equal([lead], task.Units.Select(u => u.Name).ToList());
    }

    /// <summary>
    /// Lines of corpus/html/QD-32-2025-QD-TTg-mang-buuchinh.html (dev): "Điều 11. Quyền và nghĩa vụ của đối tượng sử dụng dịch
    /// vụ bưu chính KT1" sets out the users' legal standing; its "… có trách nhiệm thanh toán đủ giá dịch vụ …" is no standing
    /// duty the decision assigns (conduct-article-titles.tsv "status"), and the expected record has no task under it.
    /// </summary>
    [Fact]
    public void Obligations_in_a_rights_and_obligations_article_are_not_tasks()
    {
        var tasks = Extract.Text("""
            THỦ TƯỚNG CHÍNH PHỦ
            Số: 32/2025/QĐ-TTg
            CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
            Độc lập - Tự do - Hạnh phúc
            Hà Nội, ngày 08 tháng 9 năm 2025
            QUYẾT ĐỊNH
            Về Mạng bưu chính phục vụ cơ quan Đảng, Nhà nước
            Điều 11. Quyền và nghĩa vụ của đối tượng sử dụng dịch vụ bưu chính KT1
            3. Các đối tượng quy định tại điểm b khoản 1 Điều 2 Quyết định này có trách nhiệm thanh toán đủ giá dịch vụ theo quy định khi gửi bưu gửi KT1 cho các đối tượng quy định tại khoản 1 Điều 2 Quyết định này.
            7. Các đối tượng quy định tại điểm a khoản 1 Điều 2 Quyết định này có trách nhiệm phối hợp Cục Bưu điện Trung ương đối soát sản lượng và xác nhận chất lượng dịch vụ bưu chính KT1.
            KT. THỦ TƯỚNG
            PHÓ THỦ TƯỚNG
            Nguyễn Chí Dũng
            """).Tasks;

        Assert.Empty(tasks);
    }

    /// <summary>Which titles and lead-ins make a procedure article (conduct-article-titles.tsv "procedure" and "frame").</summary>
    [Theory]
    [InlineData("Thủ tục cấp văn bản cho phép sử dụng thẻ ABTC đối với doanh nhân quy định tại khoản 1, khoản 2, khoản 4, khoản 5 Điều 9 Quyết định này", true)]
    [InlineData("Thời hạn giải quyết", true)]
    [InlineData("Trình tự, thủ tục thanh toán tiền trưng mua quy định tại Điều 6 và thanh toán tiền bồi thường quy định tại Điều 9 của Nghị quyết này được thực hiện như sau:", true)]
    [InlineData("Hồ sơ đề nghị nhận lại nhà ở hoặc nhận tiền thanh toán được quy định như sau:", true)]
    [InlineData("Nguồn kinh phí để thực hiện Nghị quyết này được quy định như sau:", true)]
    [InlineData("Trách nhiệm của các cơ quan được quy định như sau:", false)]
    [InlineData("Đối với nhà đất mà Nhà nước đã trưng dụng thì giải quyết như sau:", false)]
    [InlineData("Trách nhiệm đề nghị hủy giá trị sử dụng thẻ ABTC", false)]
    [InlineData("Thông báo thẻ ABTC của doanh nhân nước ngoài không còn giá trị nhập cảnh Việt Nam", false)]
    public void A_procedure_title_opens_with_its_kind_or_ends_with_a_passive_frame(string title, bool procedure) =>
        Assert.Equal(procedure, new Pipeline.Tasks.ConductTitle(Extract.Vocab).IsProcedure(title));
}
