using Pipeline.Tests.Support;

namespace Pipeline.Tests.Rules;

/// <summary>
/// Items of công văn the rules took for tasks though corpus/expected/README.md says they are not (task precision,
/// 2026-12-01), each on real lines of a development letter.
/// </summary>
public class LetterPrecisionTests
{
    // The header and preamble of corpus/pdf/CV-3686-UBND-XD-LaoCai-kiennghi-PCCC-VLNCN.pdf (dev), as its text layer reads.
    private const string ProposalHeader = """
        ỦY BAN NHÂN DÂN
        TỈNH LÀO CAI
        Số: 3686 /UBND-XD
        V/v đề xuất sớm tháo gỡ khó khăn, vướng mắc trong kiểm tra điều kiện an toàn PCCC đối với phương tiện vận chuyển vật liệu nổ công nghiệp, tiền chất thuốc nổ.
        CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
        Độc lập - Tự do - Hạnh phúc
        Lào Cai, ngày 11 tháng 5 năm 2026
        Kính gửi: Bộ Xây dựng

        Để tháo gỡ vướng mắc cho các doanh nghiệp, đồng thời để đảm bảo mục tiêu tăng trưởng hai con số theo chỉ đạo của Trung ương, Uỷ ban nhân dân tỉnh Lào Cai báo cáo và đề nghị Bộ Xây dựng nội dung như sau:
        """;

    /// <summary>
    /// A proposal letter reports the difficulties before its proposals ("2. Khó khăn, vướng mắc": "Thứ nhất, …", "Thứ ba,
    /// …"): the reasons for the proposal, what others did or did not do, not work it assigns; the proposals under "3. Kiến
    /// nghị" stay tasks. Lines of CV-3686 (dev).
    /// </summary>
    [Fact]
    public void The_difficulties_a_proposal_letter_reports_are_not_tasks()
    {
        var tasks = Extract.Text(ProposalHeader + """
            2. Khó khăn, vướng mắc
            Thứ nhất, Cục Đăng kiểm Việt Nam đã có Văn bản số 6686/ĐKVN-VAQ ngày 28/11/2025 và Văn bản số 1570/ĐKVN-PTGTĐB ngày 29/04/2026 cho biết đang nghiên cứu, hoàn thiện đề xuất sửa đổi, bổ sung các văn bản quy phạm pháp luật có liên quan, đồng thời sẽ báo cáo Bộ Xây dựng để có phương án giải quyết kịp thời đối với các trường hợp phải thực hiện kiểm tra PCCC trong thời gian chờ. Tuy nhiên đến nay, các cơ quan đăng kiểm tại địa phương vẫn chưa được hướng dẫn cụ thể để triển khai thực hiện.
            Thứ ba, Doanh nghiệp có liên quan đã nhiều lần có văn bản gửi các cơ quan có thẩm quyền (Trung tâm Đăng kiểm Lào Cai 2401D, UBND tỉnh, Công an tỉnh, Cục Cảnh sát QLHC về TTXH, Cục Đăng kiểm Việt Nam) đề nghị hướng dẫn, bổ sung về căn cứ pháp lý này nhưng vẫn chưa được giải quyết, dẫn đến cơ quan Công an không có cơ sở để cấp Giấy phép vận chuyển VLNCN, TCTN.
            3. Kiến nghị
            Để kịp thời tháo gỡ khó khăn, vướng mắc cho doanh nghiệp, Uỷ ban nhân dân tỉnh Lào Cai trân trọng đề nghị Bộ Xây dựng:
            - Chỉ đạo Cục Đăng kiểm Việt Nam khẩn trương ban hành văn bản hướng dẫn các cơ quan đăng kiểm địa phương triển khai việc kiểm tra điều kiện an toàn về PCCC đối với phương tiện giao thông đường sắt, phương tiện thuỷ nội địa, tàu biển, phương tiện giao thông cơ giới đường bộ vận chuyển VLNCN, TCTN theo đúng quy định tại điểm d khoản 2 Điều 13 và khoản 6 Điều 14 Nghị định số 105/2025/NĐ-CP.
            """).Tasks;

        Assert.DoesNotContain(tasks, t => t.Ordinal.StartsWith("2.", StringComparison.Ordinal));
        Assert.Contains(tasks, t => t.Ordinal.StartsWith("3.", StringComparison.Ordinal) && t.Text.StartsWith("Chỉ đạo Cục Đăng kiểm", StringComparison.Ordinal));
    }

