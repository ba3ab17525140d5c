using Pipeline.Tests.Support;

namespace Pipeline.Tests.Rules;

/// <summary>
/// Constructs of the legal portal's plain text (thuvienphapluat.vn as johnPa02/thuvienphapluat-crawler stores it) that a
/// second unseen sample showed (corpus/README.md, Tenth collection): the enacting authority of a general department, of
/// Bảo hiểm xã hội Việt Nam and of the council of judges run onto the title; the clause on cited documents; a name of an
/// execution article's list broken at its own spaced hyphen; a standing deputy's post under the signing formula.
/// </summary>
public class PortalDecisionTests
{
    [Theory]
    // QĐ 2135/QĐ-TCHQ (dev): the cut fell at "CỤC TRƯỞNG" and left "… NHẬP KHẨU TỔNG".
    [InlineData("BỘ TÀI CHÍNH TỔNG CỤC HẢI QUAN -------", "2135/QĐ-TCHQ", "Hà Nội, ngày 31 tháng 07 năm 2015 QUYẾT ĐỊNH VỀ VIỆC BAN HÀNH QUY TRÌNH XÁC ĐỊNH TRƯỚC MÃ SỐ ĐỐI VỚI HÀNG HÓA XUẤT KHẨU, NHẬP KHẨU TỔNG CỤC TRƯỞNG TỔNG CỤC HẢI QUAN",
        "VỀ VIỆC BAN HÀNH QUY TRÌNH XÁC ĐỊNH TRƯỚC MÃ SỐ ĐỐI VỚI HÀNG HÓA XUẤT KHẨU, NHẬP KHẨU")]
    // QĐ 1666/QĐ-BHXH (dev): the cut fell at "GIÁM ĐỐC" and left "… BẢO HIỂM Y TẾ TỔNG".
    [InlineData("BẢO HIỂM XÃ HỘI VIỆT NAM ---------", "1666/QĐ-BHXH", "Hà Nội, ngày 03 tháng 12 năm 2020 QUYẾT ĐỊNH BAN HÀNH MẪU THẺ BẢO HIỂM Y TẾ TỔNG GIÁM ĐỐC BẢO HIỂM XÃ HỘI VIỆT NAM",
        "BAN HÀNH MẪU THẺ BẢO HIỂM Y TẾ")]
    // NQ 01/2019/NQ-HĐTP (dev): the council of judges stayed on the title.
    [InlineData("HỘI ĐỒNG THẨM PHÁN TÒA ÁN NHÂN DÂN TỐI CAO -------", "01/2019/NQ-HĐTP", "Hà Nội, ngày 11 tháng 01 năm 2019 NGHỊ QUYẾT HƯỚNG DẪN ÁP DỤNG MỘT SỐ QUY ĐỊNH CỦA PHÁP LUẬT VỀ LÃI, LÃI SUẤT, PHẠT VI PHẠM HỘI ĐỒNG THẨM PHÁN TÒA ÁN NHÂN DÂN TỐI CAO",
        "HƯỚNG DẪN ÁP DỤNG MỘT SỐ QUY ĐỊNH CỦA PHÁP LUẬT VỀ LÃI, LÃI SUẤT, PHẠT VI PHẠM")]
    public void The_enacting_authority_run_onto_a_portal_title_is_cut_off_whole(string issuer, string number, string headRun, string title)
    {
        var record = Extract.Text($"""
            {issuer}
            CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc ---------------
            Số: {number}
            {headRun}
            Căn cứ Luật Tổ chức Tòa án nhân dân ngày 24 tháng 11 năm 2014;
            """);
        Assert.Equal(title, record.Document.Title);
    }

