using Pipeline.Extraction;
using Pipeline.Ml.Training;
using Pipeline.Sources;
using Pipeline.Sources.Text;
using Pipeline.Tests.Support;

namespace Pipeline.Tests.Rules;

/// <summary>
/// Constructs of the Twelfth collection's legal-portal text (dev, added by session s30tvpl: documents of
/// johnPa02/thuvienphapluat-crawler measured unseen before these rules), each on the real lines of its document under
/// corpus/text/.
/// </summary>
public class PortalTextTwelfthCollectionTests
{
    /// <summary>
    /// NQ-96-2023-QH15-phieu-tinnhiem.txt: a Quốc hội resolution signed by the post alone ("CHỦ TỊCH QUỐC HỘI" over the
    /// name, no TM./KT. formula), then "PHỤ LỤC (Ban hành kèm theo Nghị quyết …)" and ballot and report forms that print
    /// their own "Nơi nhận:" and "TM. THƯỜNG TRỰC HỘI ĐỒNG NHÂN DÂN". The annex starts after the signature: the forms'
    /// foot is not the document's, the signer is read, and the forms' numbered notes are no tasks.
    /// </summary>
    [Fact]
    public void An_annex_after_a_post_signing_without_a_formula_is_cut_before_its_forms_foot()
    {
        var record = Extract.Text(
            "Nghị quyết 96/2023/QH15\n" +
            "QUỐC HỘI -------\n" +
            "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc --------------- Nghị quyết số: 96/2023/QH15\n" +
            "Hà Nội, ngày 23 tháng 6 năm 2023 NGHỊ QUYẾT VỀ VIỆC LẤY PHIẾU TÍN NHIỆM, BỎ PHIẾU TÍN NHIỆM ĐỐI VỚI NGƯỜI GIỮ CHỨC VỤ DO QUỐC HỘI, HỘI ĐỒNG NHÂN DÂN BẦU HOẶC PHÊ CHUẨN QUỐC HỘI\n" +
            "Căn cứ Hiến pháp nước Cộng hòa xã hội chủ nghĩa Việt Nam;\n" +
            "QUYẾT NGHỊ:\n" +
            "Điều 22. Hiệu lực thi hành\n" +
            "1. Nghị quyết này có hiệu lực thi hành từ ngày 01 tháng 7 năm 2023.\n" +
            "3. Ủy ban Thường vụ Quốc hội hướng dẫn thi hành Nghị quyết này.\n" +
            "Nghị quyết này được Quốc hội nước Cộng hòa xã hội chủ nghĩa Việt Nam khóa XV, kỳ họp thứ 5 thông qua ngày 23 tháng 6 năm 2023.\n" +
            "CHỦ TỊCH QUỐC HỘI Vương Đình Huệ\n" +
            "PHỤ LỤC (Ban hành kèm theo Nghị quyết số 96/2023/QH15 ngày 23 tháng 6 năm 2023 của Quốc hội về việc lấy phiếu tín nhiệm, bỏ phiếu tín nhiệm đối với người giữ chức vụ do Quốc hội, Hội đồng nhân dân bầu hoặc phê chuẩn) Phụ lục 1: Phiếu sử dụng trong quy trình lấy phiếu tín nhiệm tại Quốc hội QUỐC HỘI KHÓA ...\n" +
            "Ghi chú:\n" +
            "(2) Ghi họ và tên của từng người được lấy phiếu tín nhiệm.\n" +
            "(3) Ghi đầy đủ các chức vụ do Quốc hội bầu hoặc phê chuẩn quy định tại khoản 1 Điều 2 của Nghị quyết này.\n" +
            "I. CÔNG TÁC CHUẨN BỊ\n" +
            "1. Về công tác lãnh đạo, chỉ đạo chuẩn bị việc lấy phiếu tín nhiệm\n" +
            "2. Dự kiến danh sách người được lấy phiếu tín nhiệm do Hội đồng nhân dân bầu. Các trường hợp không thực hiện lấy phiếu tín nhiệm và lý do (nếu có)\n" +
            "III. ĐỀ XUẤT, KIẾN NGHỊ (nếu có)\n" +
            "Nơi nhận:\n" +
            "-………… -…………\n" +
            "TM. THƯỜNG TRỰC HỘI ĐỒNG NHÂN DÂN CHỦ TỊCH (Ký, ghi rõ họ tên, đóng dấu) Ghi chú:\n" +
            "(1) Ghi cấp và tên đơn vị hành chính.\n", "NQ-96-2023-QH15-phieu-tinnhiem.txt");

        Assert.Equal("Vương Đình Huệ", record.Document.Signer?.Name);
        Assert.Equal("Chủ tịch Quốc hội", record.Document.Signer?.Position);
        Assert.Empty(record.Document.Recipients);
        Assert.DoesNotContain(record.Tasks, t => t.Text.StartsWith("Ghi ", StringComparison.Ordinal) || t.Text.StartsWith("Về công tác", StringComparison.Ordinal) || t.Text.StartsWith("Dự kiến danh sách", StringComparison.Ordinal));
        Assert.Contains(record.Tasks, t => t.Text == "Ủy ban Thường vụ Quốc hội hướng dẫn thi hành Nghị quyết này.");
    }

