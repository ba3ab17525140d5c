using Pipeline.Tasks;
using Pipeline.Tests.Support;

namespace Pipeline.Tests.Rules;

/// <summary>
/// Where a list of bodies splits into units and where a unit's name ends, on real lines of development documents
/// (corpus/expected/README.md: split only where each piece is a complete name on its own).
/// </summary>
public class UnitListTests
{
    private static List<TaskUnit> Units(string text) => new UnitFinder(Extract.Vocab).Find(text);

    /// <summary>
    /// "Ban Thường vụ Tỉnh ủy, Thành ủy": the party committee after the comma shares "Ban Thường vụ" and is no name on its own.
    /// Item II.1 of corpus/text/CT-21-2026-CT-TTg-CongBao-sapxep-thon-todanpho.txt (dev).
    /// </summary>
    [Fact]
    public void A_party_committee_after_a_name_ending_in_another_stays_with_it() =>
        Assert.Equal(["Ban Thường vụ Tỉnh ủy, Thành ủy"],
            Units("Ban Thường vụ Tỉnh ủy, Thành ủy lãnh đạo, chỉ đạo các cấp ủy đảng, chính quyền địa phương quán triệt nghiêm túc Kết luận số 34-KL/TW ngày 18 tháng 5 năm 2026 của Bộ Chính trị").Where(u => u.Role == UnitRole.Lead).Select(u => u.Name));

    /// <summary>
    /// "xác định" is the action, not part of the name: item 3.b of corpus/markdown/CT-13-CT-TTg-2024-quanly-tinchi-cacbon.txt (dev).
    /// </summary>
    [Fact]
    public void A_name_stops_at_xac_dinh() =>
        Assert.Equal(["Bộ Tài nguyên và Môi trường", "các cơ quan liên quan", "các địa phương có rừng"],
            Units("Chủ trì, phối hợp với Bộ Tài nguyên và Môi trường, các cơ quan liên quan và các địa phương có rừng xác định tiềm năng giảm phát thải và hấp thụ các-bon từ rừng đóng góp cho việc thực hiện mục tiêu NDC.")
                .Where(u => u.Role == UnitRole.Support).Select(u => u.Name));

    /// <summary>
    /// A national park is a body: item 3 of corpus/layout/CV-4390-UBND-NLN-LaoCai-trienkhai-ND-180.txt (dev).
    /// </summary>
    [Fact]
    public void A_national_park_opens_a_subject() =>
        Assert.Equal(["Vườn quốc gia Hoàng Liên", "các Công ty Lâm nghiệp"],
            Units("Vườn quốc gia Hoàng Liên, các Công ty Lâm nghiệp chủ động nghiên cứu, triển khai thực hiện các nội dung thuộc trách nhiệm, thẩm quyền của chủ rừng, đảm bảo đúng quy định.")
                .Where(u => u.Role == UnitRole.Lead).Select(u => u.Name));

    /// <summary>
    /// A colon after a collective closed by "liên quan" opens the action, not a list of members: item 10 of
    /// corpus/markdown/CV-UBND-KT-LaoCai-baove-khoangsan-chuakhaithac-docxtext.txt (dev).
    /// </summary>
    [Fact]
    public void A_colon_after_a_closed_collective_opens_the_action() =>
        Assert.Equal(["Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Lào Cai", "các cơ quan liên quan"],
            Units("Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Lào Cai và các cơ quan liên quan: Tăng cường giám sát việc thực thi pháp luật về khoáng sản.")
                .Where(u => u.Role == UnitRole.Lead).Select(u => u.Name));

    /// <summary>
    /// A ';' clause that opens with its own subject acting names leads of its own: item 4.3 of
    /// corpus/html/NQ-66.3-2025-NQ-CP-quyhoach-sudung-dat.html (dev).
    /// </summary>
    [Fact]
    public void A_later_clause_opening_with_its_subject_adds_leads() =>
        Assert.Equal(["Bộ Nông nghiệp và Môi trường", "Bộ Tài chính", "Bộ Quốc phòng", "Bộ Công an"],
            Units("Bộ Nông nghiệp và Môi trường, Bộ Tài chính trong phạm vi chức năng, nhiệm vụ của mình có trách nhiệm tham mưu Chính phủ rà soát, đề xuất sửa đổi, bổ sung khoản 9, khoản 10 Điều 60, Điều 80, Điều 84 và các nội dung có liên quan của Luật Đất đai; Bộ Quốc phòng, Bộ Công an có trách nhiệm thực hiện các nhiệm vụ quy định tại khoản 5 Điều 3 Nghị quyết này.")
                .Where(u => u.Role == UnitRole.Lead).Select(u => u.Name));

