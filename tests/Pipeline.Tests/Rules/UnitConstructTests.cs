using Pipeline.Tasks;
using Pipeline.Tests.Support;

namespace Pipeline.Tests.Rules;

/// <summary>
/// Responsible units by construct (stop 32): a subject after a sentence's opening period or occasion, a collective closed by
/// "liên quan" before "và", a long heading that lists whole names, the manner of an action ending the last listed body.
/// Real lines of development documents, named on each test.
/// </summary>
public class UnitConstructTests
{
    private static UnitFinder Finder => new(Extract.Vocab);

    private static List<string> Names(string text, UnitRole role) =>
        Finder.Find(text).Where(u => u.Role == role).Select(u => u.Name).ToList();

    /// <summary>
    /// "Định kỳ …, X có trách nhiệm …": the body after the period's comma is the sentence's subject (adverbial-openers.txt).
    /// Điều 9.3 of corpus/markdown/QD-12-2024-QD-TTg.txt and VI.2 of corpus/word/KH-SCT-LaoCai-2026-thuchien-DeAn-08.docx (dev).
    /// </summary>
    [Fact]
    public void The_body_after_a_periodic_opening_leads()
    {
        Assert.Equal(["Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương"],
            Names("Định kỳ trước ngày 15 tháng 12 hằng năm và khi có yêu cầu, Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương có trách nhiệm báo cáo kết quả đào tạo nghề, giải quyết việc làm cho người có đất thu hồi gửi Bộ Lao động - Thương binh và Xã hội để tổng hợp, báo cáo Thủ tướng Chính phủ.", UnitRole.Lead));
        Assert.Equal(["Sở Công Thương"],
            Names("Định kỳ 6 tháng, hàng năm, giữa nhiệm kỳ, Sở Công Thương tổ chức sơ kết, đánh giá kết quả thực hiện; sơ kết 3 năm, kết thúc nhiệm kỳ tổng kết thực hiện Kế hoạch và báo cáo Tỉnh ủy, Ủy ban nhân dân tỉnh.", UnitRole.Lead));
    }

    /// <summary>
    /// "(có) liên quan" closes a collective: what follows "và" is a unit of its own (3.a of
    /// corpus/markdown/CT-13-CT-TTg-2024-quanly-tinchi-cacbon.txt, dev); a "liên quan" printed once after the last piece is
    /// shared by the whole list (1.đ of corpus/word/CT-07-2012-CT-TTg-chanchinh-KKT-KCN-CCN.docx, dev).
    /// </summary>
    [Fact]
    public void A_collective_closed_by_lien_quan_ends_before_va()
    {
        Assert.Equal(["Bộ Tài nguyên và Môi trường", "các cơ quan liên quan", "địa phương có rừng"],
            Names("Chủ trì, phối hợp với Bộ Tài nguyên và Môi trường, các cơ quan liên quan và địa phương có rừng khẩn trương xây dựng cơ sở dữ liệu về hiện trạng và đánh giá tiềm năng giảm phát thải và hấp thụ các-bon từ rừng cấp quốc gia, vùng, địa phương đến năm 2030 và có tính đến năm 2050;", UnitRole.Support));
        Assert.Equal(["các Bộ, ngành và địa phương liên quan"],
            Names("Phối hợp với các Bộ, ngành và địa phương liên quan chỉ đạo, hướng dẫn triển khai:", UnitRole.Support));
    }

    /// <summary>
    /// A numbered heading longer than a name that lists whole names, with no verb, gives its items every body as lead: item 1
    /// of corpus/layout/CV-7432-UBND-XD-LaoCai-trienkhai-QD-1074-PCCC.txt (dev; corpus/README.md, Twelfth collection).
    /// </summary>
    [Fact]
    public void A_long_heading_that_lists_names_leads_its_items() =>
        Assert.Equal(["Công an tỉnh", "các sở, ban, ngành, đoàn thể tỉnh", "Ủy ban nhân dân các xã, phường"],
            Finder.FromHeading("Công an tỉnh, các sở, ban, ngành, đoàn thể tỉnh và Ủy ban nhân dân các xã, phường").Select(u => u.Name));

    /// <summary>
    /// "… quản lý chặt chẽ …" is the action after the last body a co-operation lists, not part of its name (4.d of
    /// corpus/pdf/CV-UBND-tinh-chi-dao-quan-ly-giam-sat-VLNCN.pdf, dev).
    /// </summary>
    [Fact]
    public void The_manner_of_managing_ends_the_last_partner()
    {
        Assert.Equal(["các đơn vị chức năng thuộc Bộ Quốc phòng", "Sở Công Thương", "Công an tỉnh"],
            Names("Phối hợp chặt chẽ với các đơn vị chức năng thuộc Bộ Quốc phòng, Sở Công Thương, Công an tỉnh quản lý chặt chẽ các doanh nghiệp hoạt động VLNCN, TCTN thuộc thẩm quyền quản lý của Bộ Quốc phòng.", UnitRole.Support));
    }

