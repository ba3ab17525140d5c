using Pipeline.Tasks;
using Pipeline.Tests.Support;
using Pipeline.Text;

namespace Pipeline.Tests.Rules;

/// <summary>Task structure, units and deadlines, on lines from the corpus.</summary>
public class TaskRuleTests
{
    [Fact]
    public void A_sentence_cut_by_a_page_break_is_joined()
    {
        var record = Extract.File("seeds", "000_8eb51ea822ccb723.txt");
        var item2 = record.Tasks.Single(t => t.Ordinal == "2");
        Assert.Contains("kiểm tra, giám sát công tác cải cách hành chính và kiểm tra công vụ", item2.Text);
    }

    [Fact]
    public void Footnotes_cut_into_the_body_stay_out_of_task_text()
    {
        var record = Extract.File("seeds", "001_bb430d707b21ecbe.txt");
        var item4 = record.Tasks.Single(t => t.Ordinal == "4");
        Assert.DoesNotContain("Quyết định số 749/QĐ-TTg ngày 03/6/2020", item4.Text); // footnote 5
        Assert.Contains("để khuyến khích người dân, doanh nghiệp tham gia", item4.Text);  // the sentence resumes after the footnotes
        Assert.DoesNotContain("⁵", item4.Text);
        Assert.All(record.Tasks, t => Assert.DoesNotContain("¹", t.Text));
    }

    [Fact]
    public void Headings_Doi_voi_X_number_their_bullets_and_assign_X()
    {
        var record = Extract.File("seeds", "004_2f2804abc48cfa00.txt");
        var task = record.Tasks.Single(t => t.Ordinal == "3.1.2");
        Assert.Equal("Đối với Phòng Nội vụ", task.Heading);
        Assert.Contains(task.Units, u => u.Name == "Phòng Nội vụ" && u.Role == "lead");
        Assert.DoesNotContain(record.Tasks, t => t.Ordinal == "3"); // item 3 has sub-items
    }

    [Fact]
    public void Giao_X_chu_tri_phoi_hop_voi_Y_gives_lead_and_support()
    {
        var units = new UnitFinder(Extract.Vocab).Find("Giao Ngân hàng Nhà nước chi nhánh tỉnh Hưng Yên chủ trì, phối hợp với Văn phòng UBND tỉnh và UBND các huyện, thị xã, thành phố chỉ đạo các Chi nhánh Ngân hàng thương mại trên địa bàn tỉnh đẩy mạnh triển khai các giải pháp thanh toán trực tuyến");
        Assert.Contains(units, u => u.Name == "Ngân hàng Nhà nước chi nhánh tỉnh Hưng Yên" && u.Role == UnitRole.Lead);
        Assert.Contains(units, u => u.Name == "Văn phòng UBND tỉnh" && u.Role == UnitRole.Support);
        Assert.Contains(units, u => u.Name == "UBND các huyện, thị xã, thành phố" && u.Role == UnitRole.Support);
    }

    [Fact]
    public void De_nghi_X_makes_X_the_lead()
    {
        var units = new UnitFinder(Extract.Vocab).Find("Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh tăng cường giám sát việc thực hiện công tác cải cách hành chính");
        Assert.Equal([new TaskUnit("Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh", UnitRole.Lead)], units);
    }

    [Fact]
    public void An_item_that_opens_with_its_subject_names_it_and_lists_split_into_units()
    {
        var units = new UnitFinder(Extract.Vocab).Find("Các chi bộ trực thuộc Đảng ủy, Mặt trận Tổ quốc và các đoàn thể, tổ chức chính trị - xã hội xã đẩy mạnh công tác tuyên truyền Nghị quyết");
        Assert.Equal(["Các chi bộ trực thuộc Đảng ủy", "Mặt trận Tổ quốc", "các đoàn thể, tổ chức chính trị - xã hội xã"], units.Select(u => u.Name));
    }