    /// <summary>
    /// A plan's preamble whose body writes the plan ("…, Sở Công Thương xây dựng Kế hoạch thực hiện …") names its author,
    /// not addressees its items inherit: corpus/word/KH-SCT-LaoCai-2026-thuchien-DeAn-08.docx (dev).
    /// </summary>
    [Fact]
    public void The_body_that_writes_the_plan_is_no_addressee() =>
        Assert.Empty(new UnitFinder(Extract.Vocab).FromPreamble("Căn cứ chức năng, nhiệm vụ được giao, Sở Công Thương xây dựng Kế hoạch thực hiện Đề án số 08 về phát triển công nghiệp tỉnh Lào Cai theo hướng xanh, hiện đại giai đoạn 2026-2030, cụ thể như sau:"));

    /// <summary>
    /// A letter's closing courtesy after the last task is no later clause whose subject acts: layout CV-9389 3.c and
    /// CV-778 III.4 (dev), their closing sentences ("… trân trọng cảm ơn sự phối hợp …", "… trả lời các đơn vị được biết").
    /// </summary>
    [Theory]
    [InlineData("Phối hợp với Bộ Nông nghiệp và Môi trường trong công tác phòng ngừa và phát hiện các hành vi vi phạm pháp luật về quản lý, kiểm soát các chất được kiểm soát. Bộ Nông nghiệp và Môi trường trân trọng cảm ơn sự phối hợp chặt chẽ của Quý Ủy ban./.")]
    [InlineData("Cục Hải quan TP. Hồ Chí Minh hướng dẫn Chi cục HQCK cảng SGKV 1 triển khai thời gian thực hiện song song 2 quy trình đến hết ngày 26/3/2017. Tổng cục Hải quan trả lời các đơn vị được biết, thực hiện.")]
    public void A_closing_courtesy_names_no_lead(string text) =>
        Assert.DoesNotContain(Units(text), u => u.Name.Contains("cảm ơn", StringComparison.Ordinal) || u.Name.Contains("trả lời", StringComparison.Ordinal)
            || u.Name.StartsWith("Tổng cục Hải quan", StringComparison.Ordinal));
    // KH-16/KH-MTTQ-BTT (MTTQ xã Lương Minh), III.1: one comrade addressed by two posts is one unit; several ("Các đồng
    // chí …") and a plain list of posts ("Các đ/c Phó chỉ tịch, Trưởng đoàn thể xã") stay apart.
    [Theory]
    [InlineData("Đồng chí Ủy viên Ban Thường vụ Đảng ủy, Chủ tịch Uỷ ban MTTQ Việt Nam xã lãnh đạo, chỉ đạo chung, toàn diện công tác bầu cử thuộc trách nhiệm của Uỷ ban MTTQ Việt Nam xã và việc tổ chức thực hiện Kế hoạch này.",
        "Đồng chí Ủy viên Ban Thường vụ Đảng ủy, Chủ tịch Uỷ ban MTTQ Việt Nam xã")]
    [InlineData("Đồng chí Uỷ viên Ban Ban chấp hành Đảng bộ, Phó Chủ tịch Thường trực Uỷ ban MTTQ Việt Nam xã chỉ đạo trực tiếp các chuyên viên được phân công thực hiện công tác bầu cử, hướng dẫn và báo cáo kết quả tổ chức thực hiện Kế hoạch này.",
        "Đồng chí Uỷ viên Ban Ban chấp hành Đảng bộ, Phó Chủ tịch Thường trực Uỷ ban MTTQ Việt Nam xã")]
    public void One_comrade_addressed_by_two_posts_is_one_unit(string text, string unit) =>
        Assert.Equal(unit, Units(text)[0].Name);

    [Fact]
    public void Several_posts_after_a_plural_address_stay_apart() =>
        Assert.Equal(["Các đ/c Phó chỉ tịch", "Trưởng đoàn thể xã"], new UnitFinder(Extract.Vocab).Split("Các đ/c Phó chỉ tịch, Trưởng đoàn thể xã"));

