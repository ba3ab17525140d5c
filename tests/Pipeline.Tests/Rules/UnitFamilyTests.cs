using Pipeline.Tasks;
using Pipeline.Tests.Support;

namespace Pipeline.Tests.Rules;

/// <summary>
/// Families of missed units found on the development set's misses (issue 10), each on real lines from a development
/// document.
/// </summary>
public class UnitFamilyTests
{
    private static List<string> Leads(string text) =>
        new UnitFinder(Extract.Vocab).Find(text).Where(u => u.Role == UnitRole.Lead).Select(u => u.Name).ToList();

    /// <summary>
    /// An execution article names every body that carries out the decision, its members separated by ';' and a colon
    /// list ("Giám đốc các Sở: Công Thương, …") kept whole. Article 3.3 of corpus/text/QD-2272-QD-UBND-LaoCai-tiepnhan-hoso-tienchat.txt (dev).
    /// </summary>
    [Fact]
    public void The_subjects_of_an_execution_article_separated_by_semicolons_are_each_a_lead()
    {
        var leads = Leads("Chánh Văn phòng Ủy ban nhân dân tỉnh; Giám đốc các Sở: Công Thương, Tư pháp, Tài chính, Xây dựng, Nông nghiệp và Môi trường; Giám đốc Công an tỉnh; Chỉ huy trưởng Bộ Chỉ huy Quân sự tỉnh; Thủ trưởng các Sở, ban, ngành tỉnh; Chủ tịch Ủy ban nhân dân các xã, phường; tổ chức, doanh nghiệp và cá nhân có liên quan chịu trách nhiệm thi hành Quyết định này./.");

        Assert.Equal(["Chánh Văn phòng Ủy ban nhân dân tỉnh", "Giám đốc các Sở: Công Thương, Tư pháp, Tài chính, Xây dựng, Nông nghiệp và Môi trường",
            "Giám đốc Công an tỉnh", "Chỉ huy trưởng Bộ Chỉ huy Quân sự tỉnh", "Thủ trưởng các Sở, ban, ngành tỉnh",
            "Chủ tịch Ủy ban nhân dân các xã, phường", "tổ chức, doanh nghiệp và cá nhân có liên quan"], leads);
    }

    /// <summary>
    /// A list of bodies longer than one name may be (160 characters) is still the subject when every piece names a body or
    /// is a short shared tail. Article 3.2 of corpus/html/QD-42-2025-QD-TTg-tieuchi-vanhoa.html (dev); the long opening
    /// clause of item 4.1.c of corpus/word/NQ-24-2026-NQ-CP-catgiam-TTHC.docx (dev) names matters, not bodies.
    /// </summary>
    [Fact]
    public void A_long_list_of_bodies_is_a_subject_and_long_prose_is_not()
    {
        Assert.Equal(["Bộ trưởng", "Thủ trưởng cơ quan ngang bộ", "Thủ trưởng cơ quan thuộc Chính phủ",
                "Chủ tịch Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương", "các tổ chức, cá nhân có liên quan"],
            Leads("Bộ trưởng, Thủ trưởng cơ quan ngang bộ, Thủ trưởng cơ quan thuộc Chính phủ, Chủ tịch Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương và các tổ chức, cá nhân có liên quan chịu trách nhiệm thi hành Quyết định này./."));

        Assert.DoesNotContain(Leads("Các nội dung phương án cắt giảm, phân cấp, đơn giản hóa thủ tục hành chính, điều kiện kinh doanh thuộc phạm vi sửa đổi, bổ sung tại Thông tư, Bộ trưởng, Thủ trưởng cơ quan ngang bộ chủ động xây dựng, ban hành Thông tư để tổ chức thực thi theo đúng thẩm quyền."),
            l => l.StartsWith("Các nội dung", StringComparison.Ordinal));
    }

    /// <summary>
    /// "các tổ chức thành viên" names bodies: after a collective word "tổ chức" is a noun, not the verb that ends the name.
    /// Article 8.4 of corpus/markdown/NQ-132-2020-QH14-dat-quocphong.txt (dev).
    /// </summary>
    [Fact]
    public void To_chuc_after_a_collective_word_is_a_body()
    {
        var leads = Leads("Ủy ban Thường vụ Quốc hội, Hội đồng Dân tộc, các Ủy ban của Quốc hội, các Đoàn đại biểu Quốc hội và đại biểu Quốc hội, Hội đồng nhân dân các cấp, Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam và các tổ chức thành viên của Mặt trận, trong phạm vi nhiệm vụ, quyền hạn của mình, giám sát việc thực hiện Nghị quyết này.");

        Assert.Contains("Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam", leads);
        Assert.Contains("các tổ chức thành viên của Mặt trận", leads);
    }

    private static List<TaskUnit> Units(string text) => new UnitFinder(Extract.Vocab).Find(text);

    /// <summary>
    /// A unit's name ends at a verb of its action that is no directive cue (unit-name-ends.txt): "chuẩn bị", "định kỳ";
    /// "tổ chức liên quan" is a body, not the verb. Item 3.1.7 of corpus/seeds/004_2f2804abc48cfa00.txt and items V.1 and
    /// IV.7.1 of corpus/word/KH-UBND-LaoCai-trienkhai-CT-11-CT-TU-khoangsan.docx (dev).
    /// </summary>
    [Theory]
    [InlineData("Chủ trì, phối hợp các phòng liên quan chuẩn bị hồ sơ để các Sở, ngành thẩm định, đánh giá chỉ số cải cách hành chính năm 2023 của Ủy ban nhân dân huyện.", "các phòng liên quan")]
    [InlineData("Chủ trì, phối hợp với cơ quan, tổ chức liên quan thẩm định hoặc có ý kiến về công nghệ đối với các dự án đầu tư có sử dụng công nghệ trong khai thác, chế biến khoáng sản theo quy định.", "cơ quan, tổ chức liên quan")]
    [InlineData("Các Sở, ngành, địa phương định kỳ hàng năm (trước ngày 10/12) hoặc đột xuất báo cáo Ủy ban nhân dân tỉnh (qua Sở Nông nghiệp và Môi trường) về tình hình thực hiện Kế hoạch.", "Các Sở, ngành, địa phương")]
    public void A_unit_name_stops_at_a_verb_of_its_action(string text, string unit) =>
        Assert.Contains(Units(text), u => u.Name == unit);

