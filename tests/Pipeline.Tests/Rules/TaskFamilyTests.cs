using Pipeline.Tests.Support;

namespace Pipeline.Tests.Rules;

/// <summary>
/// Families of items that are not tasks, or of task text, found on the development set's misses (issue 10), each on
/// real lines from a development document.
/// </summary>
public class TaskFamilyTests
{
    /// <summary>
    /// The adoption clause of a resolution ("Nghị quyết này được Ủy ban Thường vụ Quốc hội … thông qua ngày …") is the
    /// closing formula, not a continuation of the last item. Lines from corpus/markdown/NQ-1657-NQ-UBTVQH15-sapxep-xa-CaoBang.md (dev).
    /// </summary>
    [Fact]
    public void The_adoption_clause_of_a_resolution_is_not_part_of_the_last_item()
    {
        var tasks = Extract.File("markdown", "NQ-1657-NQ-UBTVQH15-sapxep-xa-CaoBang.md").Tasks;

        var last = Assert.Single(tasks, t => t.Ordinal == "3.3");
        Assert.EndsWith("giám sát việc thực hiện Nghị quyết này.", last.Text, StringComparison.Ordinal);
        Assert.DoesNotContain(tasks, t => t.Text.Contains("thông qua ngày", StringComparison.Ordinal));
    }

    /// <summary>
    /// A last paragraph that only asks the addressees to carry the letter out ("Đề nghị Ủy ban nhân dân tỉnh và các tổ chức
    /// đảng nghiêm túc triển khai thực hiện.") is the closing formula, not a task; a request with an action of its own that
    /// ends the same way (a constructed control: the corpus prints none) stays one. corpus/layout/CV-2449-CV-DU-LaoCai-trienkhai-CTr-104.txt (dev).
    /// </summary>
    [Fact]
    public void A_bare_request_to_carry_the_letter_out_is_the_closing_formula()
    {
        var tasks = Extract.File("layout", "CV-2449-CV-DU-LaoCai-trienkhai-CTr-104.txt").Tasks;

        Assert.NotEmpty(tasks);
        Assert.DoesNotContain(tasks, t => t.Text.StartsWith("Đề nghị Ủy ban nhân dân tỉnh và các tổ chức đảng", StringComparison.Ordinal));
        var closing = new Pipeline.Tasks.ClosingFormula(Extract.Vocab);
        Assert.True(closing.Matches("Đề nghị Ủy ban nhân dân tỉnh và các tổ chức đảng nghiêm túc triển khai thực hiện."));
        Assert.False(closing.Matches("Đề nghị Sở Nội vụ chủ trì, phối hợp với các cơ quan liên quan triển khai thực hiện."));
    }

    /// <summary>
    /// Sub-items that only list objects (amounts to collect) are not directive sub-items: the parent is the one task and
    /// its text includes them; sub-items that open with an action stay tasks. Lines from
    /// corpus/markdown/NQ-132-2020-QH14-dat-quocphong.txt (dev), Điều 5.
    /// </summary>
    [Fact]
    public void Sub_items_listing_objects_belong_to_their_parent_task()
    {
        var tasks = Extract.Text("""
            QUỐC HỘI
            Số: 132/2020/QH14
            NGHỊ QUYẾT
            THÍ ĐIỂM MỘT SỐ CHÍNH SÁCH ĐỂ THÁO GỠ VƯỚNG MẮC, TỒN ĐỌNG TRONG QUẢN LÝ, SỬ DỤNG ĐẤT QUỐC PHÒNG, AN NINH
            QUYẾT NGHỊ:
            Điều 5. Trách nhiệm của Bộ trưởng Bộ Quốc phòng, Bộ trưởng Bộ Công an trong quản lý, sử dụng đất quốc phòng, an ninh kết hợp với hoạt động lao động sản xuất, xây dựng kinh tế
            5. Phối hợp với Ủy ban nhân dân cấp tỉnh tổ chức đấu giá quyền sử dụng đất, tài sản gắn liền với đất theo phương án sắp xếp lại, xử lý nhà, đất được phê duyệt theo quy định của pháp luật.
            6. Tổ chức thu, nộp vào ngân sách nhà nước các khoản tiền sau đây:
            a) Tiền sử dụng đất hằng năm khi sử dụng đất quốc phòng, an ninh kết hợp với hoạt động lao động sản xuất, xây dựng kinh tế quy định tại Nghị quyết này;
            b) Tiền thu từ đấu giá quyền sử dụng đất, tài sản gắn liền với đất theo quy định của pháp luật;
            c) Tiền thu khi cổ phần hóa, thoái vốn nhà nước tại doanh nghiệp quân đội, công an theo quy định của pháp luật.
            7. Tổ chức lập dự toán chi ngân sách nhà nước cho các nhiệm vụ quân sự, quốc phòng, an ninh.
            """).Tasks;

        var collect = Assert.Single(tasks, t => t.Ordinal == "5.6");
        Assert.StartsWith("Tổ chức thu, nộp vào ngân sách nhà nước các khoản tiền sau đây: a) Tiền sử dụng đất hằng năm", collect.Text, StringComparison.Ordinal);
        Assert.Contains("; b) Tiền thu từ đấu giá quyền sử dụng đất", collect.Text, StringComparison.Ordinal);
        Assert.EndsWith("c) Tiền thu khi cổ phần hóa, thoái vốn nhà nước tại doanh nghiệp quân đội, công an theo quy định của pháp luật.", collect.Text, StringComparison.Ordinal);
        Assert.DoesNotContain(tasks, t => t.Ordinal.StartsWith("5.6.", StringComparison.Ordinal));
        Assert.Contains(tasks, t => t.Ordinal == "5.7");
    }