    /// <summary>
    /// A modal or a duty word ends a unit's name (unit-name-ends.txt): "… Luật số 42/2024/QH15. Sở Công Thương" / "sẽ phối hợp
    /// với UBND xã Văn Chấn và doanh nghiệp kiểm tra thực tế …" (corpus/pdf/CV-4280-tra-ho-so-Thanh-Huong-2026.pdf, dev, 4.đ),
    /// "Tổng Cục Quản lý ruộng đất có nhiệm vụ hướng dẫn cụ thể …" (corpus/markdown/CT-299-TTg-1980-dodac-ruongdat.txt, dev, 3.g).
    /// </summary>
    [Fact]
    public void A_modal_or_a_duty_word_ends_the_name()
    {
        var visit = Units("Sở Công Thương sẽ phối hợp với UBND xã Văn Chấn và doanh nghiệp kiểm tra thực tế hiện trường.");
        Assert.Equal("Sở Công Thương", visit[0].Name);
        Assert.DoesNotContain(visit, u => u.Name.Contains("sẽ", StringComparison.Ordinal));
        // In a later sentence of the item the subject still leads, the modal standing between it and its verb.
        var later = Units("Đề nghị Công ty hoàn thiện hồ sơ theo quy định tại điểm d khoản 2 Điều 38 Luật số 42/2024/QH15. Sở Công Thương sẽ phối hợp với UBND xã Văn Chấn và doanh nghiệp kiểm tra thực tế hiện trường.");
        Assert.Contains(later, u => u.Name == "Sở Công Thương" && u.Role == UnitRole.Lead);
        var duty = Units("Tổng Cục Quản lý ruộng đất có nhiệm vụ hướng dẫn cụ thể và giúp các địa phương đào tạo, bồi dưỡng cán bộ.");
        Assert.Equal("Tổng Cục Quản lý ruộng đất", duty[0].Name);
        Assert.Equal(UnitRole.Lead, duty[0].Role);
    }

    /// <summary>
    /// "Đảng uỷ Mặt trận Tổ quốc, các đoàn thể tỉnh" is one body whose name holds a comma (comma-names.txt):
    /// "Trách nhiệm chỉ đạo thực hiện: Đảng uỷ Mặt trận Tổ quốc, các đoàn thể" / "tỉnh; Đảng ủy Ủy ban nhân dân tỉnh; …"
    /// (corpus/layout/CTr-104-CTr-TU-LaoCai-thuchien-KL-75-BVMT.txt, dev, III.3.1); a plain list after it still splits.
    /// </summary>
    [Fact]
    public void A_name_that_holds_a_comma_is_one_unit()
    {
        var finder = new UnitFinder(Extract.Vocab);
        Assert.Equal(["Đảng uỷ Mặt trận Tổ quốc, các đoàn thể tỉnh"], finder.Split("Đảng uỷ Mặt trận Tổ quốc, các đoàn thể tỉnh"));
        Assert.Equal(["Đảng ủy Mặt trận Tổ quốc, các đoàn thể Trung ương"], finder.Split("Đảng ủy Mặt trận Tổ quốc, các đoàn thể Trung ương"));
        Assert.Equal(["Đảng ủy Ủy ban nhân dân tỉnh", "các cấp ủy, tổ chức đảng"], finder.Split("Đảng ủy Ủy ban nhân dân tỉnh, các cấp ủy, tổ chức đảng"));
    }

    /// <summary>
    /// "1. Chỉ đạo Sở Y tế chủ trì phối hợp với các sở, ngành liên quan tổ chức quán triệt …" (corpus/markdown/CV-6087-BYT-KCB-cap-CCHN-GPHD.txt,
    /// dev): the body the addressee directs is the one that chủ trì, so it leads (corpus/expected/README.md, directed bodies).
    /// </summary>
    [Fact]
    public void A_directed_body_that_chu_tri_leads()
    {
        var units = Units("Chỉ đạo Sở Y tế chủ trì phối hợp với các sở, ngành liên quan tổ chức quán triệt phổ biến kiến thức pháp luật về khám bệnh, chữa bệnh.");
        Assert.Contains(units, u => u.Name == "Sở Y tế" && u.Role == UnitRole.Lead);
        Assert.Contains(units, u => u.Name == "các sở, ngành liên quan" && u.Role == UnitRole.Support);

        // The addressee who directs leads too: the preamble's "Chủ tịch Ủy ban nhân dân tỉnh, thành phố trực thuộc Trung ương".
        var task = Assert.Single(Extract.File("markdown", "CV-6087-BYT-KCB-cap-CCHN-GPHD.txt").Tasks, t => t.Ordinal == "1");
        Assert.Contains(task.Units, u => u.Name == "Sở Y tế" && u.Role == "lead");
        Assert.Contains(task.Units, u => u.Name == "Chủ tịch Ủy ban nhân dân tỉnh, thành phố trực thuộc Trung ương" && u.Role == "lead");
    }
}