    /// <summary>
    /// After a whole name, a piece in lower case that opens with a unit head is a unit of its own; a bare kind after a
    /// comma continues a list sharing one head. Item 2.c of corpus/pdf/CV-UBND-tinh-chi-dao-quan-ly-giam-sat-VLNCN.pdf,
    /// Article 3 of corpus/word/QD-09-2010-QD-UBND-CanTho-KHCN.doc and item 9 of corpus/seeds/001_bb430d707b21ecbe.txt (dev).
    /// </summary>
    [Fact]
    public void A_body_in_lower_case_after_a_whole_name_is_its_own_unit()
    {
        var support = Units("Chủ trì, phối hợp với Sở Công Thương, chính quyền địa phương và cơ quan liên quan tăng cường công tác kiểm tra, giám sát chặt chẽ hoạt động sử dụng, vận chuyển, lưu chứa VLNCN, TCTN.")
            .Where(u => u.Role == UnitRole.Support).Select(u => u.Name);
        Assert.Equal(["Sở Công Thương", "chính quyền địa phương", "cơ quan liên quan"], support);

        Assert.Contains("Thủ trưởng cơ quan, ban, ngành thành phố", Leads("Chánh Văn phòng Ủy ban nhân dân thành phố, Giám đốc các sở, Thủ trưởng cơ quan, ban, ngành thành phố, Chủ tịch Ủy ban nhân dân quận, huyện và các đơn vị có liên quan chịu trách nhiệm thi hành Quyết định này./."));
        Assert.Contains("các đồng chí Bí thư huyện ủy, thị ủy, thành ủy", Leads("Đề nghị các đồng chí Bí thư huyện ủy, thị ủy, thành ủy quan tâm hơn nữa, quyết liệt trong lãnh đạo, chỉ đạo UBND cấp huyện, cấp xã tổ chức thực hiện công tác cải cách hành chính, nâng cao hiệu quả quản trị và hành chính công trong phạm vi, địa bàn quản lý để đạt các mục tiêu, nhiệm vụ đã đề ra."));
    }

    /// <summary>
    /// A phrase holding a date is a sentence about a letter, not a name: "Sở Nông nghiệp và Môi trường nhận được Công văn
    /// số 4170/SCT-CN ngày 14/7/2026 …" (corpus/pdf/CV-6791-SNNMT-KHTC-LaoCai-CCN-BaoDap.pdf, dev).
    /// </summary>
    [Fact]
    public void A_name_holds_no_date() =>
        Assert.DoesNotContain(new UnitFinder(Extract.Vocab).FromPreamble("Sở Nông nghiệp và Môi trường nhận được Công văn số 4170/SCT-CN ngày 14/7/2026 của Sở Công thương về việc tham gia ý kiến thẩm định hồ sơ đề nghị thành lập cụm công nghiệp Báo Đáp."),
            u => u.Name.Contains("4170", StringComparison.Ordinal));

    /// <summary>
    /// A plan's assignment fields after a group of items ("Đơn vị chủ trì: X; Đơn vị phối hợp: Y, Z") give every item of
    /// the group X as lead and Y, Z as support, and are not the last item's text (nor is "Lãnh đạo phụ trách: …").
    /// Items III.3 and III.4 of corpus/word/KH-SCT-LaoCai-2026-thuchien-DeAn-08.docx (dev).
    /// </summary>
    [Fact]
    public void A_groups_assignment_fields_give_every_item_its_lead_and_support()
    {
        var tasks = Extract.Text("""
            UBND TỈNH LÀO CAI
            SỞ CÔNG THƯƠNG
            Số: /KH-SCT
            Lào Cai, ngày tháng 4 năm 2026
            KẾ HOẠCH
            Thực hiện Đề án số 08 về phát triển công nghiệp tỉnh Lào Cai
            III. NHIỆM VỤ TRỌNG TÂM
            3. Đảm bảo an ninh năng lượng và đẩy mạnh phát triển năng lượng sạch, năng lượng tái tạo
            - Tham mưu đẩy nhanh tiến độ triển khai các dự án điện gió, điện mặt trời, điện sinh khối, điện rác đã được quy hoạch nhằm đa dạng hóa nguồn cung, giảm phụ thuộc vào thủy điện.
            - Đôn đốc các cơ sở sử dụng năng lượng trọng điểm thực hiện kiểm toán năng lượng định kỳ; hỗ trợ doanh nghiệp xây dựng hệ thống quản lý năng lượng theo tiêu chuẩn quy định.
            Lãnh đạo phụ trách: Phó giám đốc Nguyễn Trường Giang.
            Đơn vị chủ trì: Phòng Quản lý Năng lượng; Đơn vị phối hợp: Phòng Quản lý Công nghiệp.
            4. Nâng cao năng lực khoa học công nghệ, đổi mới sáng tạo và chuyển đổi số trong sản xuất công nghiệp
            - Tham mưu xây dựng bộ tiêu chí sàng lọc, thu hút dự án đầu tư có công nghệ tiên tiến, hiện đại, thân thiện môi trường.
            - Phối hợp triển khai đánh giá trình độ công nghệ doanh nghiệp; hỗ trợ xây dựng lộ trình đổi mới công nghệ, thành lập bộ phận R&D, quỹ phát triển KH&CN của doanh nghiệp.
            Lãnh đạo phụ trách: Phó giám đốc Nguyễn Đình Chiến, Phó giám đốc Hoàng Văn Thuân.
            Đơn vị chủ trì: Phòng Quản lý Công nghiệp; Đơn vị phối hợp: Phòng Quản lý Năng lượng, Văn phòng Sở.
            """).Tasks;

        string Units(string ordinal) => string.Join("; ", Assert.Single(tasks, t => t.Ordinal == ordinal).Units.Select(u => u.Name + " " + u.Role));
        Assert.Equal("Phòng Quản lý Năng lượng lead; Phòng Quản lý Công nghiệp support", Units("III.3.1"));
        Assert.Equal("Phòng Quản lý Năng lượng lead; Phòng Quản lý Công nghiệp support", Units("III.3.2"));
        Assert.Equal("Phòng Quản lý Công nghiệp lead; Phòng Quản lý Năng lượng support; Văn phòng Sở support", Units("III.4.1"));
        Assert.Equal("Phòng Quản lý Công nghiệp lead; Phòng Quản lý Năng lượng support; Văn phòng Sở support", Units("III.4.2"));
        Assert.DoesNotContain(tasks, t => t.Text.Contains("Lãnh đạo phụ trách", StringComparison.Ordinal) || t.Text.Contains("Đơn vị chủ trì", StringComparison.Ordinal));
    }

