using Pipeline.Tests.Support;

namespace Pipeline.Tests.Rules;

/// <summary>
/// A decision's clause that charges a named body with acting in a case it foresees ("… thì Ủy ban nhân dân tỉnh trình
/// Thường trực Hội đồng nhân dân tỉnh xem xét …", "Trường hợp cần thay đổi …, Ủy ban nhân dân tỉnh trình …") is that body's
/// standing duty, a task, even under an article that otherwise lays down rules (corpus/expected/README.md, regulation
/// convention); the rule beside it ("… thì áp dụng theo các văn bản mới đó") and a clause that names no body acting are not.
/// Lines from corpus/markdown/NQ-40-2017-NQ-HDND-TraVinh-tiepcongdan-nongdan-body.md (Điều 3) and
/// corpus/markdown/NQ-19-2017-NQ-HDND-BacGiang-giaovien-mamnon-hocphi-body.md (Điều 2), HĐND resolutions printed without
/// their header.
/// </summary>
public class CaseActorTests
{
    private const string TraVinh = """
        NGHỊ QUYẾT
        QUY ĐỊNH VỀ NỘI DUNG CHI, MỨC CHI TRONG PHỐI HỢP GIỮA ỦY BAN NHÂN DÂN CÁC CẤP VỚI CÁC CẤP HỘI NÔNG DÂN VIỆT NAM
        HỘI ĐỒNG NHÂN DÂN TỈNH TRÀ VINH
        QUYẾT NGHỊ:
        Điều 3. Các nội dung khác
        a) Các nội dung khác không quy định tại Nghị quyết này được thực hiện theo Thông tư số 151/2015/TT-BTC ngày 02/10/2015 của Bộ trưởng Bộ Tài chính về việc hướng dẫn quản lý, sử dụng và quyết toán kinh phí.
        b) Trong quá trình thực hiện nếu các văn bản quy phạm pháp luật được dẫn chiếu để áp dụng tại Nghị quyết này được sửa đổi, bổ sung, thay thế bằng văn bản quy phạm pháp luật mới thì áp dụng theo các văn bản mới đó; trường hợp văn bản quy phạm pháp luật được dẫn chiếu để áp dụng tại Nghị quyết này được sửa đổi, bổ sung, thay thế bằng văn bản quy phạm pháp luật mới, mà trong đó quy định khung áp dụng thì Ủy ban nhân dân tỉnh trình Thường trực Hội đồng nhân dân tỉnh xem xét cho ý kiến bằng văn bản, đồng thời xây dựng và trình Hội đồng nhân dân tỉnh ban hành Nghị quyết sửa đổi, bổ sung các nội cung có liên quan tại kỳ họp gần nhất.
        Điều 4. Giao Ủy ban nhân dân tỉnh tổ chức thực hiện; Ban Kinh tế - Ngân sách và đại biểu Hội đồng nhân dân tỉnh giám sát việc thực hiện Nghị quyết này.
        Nghị quyết này đã được Hội đồng nhân dân tỉnh Trà Vinh, khóa IX - kỳ họp thứ 4 thông qua ngày 13/7/ 2017 và có hiệu lực từ ngày 24/7/2017./.
        """;

    private const string BacGiang = """
        NGHỊ QUYẾT
        QUY ĐỊNH CƠ CHẾ, CHÍNH SÁCH HỢP ĐỒNG GIÁO VIÊN MẦM NON; MỨC THU HỌC PHÍ BẬC HỌC MẦM NON
        HỘI ĐỒNG NHÂN DÂN TỈNH BẮC GIANG
        Điều 2. Mức thu học phí bậc học mầm non công lập
        1. Mức thu học phí bậc học mầm non công lập năm học 2017-2018 cụ thể như sau: vùng miền núi 60.000 đồng/01 tháng; vùng nông thôn 85.000 đồng/01 tháng; vùng thành thị 130.000 đồng/01 tháng.
        2. Mức thu học phí bậc học mầm non công lập từ năm học 2018 - 2019 đến năm học 2020 - 2021, áp dụng như năm học 2017 - 2018. Trường hợp cần thay đổi mức thu học phí để bảo đảm cân đối chi lương và phụ cấp cho giáo viên mầm non, Ủy ban nhân dân tỉnh trình Thường trực Hội đồng nhân dân tỉnh xem xét, điều chỉnh và báo cáo Hội đồng nhân dân tỉnh tại kỳ họp gần nhất.
        Điều 3. Bãi bỏ mức thu học phí bậc học mầm non công lập được quy định tại khoản 1, Điều 1, Nghị quyết số 12/2016/NQ-HĐND ngày 05/7/2016 của Hội đồng nhân dân tỉnh Bắc Giang.
        Giao Ủy ban nhân dân tỉnh, tổ chức thực hiện Nghị quyết
        Nghị quyết này đã được Hội đồng nhân dân tỉnh Bắc Giang khóa XVIII, kỳ họp thứ 3 thông qua ngày 13 tháng 7 năm 2017 và có hiệu lực từ ngày 01 tháng 8 năm 2017./.
        """;

    [Fact]
    public void The_body_a_case_charges_leads_a_task_and_the_rule_beside_it_is_none() =>
        Assert.Equal(["3.b", "4"], Extract.Text(TraVinh).Tasks.Select(t => t.Ordinal));

    [Fact]
    public void A_case_sentence_after_a_rate_makes_the_clause_a_task() =>
        Assert.Equal(["2.2", "3"], Extract.Text(BacGiang).Tasks.Select(t => t.Ordinal));

    // The body charged leads the task, its name ended before the action taken on another body ("trình Thường trực Hội đồng
    // nhân dân tỉnh …": the standing committee is only what it submits to).
    [Fact]
    public void The_body_a_case_charges_is_the_tasks_lead_without_the_body_it_submits_to()
    {
        var units = Extract.Text(BacGiang).Tasks.Single(t => t.Ordinal == "2.2").Units;
        Assert.Equal([("Ủy ban nhân dân tỉnh", "lead")], units.Select(u => (u.Name, u.Role.ToString().ToLowerInvariant())));
    }

    // corpus/text/NQ-755-2005-NQ-UBTVQH11-nhadat.txt, Điều 4: a body the case says does not act ("… thì Nhà nước không thực
    // hiện việc quản lý …", "…, cơ quan nhà nước chưa có văn bản quản lý …") bears no duty; NQ 40/2017 3.b names its actor.
    [Fact]
    public void A_body_the_case_says_does_not_act_is_no_case_actor()
    {
        var units = new Pipeline.Tasks.UnitFinder(Extract.Vocab);
        Assert.Null(units.CaseActor("Đối với nhà đất mà chủ sở hữu tuy thuộc diện thực hiện các chính sách quy định tại Điều 2 của Nghị quyết số 23/2003/QH11 nhưng đến ngày Nghị quyết này có hiệu lực thi hành, cơ quan nhà nước chưa có văn bản quản lý, chưa bố trí sử dụng nhà đất đó thì Nhà nước không thực hiện việc quản lý theo quy định của các chính sách trước đây."));
        Assert.StartsWith("Ủy ban nhân dân tỉnh", units.CaseActor("Trường hợp văn bản quy phạm pháp luật được dẫn chiếu để áp dụng tại Nghị quyết này được sửa đổi, bổ sung, thay thế bằng văn bản quy phạm pháp luật mới, mà trong đó quy định khung áp dụng thì Ủy ban nhân dân tỉnh trình Thường trực Hội đồng nhân dân tỉnh xem xét cho ý kiến bằng văn bản."), StringComparison.Ordinal);
    }
}
