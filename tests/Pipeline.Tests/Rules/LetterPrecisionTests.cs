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

    /// <summary>
    /// Bullets that only name a body and the scope it answers for list whom the item above assigns ("Giao các sở … gồm: - Sở
    /// Công Thương (đối với …); - Sở Xây dựng (đối với tài sản kết cấu hạ tầng đô thị); … Có trách nhiệm: a) …"): not tasks,
    /// though "Xây dựng" is a directive cue; the duties a), b) stay tasks. Item 2 of
    /// corpus/layout/CV-7103-UBND-TH-LaoCai-trienkhai-ND-178.txt (dev).
    /// </summary>
    [Fact]
    public void Bullets_that_only_name_the_assigned_bodies_are_not_tasks()
    {
        var tasks = Extract.Text("""
            ỦY BAN NHÂN DÂN
            TỈNH LÀO CAI
            Số: 7103 /UBND-TH
            V/v triển khai thực hiện Nghị định số 178/2026/NĐ-CP ngày 20/5/2026 của Chính phủ
            CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
            Độc lập - Tự do - Hạnh phúc
            Lào Cai, ngày 10 tháng 7 năm 2026
            Kính gửi: Các sở, ban, ngành thuộc UBND tỉnh

            Chủ tịch Ủy ban nhân dân tỉnh yêu cầu các sở, ban, ngành, địa phương, cơ quan, đơn vị, doanh nghiệp nghiêm túc triển khai thực hiện các nội dung sau:
            1. Công tác tuyên truyền, phổ biến
            Tổ chức quán triệt, phổ biến đầy đủ nội dung Nghị định số 178/2026/NĐ-CP đến cán bộ, công chức, viên chức và người lao động thuộc phạm vi quản lý.
            2. Các sở quản lý nhà nước chuyên ngành về hạ tầng
            Giao các sở quản lý nhà nước chuyên ngành về hạ tầng theo ngành, lĩnh vực gồm:
            - Sở Công Thương (đối với tài sản kết cấu hạ tầng cụm công nghiệp và hạ tầng thương mại);
            - Sở Khoa học và Công nghệ (đối với tài sản kết cấu hạ tầng khu công nghệ cao; hạ tầng thông tin và truyền thông; hạ tầng công nghiệp công nghệ số, bao gồm khu công nghệ số tập trung);
            - Sở Xây dựng (đối với tài sản kết cấu hạ tầng đô thị);
            - Ban Quản lý Khu kinh tế, Ban Quản lý các khu công nghiệp (đối với tài sản kết cấu hạ tầng khu kinh tế, khu công nghiệp thuộc phạm vi được giao quản lý).
            Có trách nhiệm:
            a) Chủ trì, phối hợp với các cơ quan, đơn vị, địa phương tổ chức rà soát, thống kê, phân loại toàn bộ tài sản kết cấu hạ tầng thuộc phạm vi quản lý.
            """).Tasks;

        Assert.DoesNotContain(tasks, t => t.Text.StartsWith("Sở ", StringComparison.Ordinal) || t.Text.StartsWith("Ban Quản lý", StringComparison.Ordinal));
        Assert.Contains(tasks, t => t.Text.StartsWith("Chủ trì, phối hợp", StringComparison.Ordinal));
    }

    /// <summary>
    /// A collective and the work it is given is no listed name, though a heading would read it as one unit: "3. Các tổ chức
    /// thành viên của MTTQ Việt Nam phường tham gia kiểm tra, giám sát …" stays a task. Section V of
    /// corpus/text/KH-MTTQ-BTT-phuong-BacCamRanh-kiemtra-giamsat-baucu-docxtext.txt (dev).
    /// </summary>
    [Fact]
    public void A_collective_given_work_is_no_listed_name()
    {
        var tasks = Extract.Text("""
            UỶ BAN MTTQ VIỆT NAM
            PHƯỜNG BẮC CAM RANH
            BAN THƯỜNG TRỰC
            Số:        /KH-MTTQ-BTT
            Bắc Cam Ranh, ngày    tháng 11 năm 2025
            KẾ HOẠCH
            Kiểm tra, giám sát công tác bầu cử đại biểu Quốc hội khóa XVI
            V. TỔ CHỨC THỰC HIỆN
            2. Ban công tác Mặt trận các tổ dân phố căn cứ kế hoạch này, khi có thông báo chủ động phối hợp thực hiện kế hoạch kiểm tra, giám sát đảm bảo theo quy định.
            3. Các tổ chức thành viên của MTTQ Việt Nam phường tham gia kiểm tra, giám sát công tác bầu cử theo phân công của Ủy ban Mặt trận Tổ quốc Việt Nam phường.
            """).Tasks;

        Assert.Contains(tasks, t => t.Ordinal == "V.3");
    }
}