    /// <summary>
    /// A Party programme names the committees that lead a subsection's bullets in a line after them, "Trách nhiệm chỉ đạo
    /// thực hiện: X; Y; Z.", its bodies separated by ';' (each a lead, the label given once); the line is no bullet's text,
    /// also where a layout text runs it into the last bullet (the bullet's last line fills the width). Subsections 3.2 and
    /// 3.8 of corpus/layout/CTr-104-CTr-TU-LaoCai-thuchien-KL-75-BVMT.txt (dev): "      Trách nhiệm chỉ đạo thực hiện: Đảng
    /// ủy Ủy ban nhân dân tỉnh." after "bộ làm công tác môi trường, phòng chống thiên tai từ cấp tỉnh đến cấp xã."; 3.6 "Trách
    /// nhiệm chỉ đạo thực hiện: Các cấp ủy, tổ chức đảng; Đảng ủy Ủy / ban nhân dân tỉnh."
    /// </summary>
    [Fact]
    public void A_programmes_responsibility_line_gives_every_bullet_above_it_its_leads()
    {
        var tasks = Extract.File("layout", "CTr-104-CTr-TU-LaoCai-thuchien-KL-75-BVMT.txt").Tasks;

        string Units(string ordinal) => string.Join("; ", Assert.Single(tasks, t => t.Ordinal == ordinal).Units.Select(u => u.Name + " " + u.Role));
        Assert.Equal("Đảng ủy Ủy ban nhân dân tỉnh lead", Units("III.3.2.1"));
        Assert.Equal("Đảng ủy Ủy ban nhân dân tỉnh lead", Units("III.3.8.1"));
        Assert.Equal("Đảng ủy Ủy ban nhân dân tỉnh lead", Units("III.3.8.3"));
        Assert.Equal("Các cấp ủy, tổ chức đảng lead; Đảng ủy Ủy ban nhân dân tỉnh lead", Units("III.3.6.1"));
        Assert.DoesNotContain(tasks, t => t.Text.Contains("Trách nhiệm chỉ đạo", StringComparison.Ordinal));
    }

    /// <summary>
    /// A plan's numbered item whose bullets are its own assignment fields ("- Đơn vị chủ trì: …", "- Đơn vị phối hợp: …",
    /// with "- Thời gian hoàn thành: …" and "- Kết quả: …") is one task, not a group of tasks: the chủ trì is its lead, each
    /// complete name of the phối hợp list supports it, and the unit fields are no part of its text; its other bullets stay in
    /// it. Items II.1.2 and II.2.2 of corpus/text/KH-16-KH-MTTQ-BTT-xa-LuongMinh-thuchien-baucu-docxtext.txt (dev).
    /// </summary>
    [Fact]
    public void An_item_whose_bullets_assign_it_is_one_task_with_those_units()
    {
        var tasks = Extract.Text("""
            ỦY BAN MTTQ VIỆT NAM
            XÃ LƯƠNG MINH
            BAN THƯỜNG TRỰC
            Số: 16/KH-MTTQ-BTT
            Lương Minh, ngày 18 tháng 11 năm 2025
            KẾ HOẠCH
            Thực hiện công tác bầu cử đại biểu Quốc hội khóa XVI
            II. NỘI DUNG, TIẾN ĐỘ, PHÂN CÔNG TRÁCH NHIỆM THỰC HIỆN
            1. Xây dựng, ban hành các văn bản chỉ đạo, hướng dẫn và tài liệu phục vụ công tác bầu cử
            1.2. Xây dựng và ban hành Hướng dẫn của Ban Thường trực Ủy ban MTTQ Việt Nam xã về việc MTTQ xã giám sát công tác bầu cử đại biểu Quốc hội khóa XVI và đại biểu Hội đồng nhân dân các cấp nhiệm kỳ 2026-2031.
            - Thời gian hoàn thành: ngày Tháng 11/2025 (sau khi Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh ban hành Hướng dẫn);
            - Đơn vị chủ trì: Đồng chí Phó chủ tịch Thường trực, phụ trách lĩnh vực Giám sát và Phản biện xã hội
            - Đơn vị phối hợp: Các đ/c Phó chỉ tịch, Trưởng đoàn thể xã, các đồng chí Chuyên viên cơ quan MTTQ xã.
            - Kết quả: Dự thảo Hướng dẫn trình Ban Thường trực ban hành.
            2. Tổ chức các hội nghị hiệp thương
            2.2. Tổ chức Hội nghị tiếp xúc cử tri để người ứng cử đại biểu Quốc hội thực hiện công tác vận động bầu cử đại biểu Quốc hội khóa XVI, người ứng cử đại biểu HĐND tỉnh, HĐND xã thực hiện công tác vận động bầu cử đại biểu HĐND cấp tỉnh, cấp xã nhiệm kỳ 2026-2031 theo văn bản Hướng dẫn của Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh.
            - Việc tổ chức hội nghị tiếp xúc cử tri phải bảo đảm đúng thành phần, thời gian, địa điểm, nội dung theo hướng dẫn; tạo điều kiện thuận lợi để người ứng cử trình bày chương trình hành động, lắng nghe ý kiến, nguyện vọng của cử tri.
            - Thời gian hoàn thành: Quý I/2026;
            - Đơn vị chủ trì: Đồng chí Phó chủ tịch Thường trực, phụ trách lĩnh vực Giám sát và Phản biện xã hội
            - Đơn vị phối hợp: Các đ/c Phó chỉ tịch, Trưởng đoàn thể xã, các đồng chí Chuyên viên cơ quan MTTQ xã.
            """).Tasks;

        Assert.Equal(["II.1.2", "II.2.2"], tasks.Select(t => t.Ordinal));
        foreach (var task in tasks)
        {
            Assert.Equal(["Đồng chí Phó chủ tịch Thường trực, phụ trách lĩnh vực Giám sát và Phản biện xã hội lead", "Các đ/c Phó chỉ tịch support",
                "Trưởng đoàn thể xã support", "các đồng chí Chuyên viên cơ quan MTTQ xã support"], task.Units.Take(4).Select(u => u.Name + " " + u.Role));
            Assert.DoesNotContain("Đơn vị chủ trì", task.Text, StringComparison.Ordinal);
        }
        Assert.Contains("- Việc tổ chức hội nghị tiếp xúc cử tri", tasks[1].Text, StringComparison.Ordinal);
        // The time and result bullets are fields too: the time dates the item as a table's time column does.
        Assert.DoesNotContain(tasks, t => t.Text.Contains("Thời gian hoàn thành", StringComparison.Ordinal) || t.Text.Contains("Kết quả", StringComparison.Ordinal));
        Assert.Equal(["2025-11", "2026-03"], tasks.Select(t => t.Deadline?.Date?.ToString()));
    }

