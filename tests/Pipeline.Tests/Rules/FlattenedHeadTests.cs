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
    public void A_title_wrapped_after_a_connector_keeps_the_body_it_names()
    {
        Assert.False(Support.Extract.Recognizer.IsEnactingAuthority("HỘI ĐỒNG NHÂN DÂN TỈNH NĂM 2018", "VỀ CHƯƠNG TRÌNH GIÁM SÁT CỦA"));
        Assert.True(Support.Extract.Recognizer.IsEnactingAuthority("HỘI ĐỒNG NHÂN DÂN TỈNH BÌNH DƯƠNG", "CHƯƠNG TRÌNH GIÁM SÁT CỦA HỘI ĐỒNG NHÂN DÂN TỈNH NĂM 2018"));
    }
}
