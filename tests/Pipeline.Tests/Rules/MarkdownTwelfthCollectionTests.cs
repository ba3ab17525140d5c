using Pipeline.Tests.Support;

namespace Pipeline.Tests.Rules;

/// <summary>
/// Constructs of the Twelfth collection (dev, added by session s30md: markdown conversions measured unseen before these
/// rules), each on the real lines of its document under corpus/markdown/.
/// </summary>
public class MarkdownTwelfthCollectionTests
{
    // NQ-02-2017-NQ-HDND-HauGiang-suadoi-HTX-body.md, as the batch stores it: CR LF inside a paragraph, LF at its end.
    private const string HauGiang =
        "<jsontable name=\"bang_0\"> </jsontable>\n\u00a0\nNGHỊ QUYẾT\nSỬA\r\n" +
        "ĐỔI, BỔ SUNG MỘT SỐ ĐIỀU CỦA NGHỊ QUYẾT SỐ 02/2014/NQ-HĐND NGÀY 08 THÁNG 7 NĂM\r\n" +
        "2014 CỦA HỘI ĐỒNG NHÂN DÂN TỈNH HẬU GIANG VỀ VIỆC THÔNG QUA ĐỀ ÁN VỀ NÂNG CAO\r\n" +
        "CHẤT LƯỢNG HOẠT ĐỘNG CỦA HỢP TÁC XÃ TRÊN ĐỊA BÀN TỈNH HẬU GIANG GIAI ĐOẠN 2014\r\n" +
        "- 2016 VÀ ĐỊNH HƯỚNG ĐẾN NĂM 2020\n" +
        "HỘI ĐỒNG NHÂN DÂN TỈNH HẬU GIANG\r\nKHÓA IX KỲ HỌP THỨ SÁU\n" +
        "Căn cứ Luật Tổ chức chính quyền\r\nđịa phương ngày 19 tháng 6 năm 2015;\n" +
        "Căn cứ Luật Ban hành văn bản\r\nquy phạm pháp luật ngày 22 tháng 6 năm 2015;\n" +
        "Căn cứ Luật Hợp tác xã ngày 20\r\ntháng 11 năm 2012;\n" +
        "Căn cứ Nghị định số\r\n193/2013/NĐ-CP ngày 21 tháng 11 năm 2013 của Chính phủ quy định chi tiết một số\r\nđiều của Luật Hợp tác xã;\n" +
        "Căn cứ Quyết định số\r\n62/2013/QĐ-TTg ngày 25 tháng 10 năm 2013 của Thủ tướng Chính phủ về chính sách\r\n" +
        "khuyến khích phát triển hợp tác, liên kết sản xuất gắn với tiêu thụ nông sản,\r\nxây dựng cánh đồng lớn;\n" +
        "Xét Tờ trình số 120/TTr-UBND\r\n" +
        "ngày 21 tháng 6 năm 2017 của Ủy ban nhân dân tỉnh Hậu Giang về việc đề nghị sửa\r\n" +
        "đổi, bổ sung một số điều của Nghị quyết số 02/2014/NQ-HĐND ngày 08 tháng 7 năm\r\n" +
        "2014 của Hội đồng nhân dân tỉnh Hậu Giang về việc thông qua Đề án về nâng cao\r\n" +
        "chất lượng hoạt động của hợp tác xã trên địa bàn tỉnh Hậu Giang giai đoạn 2014\r\n" +
        "- 2016 và định hướng đến năm 2020; Báo cáo thẩm tra của Ban Kinh tế - Ngân sách\r\n" +
        "Hội đồng nhân dân tỉnh; Ý kiến thảo luận của đại biểu Hội đồng nhân dân tỉnh tại\r\nkỳ họp.\n" +
        "QUYẾT NGHỊ:\n" +
        "Điều 1. Sửa đổi, bổ sung một số điều của Nghị quyết số\r\n" +
        "02/2014/NQ-HĐND ngày 08 tháng 7 năm 2014 của Hội đồng nhân dân tỉnh Hậu Giang về\r\n" +
        "việc thông qua Đề án về nâng\r\n" +
        "cao chất lượng hoạt động của hợp tác xã trên địa bàn tỉnh Hậu Giang giai đoạn\r\n" +
        "2014 - 2016 và định hướng đến năm 2020:\n" +
        "1. Tiểu tiết (+) thứ nhất, Tiết (-) thứ ba Điểm b Khoản 2\r\nĐiều 1 được sửa đổi, bổ sung như sau:\n" +
        "“+ Hỗ trợ kinh\r\nphí tập huấn, bồi dưỡng về chuyên môn, nghiệp vụ, kỹ thuật đối với cán bộ quản\r\n" +
        "lý, thành viên và người lao động trong hợp tác xã.”\n" +
        "Điều 2. Hội đồng nhân dân tỉnh giao Ủy ban nhân dân tỉnh điều chỉnh Đề\r\n" +
        "án về nâng cao chất lượng hoạt động của hợp tác\r\n" +
        "xã trên địa bàn tỉnh Hậu Giang giai đoạn 2014 - 2016 và định hướng đến năm 2020\r\n" +
        "theo Nghị quyết này và tổ chức thực hiện theo quy định.\n" +
        "Điều 3. Hội đồng nhân dân tỉnh\r\n" +
        "giao Thường trực Hội đồng nhân dân, các Ban Hội đồng nhân dân, Tổ đại biểu Hội đồng nhân dân và đại biểu Hội đồng\r\n" +
        "nhân dân tỉnh giám sát quá trình thực hiện Nghị quyết.\n" +
        "Nghị quyết này đã được Hội\r\n" +
        "đồng nhân dân tỉnh Hậu Giang Khóa IX Kỳ họp thứ Sáu thông qua ngày 13 tháng 7\r\n" +
        "năm 2017 và có hiệu lực từ ngày 23 tháng 7 năm 2017./.\n\u00a0\n<jsontable name=\"bang_1\"> </jsontable>";