    private static List<string> HeadingLeads(string heading) => new UnitFinder(Extract.Vocab).FromHeading(heading).Select(u => u.Name).ToList();

    /// <summary>
    /// Headings that name who acts on the items under them, in the forms the genre prints: "Trách nhiệm của X trong …"
    /// (the name ends like any unit's), "Quyền và trách nhiệm của X", "Nhiệm vụ và quyền hạn của X", "Yêu cầu đối với X",
    /// "Đề nghị X", "X có trách nhiệm:", a ';' list of bodies, and a parenthesised note that is no part of the name.
    /// Lines from corpus/markdown/NQ-132-2020-QH14-dat-quocphong.txt (Điều 5), corpus/html/QD-33-2025-QD-TTg-mang-TSLCD.html
    /// (Điều 11), corpus/pdf/QD-1050-kiem-tra-VLNCN-2026.pdf (Điều 3), corpus/layout/CV-5141-SNNMT-KS-LaoCai-baocao-sanluong.txt
    /// (1, 2), corpus/word/KH-UBND-LaoCai-trienkhai-CT-11-CT-TU-khoangsan.docx (IV.1), corpus/html/NQ-66.3-2025-NQ-CP-quyhoach-sudung-dat.html
    /// (4.1) and corpus/markdown/QD-33-2025-QD-UBND-HaNoi-gia-chungcu.md (4.2), all dev.
    /// </summary>
    [Theory]
    [InlineData("Trách nhiệm của Bộ trưởng Bộ Quốc phòng, Bộ trưởng Bộ Công an trong quản lý, sử dụng đất quốc phòng, an ninh kết hợp với hoạt động lao động sản xuất, xây dựng kinh tế", "Bộ trưởng Bộ Quốc phòng|Bộ trưởng Bộ Công an")]
    [InlineData("Quyền và trách nhiệm của Cục Bưu điện Trung ương", "Cục Bưu điện Trung ương")]
    [InlineData("Nhiệm vụ và quyền hạn của Đoàn kiểm tra", "Đoàn kiểm tra")]
    [InlineData("Yêu cầu đối với các tổ chức, cá nhân được cấp giấy phép khai thác, thu hồi khoáng sản.", "các tổ chức, cá nhân được cấp giấy phép khai thác, thu hồi khoáng sản")]
    [InlineData("Đề nghị UBND các xã, phường", "UBND các xã, phường")]
    [InlineData("Giám đốc các Sở và Thủ trưởng các ban, ngành tỉnh; Chủ tịch Ủy ban nhân dân các xã, phường:", "Giám đốc các Sở|Thủ trưởng các ban, ngành tỉnh|Chủ tịch Ủy ban nhân dân các xã, phường")]
    [InlineData("Bộ Nông nghiệp và Môi trường có trách nhiệm:", "Bộ Nông nghiệp và Môi trường")]
    [InlineData("Trách nhiệm của Ủy ban nhân dân các quận, huyện, thị xã (chính quyền cấp cơ sở):", "Ủy ban nhân dân các quận, huyện, thị xã")]
    public void A_heading_names_the_units_of_its_items(string heading, string leads) =>
        Assert.Equal(leads.Split('|'), HeadingLeads(heading));

    /// <summary>
    /// A verb that "việc" makes a matter does not end a name, and "tổ chức khác" is a body; a head of several words keeps
    /// its verb ("Ủy ban kiểm tra"). Article 3.1 of corpus/markdown/NQ-1672-NQ-UBTVQH15-sapxep-xa-LangSon.md and item III.4
    /// of corpus/seeds/003_3d958af6174669dc.txt (dev).
    /// </summary>
    [Fact]
    public void A_subject_list_keeps_its_matter_and_its_function_named_bodies()
    {
        Assert.Equal(["Chính phủ", "Hội đồng nhân dân, Ủy ban nhân dân tỉnh Lạng Sơn",
                "chính quyền địa phương các đơn vị hành chính liên quan đến việc thực hiện sắp xếp", "các cơ quan, tổ chức khác có liên quan"],
            Leads("Chính phủ, Hội đồng nhân dân, Ủy ban nhân dân tỉnh Lạng Sơn, chính quyền địa phương các đơn vị hành chính liên quan đến việc thực hiện sắp xếp và các cơ quan, tổ chức khác có liên quan có trách nhiệm tổ chức thi hành Nghị quyết này; sắp xếp, ổn định bộ máy các cơ quan, tổ chức ở địa phương."));
        Assert.Equal(["Văn phòng, Ủy ban kiểm tra Đảng ủy"],
            Leads("Văn phòng, Ủy ban kiểm tra Đảng ủy tham mưu giúp Ban Thường vụ Đảng ủy theo dõi, kiểm tra và báo cáo kết quả việc tổ chức thực hiện Nghị quyết này."));
    }