    /// <summary>
    /// Sub-items that name a body and then its action ("a) Bộ Y tế: Kiểm tra, theo dõi …") are the tasks, not a list of
    /// objects. Lines from corpus/markdown/NQ-15-2026-NQ-CP-tamngung-ND46-docxtext.txt (dev), Điều 3.2.
    /// </summary>
    [Fact]
    public void Sub_items_naming_a_body_and_its_action_stay_tasks()
    {
        var tasks = Extract.Text("""
            CHÍNH PHỦ
            Số: 15/2026/NQ-CP
            NGHỊ QUYẾT
            QUYẾT NGHỊ:
            Điều 3. Tổ chức thực hiện
            2. Ngoài trách nhiệm tại khoản 1 nêu trên, các Bộ ngành có các trách nhiệm sau:
            a) Bộ Y tế: Kiểm tra, theo dõi, giám sát, xử lý các hành vi vi phạm về đăng ký bản công bố sản phẩm, quảng cáo đối với các sản phẩm, hàng hóa, dịch vụ thuộc lĩnh vực được phân công quản lý.
            b) Bộ Công Thương: Kiểm tra, rà soát, theo dõi, giám sát, xử lý vi phạm trong hoạt động kinh doanh thực phẩm.
            """).Tasks;

        Assert.Contains(tasks, t => t.Ordinal == "3.2.a");
        Assert.Contains(tasks, t => t.Ordinal == "3.2.b");
        Assert.DoesNotContain(tasks, t => t.Ordinal == "3.2");
    }

    /// <summary>
    /// In a regulation (its number carries the year), an article on a standing body's mandate ("Nhiệm vụ, quyền hạn và cơ
    /// cấu tổ chức của Quỹ") states competence and assigns no work; in an individual decision setting up an inspection
    /// team ("1050/QĐ-SCT"), "Nhiệm vụ và quyền hạn của Đoàn kiểm tra" assigns the team's duties. Dev documents
    /// corpus/html/QD-34-2025-QD-TTg-quy-ho-tro-viec-lam.html and corpus/pdf/QD-1050-kiem-tra-VLNCN-2026.pdf.
    /// </summary>
    [Fact]
    public void A_regulations_mandate_article_is_not_a_task_but_an_inspection_teams_duties_are()
    {
        var regulation = Extract.File("html", "QD-34-2025-QD-TTg-quy-ho-tro-viec-lam.html").Tasks;
        Assert.DoesNotContain(regulation, t => t.Ordinal.StartsWith("5.", StringComparison.Ordinal));
        Assert.Contains(regulation, t => t.Ordinal.StartsWith("24.", StringComparison.Ordinal)); // Trách nhiệm của các cơ quan, tổ chức

        var decision = Extract.File("pdf", "QD-1050-kiem-tra-VLNCN-2026.pdf").Tasks;
        Assert.Contains(decision, t => t.Ordinal == "3.1" && t.Heading == "Nhiệm vụ và quyền hạn của Đoàn kiểm tra");
    }

