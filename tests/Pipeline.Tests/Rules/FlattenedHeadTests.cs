namespace Pipeline.Tests.Rules;

/// <summary>
/// Text scrapes of legal portals run a header's blocks together on one line and print the signature block on one
/// line; decisions of a collective body print the enacting authority in capitals under the title. Lines from
/// corpus/markdown/QD-12-2024-QD-TTg.txt and corpus/markdown/NQ-04-NQ-HDND-BinhDuong-chuongtrinh-giamsat-2018-body.md (dev).
/// </summary>
public class FlattenedHeadTests
{
    [Fact]
    public void Place_date_type_word_title_and_first_sentence_on_one_line_are_read_apart()
    {
        var record = Support.Extract.Text("""
            THỦ TƯỚNG CHÍNH PHỦ
            CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
            Độc lập - Tự do - Hạnh phúc
            Số: 12/2024/QĐ-TTg
            Hà Nội, ngày 31 tháng 7 năm 2024 QUYẾT ĐỊNH VỀ CƠ CHẾ, CHÍNH SÁCH GIẢI QUYẾT VIỆC LÀM VÀ ĐÀO TẠO NGHỀ CHO NGƯỜI CÓ ĐẤT THU HỒI Căn cứ Luật Tổ chức Chính phủ ngày 19 tháng 6 năm 2015;
            Điều 1. Phạm vi điều chỉnh
            Quyết định này quy định cơ chế, chính sách giải quyết việc làm và đào tạo nghề cho người có đất thu hồi.
            KT. THỦ TƯỚNG PHÓ THỦ TƯỚNG Trần Hồng Hà
            """).Document;

        Assert.Equal("QD", record.Type?.Code);
        Assert.Equal("Hà Nội", record.Place);
        Assert.Equal("2024-07-31", record.IssuedDate);
        Assert.Equal("VỀ CƠ CHẾ, CHÍNH SÁCH GIẢI QUYẾT VIỆC LÀM VÀ ĐÀO TẠO NGHỀ CHO NGƯỜI CÓ ĐẤT THU HỒI", record.Title);
        Assert.Equal("Trần Hồng Hà", record.Signer?.Name);
        Assert.Equal("Phó Thủ tướng", record.Signer?.Position);
        Assert.Equal("KT. Thủ tướng", record.Signer?.Authority);
    }

    [Fact]
    public void The_enacting_authority_under_the_title_is_not_title()
    {
        var record = Support.Extract.Text("""
            HỘI ĐỒNG NHÂN DÂN
            TỈNH BÌNH DƯƠNG
            Số: 04/NQ-HĐND
            Bình Dương, ngày 21 tháng 7 năm 2017
            NGHỊ QUYẾT
            VỀ
            CHƯƠNG TRÌNH GIÁM SÁT CỦA HỘI ĐỒNG NHÂN DÂN TỈNH NĂM 2018
            HỘI ĐỒNG NHÂN DÂN TỈNH BÌNH DƯƠNG
            KHÓA IX - KỲ HỌP THỨ TƯ
            Căn cứ Luật tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;
            QUYẾT NGHỊ:
            Điều 1. Thông qua Chương trình giám sát của Hội đồng nhân dân tỉnh năm 2018.
            """).Document;

        Assert.Equal("VỀ CHƯƠNG TRÌNH GIÁM SÁT CỦA HỘI ĐỒNG NHÂN DÂN TỈNH NĂM 2018", record.Title);
    }