    /// <summary>
    /// "Phối hợp tham mưu …", "Phối hợp xây dựng …": what follows "phối hợp" is a support unit only when it names a body.
    /// Items III.2.8 and III.4.4 of corpus/word/KH-SCT-LaoCai-2026-thuchien-DeAn-08.docx (dev).
    /// </summary>
    [Theory]
    [InlineData("Phối hợp tham mưu đầu tư xây dựng hệ thống xử lý nước thải tập trung đạt chuẩn tại 100% KCN; đầu tư hệ thống quan trắc môi trường tự động tại các Khu, CCN.")]
    [InlineData("Phối hợp xây dựng hạ tầng số và cơ sở dữ liệu dùng chung phục vụ quản lý các KCN, CCN trên địa bàn tỉnh.")]
    public void Phoi_hop_before_an_action_names_no_support(string text) =>
        Assert.Empty(Units(text));

    /// <summary>
    /// "đồng chí" / "các đồng chí" before a post is part of the unit as printed (names as printed, plural forms kept): the
    /// subject of item 4 of corpus/seeds/000_8eb51ea822ccb723.txt and the unit after "Giao" in item 3.1 of
    /// corpus/seeds/002_b6e14e4fcfdc04cd.txt (dev); "cho" before a name is still no part of it.
    /// </summary>
    [Fact]
    public void Dong_chi_before_a_post_stays_in_the_name()
    {
        Assert.Contains("Các đồng chí Ủy viên BTV Huyện ủy phụ trách cụm", Leads("Các đồng chí Ủy viên BTV Huyện ủy phụ trách cụm, Huyện ủy viên phụ trách các xã, thị trấn thường xuyên nắm bắt tình hình, chỉ đạo, kiểm tra, đôn đốc các địa phương trong quá trình thực hiện yêu cầu, nhiệm vụ các chỉ số cải cách nền hành chính."));
        // The name runs on past "dự" (no verb of the vocabulary); what matters here is that it opens with "đồng chí".
        Assert.Contains(Leads("Giao đồng chí Ủy viên Ban Thường vụ Tỉnh ủy phụ trách huyện dự kiểm điểm với Ủy ban nhân dân cấp huyện và lãnh đạo Ủy ban nhân dân tỉnh dự kiểm điểm với các sở, ban, ngành."),
            l => l.StartsWith("đồng chí Ủy viên Ban Thường vụ Tỉnh ủy phụ trách huyện", StringComparison.Ordinal));
        Assert.Contains("các xã", Leads("Giao cho các xã tổ chức thực hiện."));
    }

    /// <summary>
    /// Splitting a list of bodies (corpus/expected/README.md): a shared leading "các" does not prevent the split ("Các Bộ, cơ
    /// quan ngang Bộ" are two units), a shared trailing modifier does ("các cơ quan, đơn vị có liên quan"); a colon list ends
    /// where "và" opens a body with its own level ("… Tài chính và Ủy ban nhân dân tỉnh, thành phố"). Items 5.2 and 3.4.1 of
    /// corpus/markdown/NQ-15-2026-NQ-CP-tamngung-ND46-docxtext.txt (dev).
    /// </summary>
    [Fact]
    public void A_collective_kind_and_a_colon_list_end_where_a_whole_name_follows()
    {
        Assert.Equal(["Các Bộ", "cơ quan ngang Bộ", "Ủy ban nhân dân tỉnh, thành phố"],
            Leads("Các Bộ, cơ quan ngang Bộ, Ủy ban nhân dân tỉnh, thành phố chịu trách nhiệm thi hành Nghị quyết này."));
        Assert.Equal(["Các Bộ: Y tế, Nông nghiệp và Môi trường, Công Thương, Tài chính", "Ủy ban nhân dân tỉnh, thành phố"],
            Leads("Các Bộ: Y tế, Nông nghiệp và Môi trường, Công Thương, Tài chính và Ủy ban nhân dân tỉnh, thành phố có trách nhiệm hoàn thiện việc kết nối, chia sẻ dữ liệu với Cổng dịch vụ công quốc gia để giải quyết các thủ tục hành chính."));
        Assert.Equal(["các cơ quan, đơn vị có liên quan"], Leads("Yêu cầu các cơ quan, đơn vị có liên quan thực hiện nghiêm."));
        // Words after the kind that qualify every piece, or name another kind, keep the list one unit: item 1 of
        // corpus/text/04_TB-453-TB-UBND_HaNoi_treoco_p1.txt and III.1.4 of corpus/word/KH-SCT-LaoCai-2026-thuchien-DeAn-08.docx (dev).
        Assert.Contains("các cơ quan, đơn vị của Trung ương", Leads("Ủy ban nhân dân thành phố Hà Nội đề nghị các cơ quan, đơn vị của Trung ương; các sở, ban, ngành, đơn vị và các hộ gia đình trên địa bàn Thành phố treo cờ Tổ quốc từ ngày 10/5/2026 đến hết ngày 14/5/2026."));
        Assert.Contains(Units("Phối hợp với các sở, ban ngành và địa phương rà soát danh mục dự án, xử lý điểm nghẽn."), u => u.Name == "các sở, ban ngành và địa phương");
        // … and so does a list ending in "liên quan" (item 3.1 of corpus/html/QD-51-2025-QD-TTg-tieuchi-nongthonmoi.html and
        // 2.2.đ of corpus/html/QD-42-2025-QD-TTg-tieuchi-vanhoa.html, dev).
        Assert.Contains(Units("Trong quá trình triển khai thực hiện, nếu có vấn đề phát sinh, chủ trì, phối hợp với các bộ, cơ quan trung ương, địa phương liên quan nghiên cứu, rà soát, tổng hợp trình cấp có thẩm quyền xem xét, điều chỉnh, bổ sung Bộ tiêu chí nêu trên, bảo đảm phù hợp với điều kiện thực tế;"), u => u.Name == "các bộ, cơ quan trung ương, địa phương liên quan");
        Assert.Contains("Các bộ, cơ quan trung ương liên quan", Leads("Các bộ, cơ quan trung ương liên quan căn cứ chức năng, nhiệm vụ được giao, ban hành hướng dẫn thực hiện đối với các nội dung tiêu chí thuộc Bộ tiêu chí quốc gia về xã nông thôn mới giai đoạn 2026 - 2030."));
        Assert.Equal(["các Bộ: Công an, Tài chính, Xây dựng, Tư pháp, Nông nghiệp và Môi trường"],
            Leads("Giao các Bộ: Công an, Tài chính, Xây dựng, Tư pháp, Nông nghiệp và Môi trường hướng dẫn thực hiện."));
    }