    [Fact]
    public void The_clause_on_cited_documents_assigns_no_work()
    {
        // QĐ 6556/QĐ-BYT (dev), Điều 4: item 1 is work for the facilities, item 2 only says which text governs.
        var record = Extract.Text("""
            BỘ Y TẾ
            Số: 6556/QĐ-BYT
            Hà Nội, ngày 30 tháng 10 năm 2018
            QUYẾT ĐỊNH
            BAN HÀNH MẪU BẢNG KÊ CHI PHÍ KHÁM BỆNH, CHỮA BỆNH SỬ DỤNG TẠI CÁC CƠ SỞ KHÁM BỆNH, CHỮA BỆNH
            QUYẾT ĐỊNH:
            Điều 4. Tổ chức thực hiện
            1. Các cơ sở khám bệnh, chữa bệnh có trách nhiệm hoàn thiện phần mềm để thực hiện lập, cung cấp bảng kê chi phí khám bệnh, chữa bệnh theo đúng quy định, hướng dẫn tại Quyết định này, kể từ ngày 01 tháng 01 năm 2019.
            2. Trong quá trình tổ chức thực hiện Quyết định này, nếu những văn bản nêu trong Phụ lục hướng dẫn ban hành kèm theo Quyết định này được thay thế bằng văn bản mới thì thực hiện theo văn bản mới ban hành.
            """);
        Assert.Contains(record.Tasks, t => t.Ordinal == "4.1");
        Assert.DoesNotContain(record.Tasks, t => t.Ordinal == "4.2");
    }

    [Fact]
    public void A_listed_name_broken_at_its_spaced_hyphen_runs_on_though_it_opens_with_a_capital()
    {
        // QĐ 6556/QĐ-BYT (dev), Điều 5: the portal breaks "Vụ Kế hoạch - Tài chính" before its hyphen.
        var doc = Extract.Roles("""
            Điều 5.
            Các ông (bà): Chánh văn phòng Bộ, Chánh Thanh tra Bộ, Vụ trưởng Vụ Bảo hiểm y tế, Cục trưởng Cục Quản lý khám, chữa bệnh, Vụ trưởng Vụ Kế hoạch
            - Tài chính, Thủ trưởng các đơn vị thuộc Bộ Y tế, Giám đốc Sở Y tế các tỉnh, thành phố trực thuộc Trung ương chịu trách nhiệm thi hành Quyết định này./.
            """);
        var paragraphs = Pipeline.Tasks.ParagraphBuilder.Build(doc);
        Assert.Contains(paragraphs, p => p.Text.Contains("Vụ trưởng Vụ Kế hoạch - Tài chính, Thủ trưởng các đơn vị", StringComparison.Ordinal));
        // A bullet list after its colon stays a list (NQ 61/2022/QH15, dev).
        var list = Extract.Roles("""
            Điều 2. Nhiệm vụ, giải pháp chủ yếu
            Việc điều chỉnh quy hoạch cấp quốc gia, quy hoạch vùng, quy hoạch tỉnh thời kỳ 2021 - 2030 trong trường hợp có mâu thuẫn được thực hiện như sau:
            - Cơ quan tổ chức lập quy hoạch rà soát nội dung mâu thuẫn cần điều chỉnh;
            """);
        Assert.Contains(Pipeline.Tasks.ParagraphBuilder.Build(list), p => p.Text.StartsWith("Cơ quan tổ chức lập quy hoạch rà soát", StringComparison.Ordinal));
        // A heading of common nouns after a comma opens real bullets (CV-UBND-KT Lào Cai on unexploited minerals, dev, 7.).
        var heading = Extract.Roles("""
            7. UBND các xã, phường
            - Chủ tịch UBND các xã, phường chịu trách nhiệm toàn diện trước pháp luật và trước UBND tỉnh, Chủ tịch UBND tỉnh nếu để xảy ra tình trạng thăm dò, khai thác khoáng sản, sử dụng đất trái phép trên địa bàn mà không kịp thời phát hiện, ngăn chặn, xử lý;
            """);
        Assert.Contains(Pipeline.Tasks.ParagraphBuilder.Build(heading), p => p.Text.StartsWith("Chủ tịch UBND các xã, phường chịu trách nhiệm", StringComparison.Ordinal));
    }

    [Fact]
    public void The_execution_article_broken_at_a_hyphen_is_one_task_with_the_whole_name()
    {
        var record = Extract.File("markdown", "QD-6556-QD-BYT-2018-bangke-chiphi-KCB.txt");
        var execution = Assert.Single(record.Tasks, t => t.Ordinal == "5");
        Assert.Contains(execution.Units, u => u.Name == "Vụ trưởng Vụ Kế hoạch - Tài chính");
        Assert.DoesNotContain(record.Tasks, t => t.Ordinal == "4.2");
    }