    [Fact]
    public void Items_naming_no_one_inherit_the_preambles_addressees()
    {
        var record = Extract.File("seeds", "001_bb430d707b21ecbe.txt");
        var item2 = record.Tasks.Single(t => t.Ordinal == "2");
        Assert.Contains(item2.Units, u => u.Name == "Thủ trưởng các sở, ban, ngành, cơ quan, đơn vị, địa phương");
    }

    [Theory]
    [InlineData("báo cáo kết quả bước đầu thực hiện về Ủy ban nhân dân huyện (qua Phòng Nội vụ) trước ngày 30/10/2023.", "2023-10-30", "trước ngày 30/10/2023")]
    [InlineData("hoàn thiện và tổ chức ra mắt mô hình sáng kiến kinh nghiệm về cải cách hành chính trong tháng 9/2023.", "2023-09", "trong tháng 9/2023")]
    [InlineData("tổng hợp báo cáo Ban Thường vụ Tỉnh ủy trong tháng 3 năm 2022.", "2022-03", "trong tháng 3 năm 2022")]
    [InlineData("Thời gian tổ chức Hội nghị vào đầu tháng 3 năm 2022.", "2022-03", "đầu tháng 3 năm 2022")]
    [InlineData("gửi báo cáo về Sở trước ngày 25 hằng tháng.", null, "trước ngày 25 hằng tháng")]
    // corpus/text/CT-21-2026-CT-TTg-CongBao-sapxep-thon-todanpho.txt II.4.d (dev): a weekly report, then the date of the whole.
    [InlineData("Định kỳ báo cáo Thủ tướng Chính phủ để kịp thời tổng hợp báo cáo Ban Bí thư Trung ương Đảng theo yêu cầu về tiến độ, kết quả thực hiện (qua Bộ Nội vụ, Văn phòng Chính phủ) vào thứ Sáu hàng tuần theo đề cương và hướng dẫn của Bộ Nội vụ; báo cáo tổng thể kết quả thực hiện trước ngày 05 tháng 7 năm 2026.", "2026-07-05", "trước ngày 05 tháng 7 năm 2026")]
    public void Deadline_phrases_are_dated(string text, string? date, string phrase)
    {
        var deadline = new DeadlineParser(Extract.Vocab).Find(text);
        Assert.NotNull(deadline);
        Assert.Equal(date, deadline!.Date?.ToString());
        Assert.Equal(phrase, deadline.Text);
    }

    [Fact]
    public void Dates_of_cited_documents_are_not_deadlines() =>
        Assert.Null(new DeadlineParser(Extract.Vocab).Find("Thực hiện nghiêm túc Chỉ thị số 31-CT/TU ngày 17/11/2022 của Ban Thường vụ Tỉnh ủy về tăng cường kỷ luật"));

    /// <summary>A horizon is no deadline: a cited plan's ("định hướng đến năm 2025"), or the one an assessment takes into
    /// account ("đến năm 2030 và có tính đến năm 2050"). Real lines of NQ-01-2017 2.2 (corpus/markdown, its first sentences) and
    /// CT-13 3.a (corpus/markdown), dev.</summary>
    [Theory]
    [InlineData("Thực hiện đồng bộ các giải pháp nhằm cải thiện môi trường đầu tư. Triển khai Kế hoạch số 50/KH-UBND ngày 08 tháng 5 năm 2017 của UBND tỉnh về “Kế hoạch Khởi nghiệp giai đoạn 2017 - 2020, định hướng đến năm 2025 trên địa bàn tỉnh Hậu Giang”")]
    [InlineData("Chủ trì, phối hợp với Bộ Tài nguyên và Môi trường, các cơ quan liên quan và địa phương có rừng khẩn trương xây dựng cơ sở dữ liệu về hiện trạng và đánh giá tiềm năng giảm phát thải và hấp thụ các-bon từ rừng cấp quốc gia, vùng, địa phương đến năm 2030 và có tính đến năm 2050;")]
    public void A_horizon_is_not_a_deadline(string text) => Assert.Null(new DeadlineParser(Extract.Vocab).Find(text));