    /// <summary>
    /// A numbered lead-in that asks a body to act ("Điều 2. Hội đồng nhân dân tỉnh yêu cầu Ủy ban nhân dân tỉnh tập trung
    /// thực hiện … sau:") gives that body as lead to the items under it that name no one. Lines from
    /// corpus/markdown/NQ-08-NQ-HDND-TTHue-giamsat-sudungdat-body.md (dev).
    /// </summary>
    [Fact]
    public void A_lead_in_that_asks_a_body_makes_it_the_lead_of_its_items()
    {
        var tasks = Extract.Text("""
            NGHỊ QUYẾT
            VỀ KẾT QUẢ GIÁM SÁT TÌNH HÌNH, KẾT QUẢ SỬ DỤNG ĐẤT CỦA CÁC DỰ ÁN ĐẦU TƯ TRÊN ĐỊA BÀN TỈNH THỪA THIÊN HUẾ GIAI ĐOẠN 2011 - 2016
            QUYẾT NGHỊ:
            Điều 2. Hội đồng nhân dân tỉnh yêu cầu Ủy ban nhân dân tỉnh tập trung thực hiện một số nhiệm vụ, giải pháp chủ yếu sau:
            1. Chỉ đạo Sở Tài nguyên và Môi trường, Sở Kế hoạch và Đầu tư, Ban quản lý Khu kinh tế, công nghiệp, các ngành liên quan và Ủy ban nhân dân các địa phương rà soát tất cả các dự án đầu tư ngoài ngân sách trên địa bàn.
            3. Chỉ đạo các ngành rà soát, đánh giá lại các quy hoạch chưa hoặc chậm triển khai để có giải pháp xử lý phù hợp.
            """).Tasks;

        var item = Assert.Single(tasks, t => t.Ordinal == "2.3");
        Assert.Contains(item.Units, u => u.Name == "Ủy ban nhân dân tỉnh" && u.Role == "lead");
    }

    /// <summary>
    /// Subjects that open with a top state body ("Chính phủ chịu trách nhiệm …", "Ủy ban Thường vụ Quốc hội, Hội đồng Dân
    /// tộc, … giám sát …") are leads (unit-heads.txt). Lines from corpus/markdown/NQ-132-2020-QH14-dat-quocphong.txt (dev), Điều 8.
    /// </summary>
    [Fact]
    public void A_subject_that_is_a_top_state_body_is_the_lead()
    {
        var finder = new Pipeline.Tasks.UnitFinder(Extract.Vocab);

        Assert.Contains(finder.Find("Chính phủ chịu trách nhiệm tổ chức thực hiện Nghị quyết này."),
            u => u.Name == "Chính phủ" && u.Role == Pipeline.Tasks.UnitRole.Lead);
        Assert.Contains(finder.Find("Ủy ban Thường vụ Quốc hội, Hội đồng Dân tộc, các Ủy ban của Quốc hội, các Đoàn đại biểu Quốc hội và đại biểu Quốc hội, Hội đồng nhân dân các cấp trong phạm vi nhiệm vụ, quyền hạn của mình giám sát việc thực hiện Nghị quyết này."),
            u => u.Name == "Ủy ban Thường vụ Quốc hội" && u.Role == Pipeline.Tasks.UnitRole.Lead);

        // A bare body kind shares the next piece's place; a national body is whole (corpus/expected/README.md, unit splitting).
        Assert.Equal(["Chính phủ", "Hội đồng nhân dân, Ủy ban nhân dân tỉnh Cao Bằng"], finder.Split("Chính phủ, Hội đồng nhân dân, Ủy ban nhân dân tỉnh Cao Bằng"));
        // Who enacts the document is not an addressee (QĐ-44/2025/QĐ-TTg preamble, dev).
        Assert.Empty(finder.FromPreamble("Thủ tướng Chính phủ ban hành Quyết định bãi bỏ một số văn bản quy phạm pháp luật."));
    }