    [Fact]
    public void A_scrapes_enacting_authority_run_onto_the_title_is_cut_off()
    {
        // corpus/markdown/NQ-23-2003-QH11-nhadat-truoc-1991.txt and NQ-132-2020-QH14-dat-quocphong.txt (dev): the
        // scrape prints place-date, type word, title, enacting authority and the preamble on one line.
        var nq23 = Support.Extract.Text("""
            QUỐC HỘI ******** CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc ********
            Số: 23/2003/QH11
            Hà Nội, ngày 26 tháng 11 năm 2003 NGHỊ QUYẾT VỀ NHÀ ĐẤT DO NHÀ NƯỚC ĐÃ QUẢN LÝ, BỐ TRÍ SỬ DỤNG TRONG QUÁ TRÌNH THỰC HIỆN CÁC CHÍNH SÁCH QUẢN LÝ NHÀ ĐẤT VÀ CHÍNH SÁCH CẢI TẠO XÃ HỘI CHỦ NGHĨA TRƯỚC NGÀY 01 THÁNG 7 NĂM 1991 QUỐC HỘI NƯỚC CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM Xét thấy, trong sự nghiệp đấu tranh giải phóng dân tộc, Nhà nước đã ban hành và tổ chức thực hiện các chính sách về quản lý nhà đất;
            Căn cứ vào Hiến pháp nước Cộng hoà xã hội chủ nghĩa Việt Nam năm 1992;
            QUYẾT NGHỊ
            Điều 1: Nhà nước không xem xét lại chủ trương, chính sách và việc thực hiện các chính sách về quản lý nhà đất.
            """).Document;
        Assert.Equal("VỀ NHÀ ĐẤT DO NHÀ NƯỚC ĐÃ QUẢN LÝ, BỐ TRÍ SỬ DỤNG TRONG QUÁ TRÌNH THỰC HIỆN CÁC CHÍNH SÁCH QUẢN LÝ NHÀ ĐẤT VÀ CHÍNH SÁCH CẢI TẠO XÃ HỘI CHỦ NGHĨA TRƯỚC NGÀY 01 THÁNG 7 NĂM 1991", nq23.Title);

        var nq132 = Support.Extract.Text("""
            QUỐC HỘI
            CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc --------------- Nghị quyết số:
            132/2020/QH14
            Hà Nội, ngày 17 tháng 11 năm 2020 NGHỊ QUYẾT THÍ ĐIỂM MỘT SỐ CHÍNH SÁCH ĐỂ THÁO GỠ VƯỚNG MẮC, TỒN ĐỌNG TRONG QUẢN LÝ, SỬ DỤNG ĐẤT QUỐC PHÒNG, AN NINH KẾT HỢP VỚI HOẠT ĐỘNG LAO ĐỘNG SẢN XUẤT, XÂY DỰNG KINH TẾ QUỐC HỘI
            Căn cứ Hiến pháp nước Cộng hòa xã hội chủ nghĩa Việt Nam;
            QUYẾT NGHỊ:
            Điều 1. Phạm vi điều chỉnh
            """).Document;
        Assert.Equal("THÍ ĐIỂM MỘT SỐ CHÍNH SÁCH ĐỂ THÁO GỠ VƯỚNG MẮC, TỒN ĐỌNG TRONG QUẢN LÝ, SỬ DỤNG ĐẤT QUỐC PHÒNG, AN NINH KẾT HỢP VỚI HOẠT ĐỘNG LAO ĐỘNG SẢN XUẤT, XÂY DỰNG KINH TẾ", nq132.Title);
    }

    [Fact]
    public void A_scraped_title_that_names_a_body_after_a_connector_keeps_it()
    {
        // QĐ-12/2024's scraped head line (dev) with its title ending in a body bound by "CỦA": nothing is cut.
        var record = Support.Extract.Text("""
            THỦ TƯỚNG CHÍNH PHỦ
            CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
            Độc lập - Tự do - Hạnh phúc
            Số: 12/2024/QĐ-TTg
            Hà Nội, ngày 31 tháng 7 năm 2024 QUYẾT ĐỊNH BAN HÀNH QUY CHẾ LÀM VIỆC CỦA ỦY BAN NHÂN DÂN Căn cứ Luật Tổ chức Chính phủ ngày 19 tháng 6 năm 2015;
            Điều 1. Phạm vi điều chỉnh
            """).Document;
        Assert.Equal("BAN HÀNH QUY CHẾ LÀM VIỆC CỦA ỦY BAN NHÂN DÂN", record.Title);
    }

    [Fact]
    public void A_title_wrapped_after_a_connector_keeps_the_body_it_names()
    {
        Assert.False(Support.Extract.Recognizer.IsEnactingAuthority("HỘI ĐỒNG NHÂN DÂN TỈNH NĂM 2018", "VỀ CHƯƠNG TRÌNH GIÁM SÁT CỦA"));
        Assert.True(Support.Extract.Recognizer.IsEnactingAuthority("HỘI ĐỒNG NHÂN DÂN TỈNH BÌNH DƯƠNG", "CHƯƠNG TRÌNH GIÁM SÁT CỦA HỘI ĐỒNG NHÂN DÂN TỈNH NĂM 2018"));
    }