    /// <summary>
    /// NQ 02/2017 Hậu Giang: the title and the "Xét Tờ trình …" paragraph are cut on a year, "… GIAI ĐOẠN 2014" / "- 2016 VÀ
    /// ĐỊNH HƯỚNG …": the dash joins the range's two years, it opens no bullet, so the title goes on and no task starts there.
    /// </summary>
    [Fact]
    public void A_year_range_wrapped_at_its_dash_continues_the_title_and_the_paragraph()
    {
        var record = Extract.Text(HauGiang, "sample.md");

        Assert.Equal("SỬA ĐỔI, BỔ SUNG MỘT SỐ ĐIỀU CỦA NGHỊ QUYẾT SỐ 02/2014/NQ-HĐND NGÀY 08 THÁNG 7 NĂM 2014 CỦA HỘI ĐỒNG NHÂN DÂN TỈNH "
                     + "HẬU GIANG VỀ VIỆC THÔNG QUA ĐỀ ÁN VỀ NÂNG CAO CHẤT LƯỢNG HOẠT ĐỘNG CỦA HỢP TÁC XÃ TRÊN ĐỊA BÀN TỈNH HẬU GIANG GIAI "
                     + "ĐOẠN 2014 - 2016 VÀ ĐỊNH HƯỚNG ĐẾN NĂM 2020", record.Document.Title);
        Assert.Equal(["2", "3"], record.Tasks.Select(t => t.Ordinal));
        Assert.DoesNotContain(record.Tasks, t => t.Text.StartsWith("2016", StringComparison.Ordinal));
    }

    /// <summary>NQ 02/2017 Hậu Giang, Điều 2: "giao Ủy ban nhân dân tỉnh điều chỉnh Đề án …" — adjusting is the action, not the name.</summary>
    [Fact]
    public void Adjusting_ends_the_assigned_body_s_name()
    {
        var record = Extract.Text(HauGiang, "sample.md");

        var task = Assert.Single(record.Tasks, t => t.Ordinal == "2");
        Assert.Equal(["Ủy ban nhân dân tỉnh"], task.Units.Select(u => u.Name));
    }

