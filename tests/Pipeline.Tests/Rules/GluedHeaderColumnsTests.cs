namespace Pipeline.Tests.Rules;

/// <summary>
/// OCR text of a scan (delivered as markdown) that read the two-column header across both columns: the issuer and the
/// motto, the number and the place-date share a line. The header of corpus/markdown/CV-4489-TCT-TTKT-TMDT-OCR.md (dev) as
/// printed there, OCR damage included; TB-08-TB-LPQT-BNG-2024-hieuluc-dieuuoc-OCR.md's (dev) first two lines as printed,
/// its number and date lines (unreadable there) written out.
/// </summary>
public class GluedHeaderColumnsTests
{
    [Fact]
    public void The_number_and_the_place_date_on_one_line_are_both_read()
    {
        var record = Support.Extract.Text("""
            BỘ TÀI CHÍNH - CONG HOA XÃ HỘI CHỦ NGA VIET NAM
            TONG CỤC THUE Độc lập - Tự do — Hanh phúc
            Số: 4489 /TCT-TTKT Hà Nội, ngày ñ| tháng 42 năm 2022

            V/v tăng cường công tác quản lý
            thuế đổi với hộ, cá nhân kinh
            đoanh trên sản TMĐT.

            Kính gửi: Cục Thuế các tỉnh, thành phố trực thuộc Trung ương.

            Tổng cục Thuế đã ban hành Công văn số 1923/TCT-TTKT ngày 06/6/2022.
            """, "CV-4489.md").Document;

        Assert.Equal("4489/TCT-TTKT", record.Reference);
        Assert.Equal("Hà Nội", record.Place);
        // The issuer is the lower line, as OCR read it; the rule between the issuer and the motto is not part of it.
        Assert.Equal("tong cục thue", record.Issuer, ignoreCase: true);
    }

    [Fact]
    public void A_motto_whose_hyphens_ocr_read_as_em_dashes_is_split_off_the_issuer()
    {
        // corpus/markdown/CV-4451-TCT-TTKT-chanchinh-baocao-TMDT-OCR.md (dev): the e-signature stamp and the motto's first
        // line run into one paragraph above; the issuer shares its line with the motto, whose hyphens OCR read as "—".
        var record = Support.Extract.Text("""
            Ký bởi: Tổng cục Thuế
            Địa chỉ: 123 Lò Duc
            @® Thời gian ky: 30.11.2022 14:39
            BO TÀI CHÍNH CONG HOA XÃ HỘI CHỦ NGH. TNAM

            TỎNG CỤC THUÊ Độc lập — Tự do — Hạnh phúc

            Số: 4454 /TCT-TTKT Hà Nội, ngày 29 tháng 44 năm 2022
            V/v Chân chỉnh công tác

            Kính gửi: Cục Thuế các tỉnh, thành phố trực thuộc Trung ương.

            Tổng cục Thuế đã ban hành Công văn số 997/TCT-TTKT ngày 4/4/2022.
            """, "CV-4451.md").Document;

        Assert.Equal("tỏng cục thuê", record.Issuer, ignoreCase: true);
        Assert.Equal("2022", record.IssuedDate);
    }

    [Fact]
    public void The_issuer_is_read_from_a_line_it_shares_with_the_motto()
    {
        var record = Support.Extract.Text("""
            BỘ NGOẠI GIAO CONG HOA XÃ HỘI CHỦ NGHĨA VIỆT NAM
            . Độc lập - Tự do - Hạnh phúc
            Số: 08/TB-LPQT

            Hà Nội, ngày 26 tháng 01 năm 2024

            THÔNG BÁO
            Về hiệu lực của điều ước quốc tế

            Thực hiện quy định tại Điều 56 của Luật Điều ước quốc tế năm 2016, Bộ Ngoại giao trân trọng thông báo:
            """, "TB-08.md").Document;

        Assert.Equal("Bộ Ngoại giao", record.Issuer);
    }

    [Fact]
    public void A_joint_header_keeps_the_dash_that_carries_it_to_the_next_line()
    {
        var record = Support.Extract.Text("""
            BỘ CÔNG AN - BỘ QUỐC PHÒNG -
            BỘ Y TẾ
            CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
            Số: 24/HDLN-BCA-BQP-BYT
            Hà Nội, ngày 25 tháng 6 năm 2026
            HƯỚNG DẪN
            Về việc xử lý vi phạm
            """, "HDLN.md").Document;

        Assert.Equal("Bộ Công an - Bộ Quốc phòng - Bộ Y tế", record.Issuer, ignoreCase: true);
    }
}