    private static readonly Lazy<ModelSet> Models = new(() => ModelStore.Load(Repo.Path("models"), out _));

    /// <summary>
    /// The same document whole, with the shipped body model as `eval` runs it: the model reads the annex's ballot notes
    /// ("(2) Ghi họ và tên …"), report headings ("Lập trường, quan điểm …") and outline ("I. CÔNG TÁC CHUẨN BỊ") as body
    /// items, but an annex the rules cut after the signature stays an attachment, so none of them is a task.
    /// </summary>
    [Fact]
    public void The_body_model_leaves_an_annex_cut_after_the_signature_to_the_attachment()
    {
        var set = Models.Value;
        var extractor = DocumentExtractor.CreateDefault().ToBuilder().UseLineRoles(set.BodyLineRoleClassifier).UseTaskClassifiers(set.TaskClassifiers).Build();
        var record = extractor.Extract(SourceFile.Load(Repo.Path("corpus", "text", "NQ-96-2023-QH15-phieu-tinnhiem.txt")));
        Assert.Equal("Vương Đình Huệ", record.Document.Signer?.Name);
        Assert.Empty(record.Document.Recipients);
        Assert.DoesNotContain(record.Tasks, t => t.Text.StartsWith("Ghi ", StringComparison.Ordinal)
            || t.Text.StartsWith("Lập trường, quan điểm", StringComparison.Ordinal)
            || t.Text.StartsWith("Về công tác lãnh đạo", StringComparison.Ordinal)
            || t.Text.StartsWith("Kết quả thực hiện nhiệm vụ", StringComparison.Ordinal));
        Assert.Contains(record.Tasks, t => t.Text.StartsWith("Ủy ban Mặt trận Tổ quốc Việt Nam các cấp có trách nhiệm", StringComparison.Ordinal));
    }