    /// <summary>
    /// QD-01-2025-QD-UBND-HaNoi-dongia-boithuong.md, Điều 4: "Giám đốc các Sở, Ban, ngành Thành phố" is one collective, as
    /// "các sở, ban, ngành" is; the capital of "Ban" makes it no body of its own.
    /// </summary>
    [Fact]
    public void A_capitalised_kind_after_a_collective_kind_stays_in_the_collective()
    {
        var record = Extract.Text(
            "ỦY BAN NHÂN DÂN  \nTHÀNH PHỐ HÀ NỘI  \nSố: 01      /2025/QĐ-UBND  \n      \n" +
            "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM  \nĐộc lập - Tự do - Hạnh phúc  \n      \nHà Nội, ngày 15 tháng 01 năm 2025  \n      \n" +
            "QUYẾT ĐỊNH  \nVề việc Ban hành đơn giá xây dựng mới về nhà, nhà ở,  \n" +
            "công trình xây dựng gắn liền với đất để làm căn cứ tính bồi thường thiệt hại  \n" +
            "khi Nhà nước thu hồi đất trên địa bàn thành phố Hà Nội  \n      \nỦY BAN NHÂN DÂN THÀNH PHỐ HÀ NỘI  \n      \n" +
            "Căn cứ Luật Đất đai số 31/2024/QH15 ngày 18/01/2024;  \n      \nQUYẾT ĐỊNH:  \n      \n" +
            "**Điều 1.** Ban hành đơn giá xây dựng mới về nhà, nhà ở, công trình xây dựng gắn liền với đất để làm căn cứ tính bồi thường thiệt hại khi Nhà nước thu hồi đất trên địa bàn thành phố Hà Nội (chi tiết trong phụ lục I, II và III kèm theo Quyết định này).  \n      \n" +
            "Điều 4. Chánh Văn phòng UBND Thành phố; Giám đốc các Sở, Ban, ngành Thành phố; Chủ tịch UBND các quận, huyện, thị xã Sơn Tây và các tổ chức, cá nhân có liên quan chịu trách nhiệm thi hành Quyết định này./.\n\n" +
            "Nơi nhận:\n- Như Điều 4;\n- Văn phòng Chính phủ;\n- Lưu: VT, ĐT(homg).\n", "sample.md");

        var task = Assert.Single(record.Tasks, t => t.Ordinal == "4");
        Assert.Equal(["Chánh Văn phòng UBND Thành phố", "Giám đốc các Sở, Ban, ngành Thành phố", "Chủ tịch UBND các quận, huyện, thị xã Sơn Tây",
                      "các tổ chức, cá nhân có liên quan"], task.Units.Select(u => u.Name));
    }

    /// <summary>
    /// NQ-118-2017-NQ-HDND-DongThap-laisuat-dulich-body.md: the adoption clause's first line stops short before a capital,
    /// "Nghị quyết này đã được" / "Hội đồng nhân dân tỉnh Đồng Tháp khoá IX, … thông qua …"; read together the two halves are
    /// the closing formula, not the last article's text.
    /// </summary>
    [Fact]
    public void An_adoption_clause_cut_before_a_capital_is_still_the_closing_formula()
    {
        var record = Extract.Text(
            "<jsontable name=\"bang_0\"> </jsontable>\n\u00a0\nNGHỊ QUYẾT\nVỀ VIỆC HỖ TRỢ\r\n" +
            "LÃI SUẤT CHO VAY ĐẦU TƯ PHÁT TRIỂN LOẠI HÌNH DU LỊCH CỘNG ĐỒNG TRÊN ĐỊA BÀN\r\nTỈNH ĐỒNG THÁP\n" +
            "HỘI ĐỒNG NHÂN DÂN TỈNH ĐỒNG THÁP\r\nKHÓA IX - KỲ HỌP THỨ NĂM\n" +
            "Căn cứ Luật Tổ chức chính quyền địa phương\r\nngày 19 tháng 6 năm 2015;\n" +
            "Căn cứ Luật Ngân sách nhà nước ngày 25 tháng\r\n6 năm 2015;\n" +
            "QUYẾT NGHỊ:\n" +
            "Điều 1. Thống nhất quy định mức hỗ trợ lãi suất cho vay đầu tư\r\n" +
            "phát triển loại hình du lịch cộng đồng trên địa bàn tỉnh Đồng Tháp. Cụ thể như\r\nsau:\n" +
            "1. Phạm vi và đối\r\ntượng hỗ trợ.\n" +
            "a) Phạm vi: Hỗ trợ lãi\r\nsuất cho vay đầu tư phát triển loại hình du lịch cộng đồng trên địa bàn tỉnh Đồng\r\nTháp.\n" +
            "b) Đối tượng: Các hộ\r\ngia đình có nhu cầu vay vốn đầu tư phát triển loại hình du lịch cộng đồng trên\r\n" +
            "địa bàn tỉnh Đồng Tháp. Mỗi hộ gia đình được hỗ trợ một lần.\n" +
            "4. Nguồn kinh phí thực\r\nhiện: Từ nguồn kinh phí sự nghiệp kinh tế hàng năm của Tỉnh.\n" +
            "Điều 2: Giao Ủy ban nhân dân tỉnh Đồng Tháp tổ chức triển khai\r\nthực hiện Nghị quyết này.\n" +
            "Điều 3: Thường trực Hội đồng nhân dân, các Ban của Hội đồng nhân\r\n" +
            "dân Hội đồng nhân dân và các đại biểu Hội đồng nhân dân Tỉnh giám sát việc thực\r\nhiện Nghị quyết này.\n" +
            "Nghị quyết này đã được\r\n" +
            "Hội đồng nhân dân tỉnh Đồng Tháp khoá IX, kỳ họp thứ năm thông qua ngày 14 tháng\r\n" +
            "7 năm 2017 và có hiệu lực từ ngày 01 tháng 8 năm 2017./.\n\u00a0\n<jsontable name=\"bang_1\"> </jsontable>", "sample.md");

        var task = Assert.Single(record.Tasks, t => t.Ordinal == "3");
        Assert.EndsWith("giám sát việc thực hiện Nghị quyết này.", task.Text);
    }

