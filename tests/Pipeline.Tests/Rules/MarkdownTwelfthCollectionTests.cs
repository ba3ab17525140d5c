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
}