    /// <summary>
    /// In a regulation, a clause that opens with a case or a condition and names no one in its consequent lays down a rule
    /// ("2. Trường hợp có quy định khác nhau … thì áp dụng quy định của Nghị quyết này."; "c) Trường hợp … thì được tiếp tục
    /// thực hiện …"); one whose consequent names the actor ("5. Đối với dự án … thì Bộ Quốc phòng, Bộ Công an thực hiện thu …")
    /// and a plain duty ("3. Chính phủ chịu trách nhiệm …") stay tasks. Lines from corpus/markdown/NQ-132-2020-QH14-dat-quocphong.txt
    /// (dev), Điều 7 and 8; the number printed on a header line of its own, as there.
    /// </summary>
    [Fact]
    public void A_regulations_condition_clause_that_names_no_actor_is_not_a_task()
    {
        var tasks = Extract.Text("""
            QUỐC HỘI
            Nghị quyết số:
            132/2020/QH14
            NGHỊ QUYẾT
            THÍ ĐIỂM MỘT SỐ CHÍNH SÁCH ĐỂ THÁO GỠ VƯỚNG MẮC, TỒN ĐỌNG TRONG QUẢN LÝ, SỬ DỤNG ĐẤT QUỐC PHÒNG, AN NINH
            QUYẾT NGHỊ:
            Điều 7. Xử lý đất quốc phòng, an ninh đối với dự án, hợp đồng thuê đất, hợp đồng liên doanh, liên kết đã thực hiện và đối với doanh nghiệp cổ phần hóa, thoái vốn
            3. Đối với dự án, hợp đồng liên doanh, liên kết có hiệu quả, phù hợp với quy hoạch của địa phương và đáp ứng yêu cầu nhiệm vụ quân sự, quốc phòng, an ninh thì được tiếp tục thực hiện đến hết thời hạn dự án, hợp đồng liên doanh, liên kết đã ký kết và theo quy định sau đây:
            c) Trường hợp dự án, hợp đồng liên doanh, liên kết có đối tác nước ngoài để thực hiện nhiệm vụ quân sự, quốc phòng, an ninh thì được tiếp tục thực hiện theo dự án, hợp đồng đã ký kết;
            d) Trường hợp tài sản gắn liền với đất đã cho thuê theo dự án, hợp đồng liên doanh, liên kết đã ký kết thì được tiếp tục thực hiện đến hết thời hạn của dự án, hợp đồng liên doanh, liên kết;
            5. Đối với dự án, hợp đồng thuê đất, hợp đồng liên doanh, liên kết đã ký kết trước ngày Nghị quyết này có hiệu lực thi hành nhưng chưa thu tiền sử dụng đất thì Bộ Quốc phòng, Bộ Công an thực hiện thu tiền sử dụng đất theo dự án, hợp đồng thuê đất, hợp đồng liên doanh, liên kết đã ký kết để nộp vào ngân sách nhà nước nhưng không thấp hơn tiền sử dụng đất hằng năm theo quy định của Nghị quyết này tại thời điểm xác định nghĩa vụ nộp tiền sử dụng đất.
            Điều 8. Điều khoản thi hành
            2. Trường hợp có quy định khác nhau giữa Nghị quyết này và luật, nghị quyết khác của Quốc hội ban hành trước ngày Nghị quyết này có hiệu lực thi hành về cùng một vấn đề trong quản lý, sử dụng đất quốc phòng, an ninh kết hợp với hoạt động lao động sản xuất, xây dựng kinh tế thì áp dụng quy định của Nghị quyết này.
            3. Chính phủ chịu trách nhiệm tổ chức thực hiện Nghị quyết này.
            """).Tasks;

        Assert.DoesNotContain(tasks, t => t.Ordinal == "8.2");
        Assert.DoesNotContain(tasks, t => t.Ordinal.StartsWith("7.3.", StringComparison.Ordinal));
        var collect = Assert.Single(tasks, t => t.Ordinal == "7.5");
        Assert.StartsWith("Đối với dự án, hợp đồng thuê đất", collect.Text, StringComparison.Ordinal);
        Assert.Contains(tasks, t => t.Ordinal == "8.3");
    }
}