    [Fact]
    public void A_standing_deputys_post_under_the_signing_formula_is_the_position()
    {
        // QĐ 3276/QĐ-BYT (dev): "KT. BỘ TRƯỞNG THỨ TRƯỞNG THƯỜNG TRỰC Vũ Mạnh Hà" on one line.
        var signer = Extract.File("markdown", "QD-3276-QD-BYT-2025-ma-doituong-KCB.txt").Document.Signer!;
        Assert.Equal("KT. Bộ trưởng", signer.Authority, ignoreCase: true);
        Assert.Equal("Thứ trưởng Thường trực", signer.Position, ignoreCase: true);
        Assert.Equal("Vũ Mạnh Hà", signer.Name);
    }

    [Fact]
    public void What_the_parties_of_an_example_do_assigns_no_work()
    {
        // NQ 02/2022/NQ-HĐTP (dev): guidance whose examples say "A giao xe ô tô cho B", "A yêu cầu cơ quan giám định …",
        // and whose liabilities and claims ("phải chịu trách nhiệm bồi thường", "khởi kiện yêu cầu bồi thường", "có quyền
        // yêu cầu") read like cues; its one task is 13.4's request to report difficulties.
        var directives = new Pipeline.Tasks.DirectiveTest(Extract.Vocab);
        Assert.False(directives.HasStrongCue("Trường hợp này, B chưa thanh toán đủ tiền và chưa nhận bàn giao nhà nên A chưa chuyển giao quyền sở hữu nhà cho B. Vì vậy, A vẫn là chủ sở hữu hợp pháp đối với ngôi nhà và phải chịu trách nhiệm bồi thường thiệt hại cho C."));
        Assert.False(directives.HasStrongCue("Thiệt hại do hành vi trái pháp luật của người thi hành công vụ gây ra thuộc phạm vi trách nhiệm bồi thường của Nhà nước thì Nhà nước có trách nhiệm bồi thường thiệt hại theo quy định của Luật Trách nhiệm bồi thường của Nhà nước. Trường hợp người bị thiệt hại khởi kiện yêu cầu bồi thường thì Tòa án xem xét, thụ lý, giải quyết theo quy định của Luật Trách nhiệm bồi thường của Nhà nước."));
        Assert.False(directives.HasStrongCue("Thời điểm người có quyền yêu cầu biết quyền, lợi ích hợp pháp của mình bị xâm phạm là khi họ nhận ra được hoặc có thể khẳng định được về việc quyền và lợi ích hợp pháp của mình bị xâm phạm."));
        Assert.True(directives.HasStrongCue("Trong quá trình thực hiện nếu có vướng mắc, đề nghị phản ánh cho Tòa án nhân dân tối cao (thông qua Vụ Pháp chế và Quản lý khoa học) để hướng dẫn bổ sung kịp thời."));
        var record = Extract.File("markdown", "NQ-02-2022-NQ-HDTP-boithuong-ngoaihopdong.txt");
        Assert.DoesNotContain(record.Tasks, t => t.Ordinal is "2.2.b.1" or "2.2.b.2");
        Assert.Contains(record.Tasks, t => t.Ordinal == "13.4");
        var examples = new Pipeline.Tasks.ExampleText(Extract.Vocab);
        Assert.Equal("Trường hợp người có quyền yêu cầu phải biết quyền, lợi ích hợp pháp của mình bị xâm phạm là trong điều kiện, hoàn cảnh bình thường.",
            examples.Before("Trường hợp người có quyền yêu cầu phải biết quyền, lợi ích hợp pháp của mình bị xâm phạm là trong điều kiện, hoàn cảnh bình thường. Ví dụ 1: Ngày 20 tháng 6 năm 2022, A gây thương tích cho B"));
        Assert.Equal("", examples.Before("Ví dụ: A là chủ sở hữu xe ô tô đã giao xe ô tô đó cho B."));
    }
}