    /// <summary>
    /// QD-01-2025-QD-UBND-HaNoi-dongia-boithuong.md, Điều 3: "Trong quá trình …, hỗ trợ giải phóng mặt bằng, UBND các quận,
    /// huyện, thị xã Sơn Tây gửi văn bản đề nghị cơ quan thuế cấp huyện … phối hợp cung cấp thông tin …": the body after the
    /// adverbial acts; the tax office is asked by the district's letter, not by the decision, so it is no unit.
    /// </summary>
    [Fact]
    public void The_subject_after_an_adverbial_acts_and_the_body_its_letter_asks_is_no_unit()
    {
        var record = Extract.Text(
            "ỦY BAN NHÂN DÂN  \nTHÀNH PHỐ HÀ NỘI  \nSố: 01      /2025/QĐ-UBND  \n      \n" +
            "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM  \nĐộc lập - Tự do - Hạnh phúc  \n      \nHà Nội, ngày 15 tháng 01 năm 2025  \n      \n" +
            "QUYẾT ĐỊNH  \nVề việc Ban hành đơn giá xây dựng mới về nhà, nhà ở,  \n" +
            "công trình xây dựng gắn liền với đất để làm căn cứ tính bồi thường thiệt hại  \n" +
            "khi Nhà nước thu hồi đất trên địa bàn thành phố Hà Nội  \n      \nỦY BAN NHÂN DÂN THÀNH PHỐ HÀ NỘI  \n      \n" +
            "Căn cứ Luật Đất đai số 31/2024/QH15 ngày 18/01/2024;  \n      \nQUYẾT ĐỊNH:  \n      \n" +
            "**Điều 1.** Ban hành đơn giá xây dựng mới về nhà, nhà ở, công trình xây dựng gắn liền với đất để làm căn cứ tính bồi thường thiệt hại khi Nhà nước thu hồi đất trên địa bàn thành phố Hà Nội (chi tiết trong phụ lục I, II và III kèm theo Quyết định này).  \n\n" +
            "Điều 3. Điều khoản chuyển tiếp và tổ chức thực hiện\n\n" +
            "1. Đối với những dự án, hạng mục chưa phê duyệt phương án bồi thường, hỗ trợ và tái định cư tại thời điểm Quyết định này có hiệu lực thì hành thì xác định giá trị bồi thường, hỗ trợ theo đơn giá tại Quyết định này.\n" +
            "2. Việc áp dụng đơn giá có thuế giá trị gia tăng và không có thuế giá trị gia tăng tại quyết định này được tổ chức thực hiện như sau:\n" +
            "  a) Đơn giá làm cơ sở xác định giá trị bồi thường, hỗ trợ cho các cá nhân, hộ gia đình là đơn giá đã bao gồm thuế giá trị gia tăng.\n" +
            "  b) Đơn giá làm cơ sở xác định giá trị bồi thường, hỗ trợ cho các tổ chức, doanh nghiệp: Trường hợp tài sản không kê khai khấu trừ thuế giá trị gia tăng đầu vào: áp dụng đơn giá đã bao gồm thuế giá trị gia tăng.\n\n" +
            "Trong quá trình tổ chức thực hiện xây dựng phương án bồi thường, hỗ trợ giải phóng mặt bằng, UBND các quận, huyện, thị xã Sơn Tây gửi văn bản đề nghị cơ quan thuế cấp huyện quản lý các tổ chức, doanh nghiệp và hộ kinh doanh phối hợp cung cấp thông tin về việc kê khai khấu trừ thuế giá trị gia tăng của tài sản hoặc hàng hóa, dịch vụ mua vào phục vụ việc hình thành tài sản của các đối tượng này để áp dụng đơn giá làm cơ sở xác định giá trị bồi thường, hỗ trợ đúng quy định.\n\n" +
            "Điều 4. Chánh Văn phòng UBND Thành phố; Giám đốc các Sở, Ban, ngành Thành phố; Chủ tịch UBND các quận, huyện, thị xã Sơn Tây và các tổ chức, cá nhân có liên quan chịu trách nhiệm thi hành Quyết định này./.\n\n" +
            "Nơi nhận:\n- Như Điều 4;\n- Văn phòng Chính phủ;\n- Lưu: VT, ĐT(homg).\n", "sample.md");

        var task = Assert.Single(record.Tasks, t => t.Text.Contains("gửi văn bản đề nghị", StringComparison.Ordinal));
        Assert.Equal(["UBND các quận, huyện, thị xã Sơn Tây"], task.Units.Select(u => u.Name));
    }
}