    /// <summary>
    /// NQ-96-2023-QH15-phieu-tinnhiem.txt Điều 20: an article that suspends provisions of other laws enacts, as one that
    /// repeals them does (enactment-openings.txt); it assigns no one. The article after it that names a body still does.
    /// </summary>
    [Fact]
    public void An_article_that_suspends_provisions_is_no_task()
    {
        var record = Extract.Text(
            "Nghị quyết 96/2023/QH15\n" +
            "QUỐC HỘI -------\n" +
            "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc --------------- Nghị quyết số: 96/2023/QH15\n" +
            "Hà Nội, ngày 23 tháng 6 năm 2023 NGHỊ QUYẾT VỀ VIỆC LẤY PHIẾU TÍN NHIỆM, BỎ PHIẾU TÍN NHIỆM ĐỐI VỚI NGƯỜI GIỮ CHỨC VỤ DO QUỐC HỘI, HỘI ĐỒNG NHÂN DÂN BẦU HOẶC PHÊ CHUẨN QUỐC HỘI\n" +
            "Căn cứ Hiến pháp nước Cộng hòa xã hội chủ nghĩa Việt Nam;\n" +
            "QUYẾT NGHỊ:\n" +
            "Điều 20. Ngưng hiệu lực thi hành\n" +
            "Ngưng hiệu lực thi hành Điều 12 và Điều 13 của Luật Tổ chức Quốc hội số 57/2014/QH13 đã được sửa đổi, bổ sung một số điều theo Luật số 65/2020/QH14; Điều 88 và Điều 89 của Luật Tổ chức chính quyền địa phương số 77/2015/QH13 đã được sửa đổi, bổ sung một số điều theo Luật số 21/2017/QH14 và Luật số 47/2019/QH14; các điều 18, 19, 63 và 64 của Luật Hoạt động giám sát của Quốc hội và Hội đồng nhân dân số 87/2015/QH13 kể từ ngày Nghị quyết này có hiệu lực thi hành cho đến khi Quốc hội có quy định khác.\n" +
            "Điều 22. Hiệu lực thi hành\n" +
            "1. Nghị quyết này có hiệu lực thi hành từ ngày 01 tháng 7 năm 2023.\n" +
            "3. Ủy ban Thường vụ Quốc hội hướng dẫn thi hành Nghị quyết này.\n" +
            "Nghị quyết này được Quốc hội nước Cộng hòa xã hội chủ nghĩa Việt Nam khóa XV, kỳ họp thứ 5 thông qua ngày 23 tháng 6 năm 2023.\n" +
            "CHỦ TỊCH QUỐC HỘI Vương Đình Huệ\n", "NQ-96-2023-QH15-phieu-tinnhiem.txt");

        Assert.DoesNotContain(record.Tasks, t => t.Text.StartsWith("Ngưng hiệu lực", StringComparison.Ordinal));
        Assert.Contains(record.Tasks, t => t.Text == "Ủy ban Thường vụ Quốc hội hướng dẫn thi hành Nghị quyết này.");
    }

    /// <summary>
    /// NQ-96-2023-QH15-phieu-tinnhiem.txt Điều 14 "Thủ tục đề nghị, kiến nghị …": a regulation's procedure article says how
    /// the procedure runs ("… Ủy ban Thường vụ Quốc hội quyết định việc trình Quốc hội …", "Văn bản đề nghị … phải ghi rõ
    /// …"), as its dossier and time-limit articles do (conduct-article-titles.tsv): no tasks. Its "Trách nhiệm …" article keeps
    /// its clauses as tasks.
    /// </summary>
    [Fact]
    public void A_procedure_article_of_a_regulation_assigns_no_work()
    {
        var record = Extract.Text(
            "Nghị quyết 96/2023/QH15\n" +
            "QUỐC HỘI -------\n" +
            "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc --------------- Nghị quyết số: 96/2023/QH15\n" +
            "Hà Nội, ngày 23 tháng 6 năm 2023 NGHỊ QUYẾT VỀ VIỆC LẤY PHIẾU TÍN NHIỆM, BỎ PHIẾU TÍN NHIỆM ĐỐI VỚI NGƯỜI GIỮ CHỨC VỤ DO QUỐC HỘI, HỘI ĐỒNG NHÂN DÂN BẦU HOẶC PHÊ CHUẨN QUỐC HỘI\n" +
            "Căn cứ Hiến pháp nước Cộng hòa xã hội chủ nghĩa Việt Nam;\n" +
            "QUYẾT NGHỊ:\n" +
            "Điều 7. Trách nhiệm của cơ quan, tổ chức, cá nhân trong việc lấy phiếu tín nhiệm, bỏ phiếu tín nhiệm\n" +
            "4. Ủy ban Mặt trận Tổ quốc Việt Nam các cấp có trách nhiệm tập hợp, tổng hợp đầy đủ, kịp thời ý kiến, kiến nghị của cử tri và Nhân dân liên quan đến người được lấy phiếu tín nhiệm gửi đến Quốc hội, Hội đồng nhân dân.\n" +
            "Điều 14. Thủ tục đề nghị, kiến nghị Quốc hội, Hội đồng nhân dân bỏ phiếu tín nhiệm\n" +
            "1. Việc đề nghị, kiến nghị Quốc hội bỏ phiếu tín nhiệm quy định tại các điểm a, b và c khoản 1 Điều 13 của Nghị quyết này được thực hiện như sau:\n" +
            "a) Căn cứ vào kết quả hoạt động giám sát, chất vấn hoặc trong các trường hợp cần thiết khác, Ủy ban Thường vụ Quốc hội quyết định việc trình Quốc hội bỏ phiếu tín nhiệm đối với người giữ chức vụ do Quốc hội bầu hoặc phê chuẩn;\n" +
            "3. Văn bản đề nghị, kiến nghị Quốc hội, Hội đồng nhân dân bỏ phiếu tín nhiệm phải ghi rõ họ tên, chức vụ của người cần được đưa ra bỏ phiếu tín nhiệm và lý do của việc đề nghị, kiến nghị bỏ phiếu tín nhiệm.\n" +
            "Điều 22. Hiệu lực thi hành\n" +
            "3. Ủy ban Thường vụ Quốc hội hướng dẫn thi hành Nghị quyết này.\n" +
            "CHỦ TỊCH QUỐC HỘI Vương Đình Huệ\n", "NQ-96-2023-QH15-phieu-tinnhiem.txt");

        Assert.DoesNotContain(record.Tasks, t => t.Ordinal.StartsWith("14", StringComparison.Ordinal));
        Assert.Contains(record.Tasks, t => t.Text.StartsWith("Ủy ban Mặt trận Tổ quốc Việt Nam các cấp có trách nhiệm", StringComparison.Ordinal));
        Assert.Contains(record.Tasks, t => t.Text == "Ủy ban Thường vụ Quốc hội hướng dẫn thi hành Nghị quyết này.");
    }