    [Theory]
    [InlineData("Nguyễn Văn An (Đã ký)")]
    [InlineData("(Đã ký) Nguyễn Văn An")]
    public void A_scrapes_name_beside_the_portals_signed_note_is_the_signer(string foot)
    {
        // The end of corpus/markdown/NQ-23-2003-QH11-nhadat-truoc-1991.txt (dev): the portal kept neither the post nor
        // a Nơi nhận, only the name and its "(Đã ký)".
        var record = Support.Extract.Text($"""
            QUỐC HỘI
            CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM
            Số: 23/2003/QH11
            Hà Nội, ngày 26 tháng 11 năm 2003
            NGHỊ QUYẾT
            VỀ NHÀ ĐẤT DO NHÀ NƯỚC ĐÃ QUẢN LÝ
            Điều 5: Nghị quyết này có hiệu lực thi hành kể từ ngày 01 tháng 7 năm 2004.
            Quốc hội kêu gọi đồng bào trong nước và kiều bào ta ở nước ngoài vì lợi ích chung của toàn dân tộc, đồng tình ủng hộ và thực hiện nghiêm chỉnh Nghị quyết của Quốc hội.
            Nghị quyết này đã được Quốc hội nước Cộng hoà xã hội chủ nghĩa Việt Nam khoá XI, kỳ họp thứ 4 thông qua ngày 26 tháng 11 năm 2003.
            {foot}
            """).Document;

        Assert.Equal("Nguyễn Văn An", record.Signer?.Name);
    }

    [Fact]
    public void A_superior_body_run_onto_the_issuer_on_one_line_is_not_the_issuer()
    {
        // corpus/markdown/CV-778-TCHQ-GSQL-dieu41.txt (dev): the scrape prints the superior body, the issuer and the motto
        // on one line.
        var record = Support.Extract.Text("""
            BỘ TÀI CHÍNH TỔNG CỤC HẢI QUAN ------- CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc ---------------
            Số: 778/TCHQ-GSQL V/v xử lý vướng mắc thực hiện Điều 41 Luật HQ năm 2014
            Hà Nội, ngày 13 tháng 02 năm 2017 Kính gửi: Cục Hải quan các tỉnh, thành phố.
            Để đảm bảo việc trao đổi thông tin điện tử giữa cơ quan Hải quan và doanh nghiệp kinh doanh cảng, kho, bãi tại khu vực cửa khẩu cảng biển theo quy định tại Điều 41 Luật Hải quan, Tổng cục Hải quan yêu cầu Cục Hải quan các tỉnh, thành phố thông báo, hướng dẫn Chi cục Hải quan trực thuộc và người khai hải quan thực hiện nội dung sau:
            """).Document;

        Assert.Equal("Tổng cục Hải quan", record.Issuer);
    }

    [Theory]
    [InlineData("ỦY BAN NHÂN DÂN", "THÀNH PHỐ HẢI PHÒNG", "Ủy ban nhân dân thành phố Hải Phòng")]
    [InlineData("ỦY BAN NHÂN DÂN", "HUYỆN VỤ BẢN", "Ủy ban nhân dân huyện Vụ Bản")]
    [InlineData("BỘ TÀI CHÍNH", "", "Bộ Tài chính")]
    // corpus/layout/CV-2449-CV-DU-LaoCai-trienkhai-CTr-104.txt (dev): the Party committee of a body is one name.
    [InlineData("ĐẢNG BỘ TỈNH LÀO CAI", "ĐẢNG ỦY ỦY BAN NHÂN DÂN TỈNH", "Đảng ủy Ủy ban nhân dân tỉnh")]
    public void A_place_that_holds_a_unit_head_stays_with_its_body(string first, string second, string issuer)
    {
        var record = Support.Extract.Text($"""
            {first}
            {second}
            Số: 12/TB-UBND
            Hải Phòng, ngày 13 tháng 02 năm 2017
            THÔNG BÁO
            Về việc nghỉ lễ
            """).Document;

        Assert.Equal(issuer, record.Issuer);
    }
}