    /// <summary>
    /// A proposal letter's last sentence asks the body it addresses only to consider the letter ("… trân trọng đề nghị Bộ
    /// Xây dựng quan tâm, sớm xem xét, chỉ đạo giải quyết./."): the closing formula, not a task, like "… trân trọng đề nghị
    /// Sở … tổng hợp, báo cáo./." (corpus/expected/README.md, reply / opinion / guidance letters). Last lines of CV-3686 (dev).
    /// </summary>
    [Fact]
    public void A_proposal_letters_request_to_consider_it_is_its_closing_formula()
    {
        var tasks = Extract.Text(ProposalHeader + """
            3. Kiến nghị
            Để kịp thời tháo gỡ khó khăn, vướng mắc cho doanh nghiệp, bảo đảm hoạt động sản xuất, kinh doanh và tiến độ thi công các công trình, dự án trọng điểm trên địa bàn tỉnh Lào Cai, Uỷ ban nhân dân tỉnh Lào Cai trân trọng đề nghị Bộ Xây dựng:
            (i). Chỉ đạo Cục Đăng kiểm Việt Nam khẩn trương ban hành văn bản hướng dẫn các cơ quan đăng kiểm địa phương triển khai việc kiểm tra điều kiện an toàn về PCCC đối với phương tiện giao thông đường sắt, phương tiện thuỷ nội địa, tàu biển, phương tiện giao thông cơ giới đường bộ vận chuyển VLNCN, TCTN theo đúng quy định tại điểm d khoản 2 Điều 13 và khoản 6 Điều 14 Nghị định số 105/2025/NĐ-CP.
            (iii). Trong thời gian chờ các văn bản quy phạm pháp luật được sửa đổi, bổ sung, đề nghị Bộ Xây dựng có ý kiến chỉ đạo Cục Đăng kiểm Việt Nam và các cơ quan đăng kiểm địa phương (trong đó có các trung tâm đăng kiểm xe cơ cơ giới trên địa bàn tỉnh Lào Cai) tổ chức kiểm tra và cấp Biên bản xác nhận điều kiện an toàn về PCCC đối với phương tiện đủ điều kiện vận chuyển VLNCN, TCTN khi doanh nghiệp có yêu cầu làm cơ sở để ngành công an cấp Giấy phép vận chuyển theo quy định của Luật số 42/2024/QH15.
            Ủy ban nhân dân tỉnh Lào Cai trân trọng đề nghị Bộ Xây dựng quan tâm, sớm xem xét, chỉ đạo giải quyết./.
            Nơi nhận:
            - Như trên;
            - Lưu: VT, KT, XD(Hùng, Nam).
            """).Tasks;

        Assert.DoesNotContain(tasks, t => t.Text.Contains("quan tâm, sớm xem xét", StringComparison.Ordinal));
        Assert.Equal(2, tasks.Count);
    }

    /// <summary>
    /// A request to consider something named is work: "Đề nghị Bộ Xây dựng xem xét, giải quyết kiến nghị của doanh nghiệp"
    /// gives what to consider after the verb, and the closing test wants nothing there.
    /// </summary>
    [Fact]
    public void A_request_to_consider_a_named_matter_is_no_closing() =>
        Assert.False(new Pipeline.Tasks.ClosingFormula(Extract.Vocab).Matches("Đề nghị Bộ Xây dựng xem xét, giải quyết kiến nghị của doanh nghiệp."));
}