    /// <summary>
    /// "(có) liên quan" closes a collective's name: the lower-case word after it is the action ("đầu tư", "tuyên truyền",
    /// "soạn thảo"), unless the name goes on with its matter ("có liên quan đến VLNCN, TCTN"). Item II.6.1 of
    /// corpus/word/TB-VP-UBND-LaoCai-ketluan-CCN-2026.docx, IV.6.1 of corpus/word/KH-UBND-LaoCai-trienkhai-CT-11-CT-TU-khoangsan.docx
    /// and 25.1 of corpus/pdf/QD-09-2023-QD-TTg-CongBao-the-APEC.pdf (dev); examples after "như:" belong to the name (item 3 of
    /// corpus/markdown/CV-4489-TCT-TTKT-TMDT-OCR.md, dev).
    /// </summary>
    [Theory]
    [InlineData("Khảo sát, xây dựng phương án cấp điện; chủ trì, phối hợp với các chủ đầu tư hạ tầng cụm công nghiệp, Ủy ban nhân dân các xã, phường và các đơn vị liên quan đầu tư đồng bộ hệ thống lưới điện.", "các đơn vị liên quan")]
    [InlineData("Chủ trì, phối hợp với các bộ ngành, Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương và các cơ quan, tổ chức liên quan soạn thảo, ban hành hoặc trình cơ quan có thẩm quyền ban hành văn bản quy phạm pháp luật về việc cấp, quản lý và sử dụng thẻ ABTC.", "các cơ quan, tổ chức liên quan")]
    [InlineData("Tiếp tục thực hiện phối hợp với các cơ quan liên quan như: Công an, Quản lý thị trường, Ngân hàng nhà nước, Ngân hàng thương mại, ... để thực hiện quản lý chặt chẽ loại hình kinh doanh thương mại điện tử.", "các cơ quan liên quan như: Công an, Quản lý thị trường, Ngân hàng nhà nước, Ngân hàng thương mại")]
    public void Lien_quan_closes_a_collectives_name(string text, string unit) =>
        Assert.Contains(Units(text), u => u.Name.TrimEnd(',', ' ', '.') == unit && u.Role == UnitRole.Support);

    [Fact]
    public void A_name_goes_on_after_lien_quan_with_its_matter() =>
        Assert.Contains("các tổ chức, doanh nghiệp có liên quan đến vật liệu nổ công nghiệp", Leads("Yêu cầu các tổ chức, doanh nghiệp có liên quan đến vật liệu nổ công nghiệp thực hiện nghiêm."));

    /// <summary>
    /// A field of a body's name may hold a verb ("đầu tư xây dựng", "quy hoạch xây dựng"): the name runs on to the verb of
    /// its action. Item II.8.1 of corpus/pdf/TB-VP-UBND-LaoCai-ketluan-CCN-2026 and item 2.4 of QD-1878-QD-UBND-HaNoi-tuyen-QL1A (dev).
    /// </summary>
    [Fact]
    public void A_field_of_a_name_that_holds_a_verb_stays_in_the_name()
    {
        Assert.Contains("Ban Quản lý dự án đầu tư xây dựng số 1", Leads("Ban Quản lý dự án đầu tư xây dựng số 1 đẩy nhanh tiến độ Dự án đường trục chính các Cụm công nghiệp Phú Thịnh; Ban Quản lý dự án đầu tư xây dựng công trình giao thông tỉnh đẩy nhanh tiến độ tuyến đường kết nối từ nút giao IC18 đường cao tốc Nội Bài - Lào Cai đến Cụm công nghiệp Thống Nhất 1."));
        Assert.Contains(Units("Giao Sở Tài chính: chủ trì, phối hợp với chính quyền địa phương và Viện quy hoạch xây dựng Hà Nội để rà soát các dự án đầu tư có ảnh hưởng bởi Phương án, vị trí tuyến được duyệt; báo cáo UBND Thành phố phương án xử lý khớp nối đồng bộ, thống nhất."),
            u => u.Name == "Viện quy hoạch xây dựng Hà Nội" && u.Role == UnitRole.Support);
    }