    /// <summary>
    /// QD-59-QD-BTNMT-2024-chuongtrinh-NQ01-NQ02.txt: the crawler broke the title and Điều 1 before the hyphen of "kinh tế
    /// - xã hội" ("… KẾ HOẠCH PHÁT TRIỂN KINH TẾ" / "- XÃ HỘI VÀ DỰ TOÁN …"). The dash line goes on with the title and
    /// the article, so the title is whole and Điều 2 (entry into force and execution) is task 2, not an item of Điều 1.
    /// </summary>
    [Fact]
    public void A_line_broken_before_the_hyphen_of_kinh_te_xa_hoi_continues_the_title_and_the_article()
    {
        var record = Extract.Text(
            "Quyết định 59/QĐ-BTNMT\n" +
            "BỘ TÀI NGUYÊN VÀ MÔI TRƯỜNG -------\n" +
            "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc ---------------\n" +
            "Số: 59/QĐ-BTNMT\n" +
            "Hà Nội, ngày 08 tháng 01 năm 2024 QUYẾT ĐỊNH VỀ VIỆC BAN HÀNH CHƯƠNG TRÌNH HÀNH ĐỘNG CỦA NGÀNH TÀI NGUYÊN VÀ MÔI TRƯỜNG THỰC HIỆN CÁC NGHỊ QUYẾT CỦA CHÍNH PHỦ: SỐ 01/NQ-CP  NGÀY 05/01/2024 VỀ NHIỆM VỤ, GIẢI PHÁP CHỦ YẾU THỰC HIỆN KẾ HOẠCH PHÁT TRIỂN KINH TẾ\n" +
            "- XÃ HỘI VÀ DỰ TOÁN NGÂN SÁCH NHÀ NƯỚC NĂM 2024; SỐ 02/NQ-CP  NGÀY 05/01/2024 VỀ NHỮNG NHIỆM VỤ, GIẢI PHÁP CHỦ YẾU CẢI THIỆN MÔI TRƯỜNG KINH DOANH, NÂNG CAO NĂNG LỰC CẠNH TRANH QUỐC GIA NĂM 2024 BỘ TRƯỞNG BỘ TÀI NGUYÊN VÀ MÔI TRƯỜNG\n" +
            "Căn cứ Nghị định số 68/2022/NĐ-CP  ngày 22 tháng 9 năm 2022 của Chính phủ quy định chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức của Bộ Tài nguyên và Môi trường;\n" +
            "Theo đề nghị của Vụ trưởng Vụ Kế hoạch - Tài chính.\n" +
            "QUYẾT ĐỊNH:\n" +
            "Điều 1.\n" +
            "Ban hành kèm theo Quyết định này Chương trình hành động của ngành tài nguyên và môi trường thực hiện các Nghị quyết của Chính phủ: số 01/NQ-CP ngày 05 tháng 01 năm 2024 về nhiệm vụ, giải pháp chủ yếu thực hiện Kế hoạch phát triển kinh tế\n" +
            "- xã hội và dự toán ngân sách Nhà nước năm 2024; số 02/NQ-CP ngày 05 tháng 01 năm 2024 về những nhiệm vụ, giải pháp chủ yếu cải thiện môi trường kinh doanh, nâng cao năng lực cạnh tranh quốc gia năm 2024.\n" +
            "Điều 2.\n" +
            "Quyết định này có hiệu lực thi hành kể từ ngày ký.\n" +
            "Chánh Văn phòng Bộ, Vụ trưởng Vụ Kế hoạch - Tài chính, Thủ trưởng các đơn vị trực thuộc Bộ, Giám đốc Sở Tài nguyên và Môi trường các tỉnh, thành phố trực thuộc Trung ương chịu trách nhiệm thi hành Quyết định này./.\n" +
            "Nơi nhận:\n" +
            "- Như Điều 2;\n" +
            "- Văn phòng Chính phủ;\n" +
            "- Lưu: VT, KHTC.D.\n" +
            "BỘ TRƯỞNG Đặng Quốc Khánh\n", "QD-59-QD-BTNMT-2024-chuongtrinh-NQ01-NQ02.txt");

        Assert.Contains("KINH TẾ - XÃ HỘI VÀ DỰ TOÁN NGÂN SÁCH NHÀ NƯỚC NĂM 2024", record.Document.Title);
        Assert.EndsWith("NÂNG CAO NĂNG LỰC CẠNH TRANH QUỐC GIA NĂM 2024", record.Document.Title);
        var task = Assert.Single(record.Tasks);
        Assert.Equal("2", task.Ordinal);
    }