    /// <summary>
    /// A bare kind opening the clause is named by what defines it, up to its duty words: clause 5.2 of
    /// corpus/html/NQ-66.7-2025-NQ-CP-cat-giam-TTHC.html and 2.1.c of corpus/markdown/NQ-61-2022-QH15-quyhoach.txt (dev).
    /// </summary>
    [Fact]
    public void A_bare_kind_runs_to_its_duty_words()
    {
        Assert.Equal(["Cơ quan giải quyết thủ tục hành chính"],
            Names("Cơ quan giải quyết thủ tục hành chính có trách nhiệm khai thác, sử dụng thông tin để thay thế cho các loại thông tin, thành phần hồ sơ giải quyết thủ tục hành chính.", UnitRole.Lead));
        Assert.Equal(["Cơ quan tổ chức lập quy hoạch cần điều chỉnh"],
            Names("Cơ quan tổ chức lập quy hoạch cần điều chỉnh có trách nhiệm tiếp thu, giải trình ý kiến của các Bộ, cơ quan ngang Bộ, cơ quan có liên quan, hoàn thiện hồ sơ điều chỉnh quy hoạch và chịu trách nhiệm về nội dung điều chỉnh; trình cấp có thẩm quyền xem xét, quyết định hoặc phê duyệt điều chỉnh quy hoạch; công bố điều chỉnh quy hoạch theo quy định của Luật Quy hoạch;", UnitRole.Lead));
    }

    /// <summary>
    /// A bare post before a post set over a collective of bodies shares nothing with it: "Chánh Văn phòng" and "Thủ trưởng các
    /// đơn vị trực thuộc Bảo hiểm xã hội Việt Nam" are two units (Điều 5 of corpus/markdown/QD-1500-QD-BHXH-2015-the-BHYT-quannhan.txt, dev); "Bí thư, Chủ tịch Ủy ban
    /// nhân dân cấp huyện" stays one (corpus/expected/README.md, "Units, lists"), and a post alone shares the collective after it.
    /// </summary>
    [Fact]
    public void A_bare_post_shares_nothing_with_a_post_over_a_collective()
    {
        Assert.Equal(["Trưởng Ban Sổ - Thẻ", "Chánh Văn phòng", "Thủ trưởng các đơn vị trực thuộc Bảo hiểm xã hội Việt Nam", "Giám đốc Bảo hiểm xã hội các tỉnh, thành phố trực thuộc Trung ương", "Giám đốc Bảo hiểm xã hội Bộ Quốc phòng", "Giám đốc Bảo hiểm xã hội Công an nhân dân"],
            Names("Quyết định này có hiệu lực thi hành kể từ ngày ký. Trưởng Ban Sổ - Thẻ, Chánh Văn phòng, Thủ trưởng các đơn vị trực thuộc Bảo hiểm xã hội Việt Nam; Giám đốc Bảo hiểm xã hội các tỉnh, thành phố trực thuộc Trung ương, Giám đốc Bảo hiểm xã hội Bộ Quốc phòng và Giám đốc Bảo hiểm xã hội Công an nhân dân chịu trách nhiệm thi hành Quyết định này.", UnitRole.Lead));
        Assert.Equal(["Bí thư, Chủ tịch Ủy ban nhân dân cấp huyện"], Finder.Split("Bí thư, Chủ tịch Ủy ban nhân dân cấp huyện"));
        // A post alone shares the collective of the post after it (Điều 3 of corpus/text/19_QD-2280-QD-UBND_HaNoi_thoatnuoc_p1.txt, dev).
        Assert.Contains("Giám đốc, Thủ trưởng các Sở, ban, ngành Thành phố",
            Names("Chánh Văn phòng Ủy ban nhân dân Thành phố; Giám đốc, Thủ trưởng các Sở, ban, ngành Thành phố, Chủ tịch Ủy ban nhân dân các xã, phường và các đơn vị, cá nhân có liên quan chịu trách nhiệm thi hành Quyết định này./.", UnitRole.Lead));
    }

    /// <summary>
    /// A modal after the subject of a periodic opening ("Định kỳ hoặc đột xuất, Bộ Y tế sẽ phối hợp với …") stands before its
    /// verb: 4.b of corpus/markdown/CV-627-BYT-BH-dieu22-BHYT.txt (dev).
    /// </summary>
    [Fact]
    public void A_modal_after_the_subject_of_an_opening_is_passed() =>
        Assert.Contains("Bộ Y tế", Names("Định kỳ hoặc đột xuất, Bộ Y tế sẽ phối hợp với các cơ quan, đơn vị có liên quan tổ chức kiểm tra việc tổ chức thực hiện chính sách, pháp luật về BHYT. Thủ trưởng các cơ sở KCB chịu trách nhiệm trước pháp luật và trước Bộ trưởng Bộ Y tế nếu để đơn vị mình thực hiện không đúng các quy định.", UnitRole.Lead));
}