    /// <summary>
    /// A colon list belongs to the post named just before its colon and ends where a comma opens the post of another body;
    /// members after a ';' that open no body of their own still belong to it. Article 3 of
    /// QD-32-2025-QD-UBND-HaNoi-dinhmuc-thuyloi and of QD-1878-QD-UBND-HaNoi-tuyen-QL1A (dev).
    /// </summary>
    [Fact]
    public void A_colon_list_in_an_execution_article_is_one_unit_between_whole_names()
    {
        Assert.Equal(["Chánh Văn phòng Ủy ban nhân dân Thành phố", "Giám đốc các Sở: Nông nghiệp và Môi trường, Tài chính, Nội vụ",
                "Chủ tịch Ủy ban nhân dân các quận, huyện, thị xã", "các tổ chức, cá nhân có liên quan"],
            Leads("Chánh Văn phòng Ủy ban nhân dân Thành phố, Giám đốc các Sở: Nông nghiệp và Môi trường, Tài chính, Nội vụ, Chủ tịch Ủy ban nhân dân các quận, huyện, thị xã và các tổ chức, cá nhân có liên quan chịu trách nhiệm thi hành Quyết định này./."));

        Assert.Equal(["Chánh Văn phòng UBND Thành phố", "Giám đốc các Sở: Quy hoạch - Kiến trúc, Xây dựng, Tài chính, Nông nghiệp và Môi trường; Công Thương, Văn hóa và Thể thao",
                "Viện trưởng Viện Quy hoạch xây dựng", "Trưởng ban Ban Quản lý đường sắt đô thị Hà Nội",
                "Chủ tịch UBND các phường, xã: Kim Liên, Bạch Mai, Phương Liệt, Tương Mai, Định Công, Hoàng Mai, Hoàng Liệt, Yên Sở, Đại Thanh, Thanh Trì, Ngọc Hồi, Thường Tín, Hồng Vân, Thượng Phúc, Chương Dương, Phú Xuyên, Chuyên Mỹ và Đại Xuyên",
                "Tập đoàn Vingroup-Công ty CP", "Thủ trưởng các cơ quan, tổ chức và cá nhân có liên quan"],
            Leads("Chánh Văn phòng UBND Thành phố; Giám đốc các Sở: Quy hoạch - Kiến trúc, Xây dựng, Tài chính, Nông nghiệp và Môi trường; Công Thương, Văn hóa và Thể thao; Viện trưởng Viện Quy hoạch xây dựng; Trưởng ban Ban Quản lý đường sắt đô thị Hà Nội; Chủ tịch UBND các phường, xã: Kim Liên, Bạch Mai, Phương Liệt, Tương Mai, Định Công, Hoàng Mai, Hoàng Liệt, Yên Sở, Đại Thanh, Thanh Trì, Ngọc Hồi, Thường Tín, Hồng Vân, Thượng Phúc, Chương Dương, Phú Xuyên, Chuyên Mỹ và Đại Xuyên; Tập đoàn Vingroup-Công ty CP; Thủ trưởng các cơ quan, tổ chức và cá nhân có liên quan chịu trách nhiệm thi hành Quyết định này./."));
    }

    /// <summary>
    /// After a ';' a member that names a body of its own ("Trưởng Thuế tỉnh") does not continue the colon list before it.
    /// Article 3.3 of corpus/scans/QD-2336-QD-UBND-LaoCai-CTDT-KCN-PhuXuan-scan (dev).
    /// </summary>
    [Fact]
    public void A_member_naming_its_own_body_after_a_semicolon_ends_the_colon_list() =>
        Assert.Equal(["Chánh Văn phòng Ủy ban nhân dân tỉnh", "Giám đốc các Sở, ngành: Ban Quản lý Khu kinh tế, Tài chính, Xây dựng, Nông nghiệp và Môi trường, Công Thương, Khoa học và Công nghệ, Văn hóa, Thể thao và Du lịch, Nội vụ, Công an tỉnh, Thanh tra tỉnh",
                "Trưởng Thuế tỉnh", "Chủ tịch UBND xã Gia Phú", "Công ty Cổ phần công nghiệp Linh Linh"],
            Leads("Chánh Văn phòng Ủy ban nhân dân tỉnh; Giám đốc các Sở, ngành: Ban Quản lý Khu kinh tế, Tài chính, Xây dựng, Nông nghiệp và Môi trường, Công Thương, Khoa học và Công nghệ, Văn hóa, Thể thao và Du lịch, Nội vụ, Công an tỉnh, Thanh tra tỉnh; Trưởng Thuế tỉnh; Chủ tịch UBND xã Gia Phú và Công ty Cổ phần công nghiệp Linh Linh có trách nhiệm thi hành Quyết định này."));

    /// <summary>
    /// A heading whose body directs another ("X chỉ đạo Y", "X hướng dẫn Y thực hiện nội dung sau") gives both as leads of
    /// the items under it. Article 16.1 of QD-33-2025-QD-TTg-mang-TSLCD and section III of CV-778-TCHQ-GSQL-dieu41 (dev).
    /// </summary>
    [Fact]
    public void A_heading_whose_body_directs_another_gives_both_as_leads()
    {
        var finder = new UnitFinder(Extract.Vocab);
        Assert.Equal(["Bộ trưởng Bộ Quốc phòng", "Ban Cơ yếu Chính phủ"], finder.FromDirectingHeading("Bộ trưởng Bộ Quốc phòng chỉ đạo Ban Cơ yếu Chính phủ").Select(u => u.Name));
        Assert.Contains(finder.FromDirectingHeading("Cục Hải quan TP.Hồ Chí Minh hướng dẫn Chi cục Hải quan cửa khẩu cảng Sài Gòn khu vực 1 (Chi cục HQCK cảng SGKV 1) thực hiện nội dung sau:"),
            u => u.Name == "Cục Hải quan TP.Hồ Chí Minh" && u.Role == UnitRole.Lead);
        // A heading about a matter directs no body.
        Assert.Empty(finder.FromDirectingHeading("Về tổ chức chỉ đạo"));
    }

    /// <summary>
    /// A colon list's members may be bodies whose name holds a collective word ("Ban Quản lý các dự án …"): only the post of
    /// a body ends the list. Item 3.4.3 of corpus/seeds/004_2f2804abc48cfa00.txt (dev).
    /// </summary>
    [Fact]
    public void A_member_of_a_colon_list_naming_a_collective_stays_in_the_list() =>
        Assert.Contains(Units("Chủ trì, phối hợp các phòng, đơn vị: Nông nghiệp và phát triển nông thôn, Kinh tế và Hạ tầng, Văn phòng Điều phối nông thôn mới, Ban Quản lý các dự án Đầu tư và Xây dựng huyện tập trung giải ngân kế hoạch vốn đầu tư công."),
            u => u.Name == "các phòng, đơn vị: Nông nghiệp và phát triển nông thôn, Kinh tế và Hạ tầng, Văn phòng Điều phối nông thôn mới, Ban Quản lý các dự án Đầu tư và Xây dựng huyện" && u.Role == UnitRole.Support);