    /// <summary>
    /// The break is the crawler's only where the dash line goes on in the previous line's register: NQ 755/2005's
    /// "4. Tổ chức xã hội, tổ chức xã hội" / "- nghề nghiệp, …" and a year range "giai đoạn 2022" / "- 2025" are joined; a
    /// bullet after a lead-in's colon, a recipient entry under a signer's post ("PHÓ GIÁM ĐỐC" / "- UBND các xã, phường
    /// (p/h);") and an entry after a closed one are not.
    /// </summary>
    [Theory]
    [InlineData("4. Tổ chức xã hội, tổ chức xã hội", "- nghề nghiệp, tổ chức kinh tế thực hiện thanh toán", true)]
    [InlineData("phục vụ chuyển đổi số quốc gia giai đoạn 2022", "- 2025, tầm nhìn đến năm 2030 (Đề án 06/CP)", true)]
    [InlineData("Việc điều chỉnh quy hoạch thời kỳ 2021 - 2030 được thực hiện như sau:", "- Cơ quan tổ chức lập quy hoạch rà soát nội dung mâu thuẫn", false)]
    [InlineData("PHÓ GIÁM ĐỐC", "- UBND các xã, phường (p/h);", false)]
    [InlineData("- Văn phòng Chính phủ;", "- Bộ Kế hoạch và Đầu tư;", false)]
    public void A_dash_line_continues_only_a_compound_broken_in_the_same_register(string previous, string next, bool continues) =>
        Assert.Equal(continues, HyphenBreaks.ContinuesAcross(previous, next));
}