    [Fact]
    public void An_explicit_deadline_wins_over_a_period()
    {
        var d = new DeadlineParser(Extract.Vocab).Find("tổ chức lễ ra mắt trong tháng 9/2023 và báo cáo kết quả bước đầu thực hiện về Ủy ban nhân dân huyện (qua Phòng Nội vụ) trước ngày 30/10/2023.");
        Assert.Equal("2023-10-30", d!.Date.ToString());
    }

    [Fact]
    public void Chi_tieu_items_are_targets_and_findings_are_not_tasks()
    {
        var record = Extract.File("seeds", "003_3d958af6174669dc.txt");
        Assert.Equal("target", record.Tasks.Single(t => t.Ordinal == "II.2.1").Kind);
        Assert.Equal("task", record.Tasks.Single(t => t.Ordinal == "III.1").Kind);
        Assert.DoesNotContain(record.Tasks, t => t.Ordinal.StartsWith("I.", StringComparison.Ordinal));
    }

    [Fact]
    public void Task_ids_are_stable_across_runs()
    {
        var a = Extract.File("seeds", "002_b6e14e4fcfdc04cd.txt");
        var b = Extract.File("seeds", "002_b6e14e4fcfdc04cd.txt");
        Assert.Equal(a.Tasks.Select(t => t.Id), b.Tasks.Select(t => t.Id));
        Assert.All(a.Tasks, t => Assert.StartsWith(a.Source.Sha256[..16] + "#", t.Id));
    }

    [Theory]
    [InlineData("Uỷ ban nhân dân", "Ủy ban nhân dân")]
    [InlineData("hoà bình", "hòa bình")]
    [InlineData("THUỶ LỢI", "thủy lợi")]
    public void Tone_placement_and_case_do_not_matter_in_comparisons(string a, string b) =>
        Assert.Equal(VnText.ToneKey(a), VnText.ToneKey(b));

    [Fact]
    public void Different_tones_still_differ() => Assert.NotEqual(VnText.ToneKey("Hưng"), VnText.ToneKey("Hùng"));
}

/// <summary>
/// A unit's name ends before the words that say how or on what it acts (unit-name-ends.txt). Sentence from
/// corpus/markdown/CV-2739-VPCP-DMDN-quantri-doanhnghiep.txt (dev).
/// </summary>
public class UnitNameEndTests
{
    [Theory]
    [InlineData("Về nội dung nêu trên, Thủ tướng Chính phủ giao Bộ Kế hoạch và Đầu tư theo chức năng, nhiệm vụ được giao, nghiên cứu, có giải pháp phù hợp nhằm khắc phục tình trạng nêu trên.", "Bộ Kế hoạch và Đầu tư")]
    public void A_unit_name_stops_before_the_manner_of_its_action(string sentence, string unit)
    {
        var units = new Pipeline.Tasks.UnitFinder(Support.Extract.Vocab).Find(sentence);

        Assert.Contains(units, u => u.Name == unit);
    }
}

/// <summary>
/// Items that list the documents a dossier rests on, or give a project's facts as "Label: value", inform and assign
/// no one. Items of corpus/text/TB-SCT-CN-2025-LaoCai-thamdinh-SanBang (dev).
/// </summary>
public class CitationAndFactItemTests
{
    [Theory]
    [InlineData("Quyết định số 880/QĐ-VIMICO ngày 22/9/2025 của Hội đồng quản trị Tổng công ty Khoáng sản - TKV về việc phê duyệt dự án.")]
    [InlineData("Thông báo số 1213/TB-SCT ngày 29/8/2025 của Sở Công Thương Lào Cai về việc thông báo kết quả thẩm định.")]
    [InlineData("Tên dự án đầu tư xây dựng: Mở rộng nâng công suất mỏ đồng Sin Quyền.")]
    [InlineData("Nhà thầu lập thiết kế xây dựng: Viện Khoa học và Công nghệ Mỏ - Vinacomin.")]
    public void A_cited_document_or_a_fact_is_not_a_directive(string item)
    {
        Assert.Equal(0, new DirectiveTest(Extract.Vocab).Score(item, strictOpening: false));
    }
}