    /// <summary>
    /// "tổ chức" listed after a body kind and a comma is the next kind ("các cơ quan, tổ chức và cá nhân"); after a whole name
    /// it stays the verb that ends it. Article 10.3 of QD-12-2024-QD-TTg and article 4.2 of NQ-66.3-2025-NQ-CP-quyhoach-sudung-dat (dev).
    /// </summary>
    [Fact]
    public void To_chuc_after_a_listed_kind_is_a_body()
    {
        Assert.Contains("các cơ quan, tổ chức và cá nhân có liên quan", Leads("Các Bộ trưởng, Thủ trưởng cơ quan ngang Bộ, Thủ trưởng cơ quan thuộc Chính phủ, Chủ tịch Ủy ban nhân dân tỉnh, thành phố trực thuộc trung ương và các cơ quan, tổ chức và cá nhân có liên quan chịu trách nhiệm thi hành Quyết định này."));
        Assert.Contains("Chủ tịch Ủy ban nhân dân các cấp", Leads("Bộ trưởng, Thủ trưởng cơ quan ngang bộ, Thủ trưởng cơ quan thuộc Chính phủ, Chủ tịch Ủy ban nhân dân các cấp, tổ chức và cá nhân khác có liên quan chịu trách nhiệm thi hành Nghị quyết này."));
    }

    /// <summary>
    /// Addressees listed after an assigning word and separated by ';' are each a unit until the list reaches its verb.
    /// Item 1 of corpus/text/04_TB-453-TB-UBND_HaNoi_treoco_p1 (dev).
    /// </summary>
    [Fact]
    public void Addressees_separated_by_semicolons_after_an_assigning_word_are_each_a_lead() =>
        Assert.Equal(["các cơ quan, đơn vị của Trung ương", "các sở, ban, ngành, đơn vị", "các hộ gia đình trên địa bàn Thành phố"],
            Leads("Nhân dịp Đại hội đại biểu toàn quốc Mặt trận Tổ quốc Việt Nam lần thứ XI, nhiệm kỳ 2026 - 2031. Ủy ban nhân dân thành phố Hà Nội đề nghị các cơ quan, đơn vị của Trung ương; các sở, ban, ngành, đơn vị và các hộ gia đình trên địa bàn Thành phố treo cờ Tổ quốc từ ngày 10/5/2026 đến hết ngày 14/5/2026."));

    /// <summary>
    /// A head that opens a longer verb ("báo" in "báo cáo") is that verb: "Báo cáo về …" names no body. Item 4.2.c of
    /// QD-33-2025-QD-UBND-HaNoi-gia-chungcu (dev).
    /// </summary>
    [Fact]
    public void A_head_that_opens_a_longer_verb_names_no_body() =>
        Assert.DoesNotContain(Units("Báo cáo về các vướng mắc, phát sinh tranh chấp trong quá trình thực hiện."), u => u.Name.StartsWith("Báo", StringComparison.Ordinal));

    /// <summary>
    /// A collective that follows a list of kinds ("các cơ quan, đơn vị", "các Bộ, ngành") is one more kind of that list when
    /// a shared tail ("có liên quan") closes it; after a whole name it is a unit of its own. Article 5 of
    /// corpus/word/QD-904-QD-UBND-LaoCai-uyquyen-ATTP and item 2.1 of CT-07-2012-CT-TTg-chanchinh-KKT-KCN-CCN (dev).
    /// </summary>
    [Fact]
    public void A_collective_after_a_list_of_kinds_sharing_a_tail_joins_the_list()
    {
        var finder = new UnitFinder(Extract.Vocab);
        Assert.Equal(["các cơ quan, đơn vị, các tổ chức, cá nhân có liên quan"], finder.Split("các cơ quan, đơn vị, các tổ chức, cá nhân có liên quan"));
        Assert.Equal(["các Bộ, ngành và các địa phương liên quan"], finder.Split("các Bộ, ngành và các địa phương liên quan"));
        Assert.Equal(["Bộ Xây dựng", "các bộ, ngành có liên quan", "Ủy ban nhân dân các cấp"], finder.Split("Bộ Xây dựng, các bộ, ngành có liên quan, Ủy ban nhân dân các cấp"));
    }

    /// <summary>
    /// Letters to an office-holder abbreviate "đồng chí" as "Đ/c"; the name is as printed, with it. Preamble of
    /// corpus/markdown/CV-384-BYT-KCB-cap-CCHN-GPHD.txt (dev).
    /// </summary>
    [Fact]
    public void An_office_holder_addressed_as_Dc_is_the_unit_asked()
    {
        var asked = new UnitFinder(Extract.Vocab).Asked("Để bảo đảm người hành nghề và cơ sở khám bệnh, chữa bệnh hoạt động theo đúng quy định của pháp luật, Bộ Y tế đề nghị Đ/c Chủ tịch UBND tỉnh, thành phố tiếp tục chỉ đạo thực hiện một số nội dung sau:");
        Assert.Equal(["Đ/c Chủ tịch UBND tỉnh, thành phố"], asked.Select(u => u.Name));
    }

    /// <summary>
    /// A heading that names one collective by what defines it, with no colon, is the unit of the items under it; a heading
    /// whose collective acts is not a unit's name. Item 4 of corpus/layout/CV-7103-UBND-TH-LaoCai-trienkhai-ND-178.txt (dev).
    /// </summary>
    [Fact]
    public void A_collective_defined_by_a_participle_is_the_heading_unit()
    {
        var finder = new UnitFinder(Extract.Vocab);
        Assert.Equal(["Các cơ quan, tổ chức, đơn vị, doanh nghiệp được giao quản lý, sử dụng hoặc khai thác tài sản kết cấu hạ tầng"],
            finder.FromHeading("Các cơ quan, tổ chức, đơn vị, doanh nghiệp được giao quản lý, sử dụng hoặc khai thác tài sản kết cấu hạ tầng").Select(u => u.Name));
        Assert.Empty(finder.FromHeading("Các cơ quan, đơn vị tăng cường công tác kiểm tra, giám sát việc quản lý tài sản kết cấu hạ tầng"));
    }
}
