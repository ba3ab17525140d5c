namespace Pipeline.Tests.Rules;

/// <summary>
/// pdftotext layout renderings of Lào Cai provincial documents (the Tenth collection, corpus/layout): the header and the
/// foot split into columns, a converter's banner before an appendix, footnotes at the foot of a page whose form feed the
/// copy lost. The lines are the documents' own, as printed there.
/// </summary>
public class ProvincialLayoutTests
{
    /// <summary>CV-7432/UBND-XD: the V/v trích yếu wraps under the Số line for six lines in the issuer's column.</summary>
    [Fact]
    public void A_long_trich_yeu_under_the_number_keeps_the_issuer_column_in_the_header()
    {
        var record = Support.Extract.Text("""
            [Bản trích chữ tự động bằng pdftotext từ CV-7432-UBND-XD-21-7-2026-trien-khai-QD-1074.pdf — 2 trang. Đối chiếu bản gốc trên GitHub khi trích nguyên văn.]

            ỦY BAN NHÂN DÂN                     CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
                     TỈNH LÀO CAI                            Độc lập - Tự do - Hạnh phúc

                     Số: 7432 /UBND-XD                      Lào Cai, ngày 21 tháng 7 năm 2026
             V/v triển khai thực hiện Quyết định số
             1074/QĐ-BXD ngày 29/6/2026 của Bộ
            Xây dựng ban hành các giải pháp kỹ thuật
            nâng cao an toàn phòng cháy, chữa cháy
             đối với các cơ sở, công trình không bảo
            đảm yêu cầu về phòng cháy và chữa cháy



                                     Kính gửi:
                                                  - Các Sở, ban, ngành thuộc tỉnh;
                                                  - Công an tỉnh;
                                                  - Ủy ban nhân dân các xã, phường.


                        Ngày 29/6/2026, Bộ trưởng Bộ Xây dựng ban hành Quyết định số
                 1074/QĐ-BXD về việc ban hành các giải pháp kỹ thuật nâng cao an toàn phòng
            """, "CV-7432.txt").Document;

        Assert.Equal("7432/UBND-XD", record.Reference);
        Assert.Equal("Ủy ban nhân dân tỉnh Lào Cai", record.Issuer);
        Assert.Equal("2026-07-21", record.IssuedDate);
    }

    /// <summary>QĐ 2167/QĐ-UBND: the repository's "=== PHỤ LỤC ===" banner follows the recipients in the left column,
    /// before the signature printed beside them.</summary>
    [Fact]
    public void An_appendix_banner_below_the_recipients_is_not_the_signers_position()
    {
        var record = Support.Extract.Text("""
              ỦY BAN NHÂN DÂN                CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
                TỈNH LÀO CAI                          Độc lập - Tự do - Hạnh phúc

               Số: 2167 /QĐ-UBND                 Lào Cai, ngày 23 tháng 6 năm 2026


                                          QUYẾT ĐỊNH
               Về việc công bố địa bàn ưu đãi đầu tư cấp xã trên địa bàn tỉnh Lào Cai

                  Điều 2. Ủy ban nhân dân cấp xã có trách nhiệm công khai thông tin tại
            địa phương, hỗ trợ nhà đầu tư trong quá trình thực hiện dự án.
            Nơi nhận:                                TM. ỦY BAN NHÂN DÂN
            - Như Điều 3;                                KT. CHỦ TỊCH
            - Bộ Tài chính (b/c);
            - Chủ tịch UBND tỉnh;                        PHÓ CHỦ TỊCH
            - Các PCT UBND tỉnh;
            - Lãnh đạo Văn phòng UBND tỉnh;
            - CV KT, XD-TNMT;
            - Lưu: VT, XD(An).




                                                           Phan Trung Bá

            =================== PHỤ LỤC ===================
                                                    Phụ lục
               DANH MỤC ĐỊA BÀN ƯU ĐÃI ĐẦU TƯ CẤP XÃ TRÊN ĐỊA BÀN TỈNH LÀO CAI
            """, "QD-2167.txt").Document;

        Assert.Equal("Phó Chủ tịch", record.Signer!.Position, ignoreCase: true);
        Assert.Equal("Phan Trung Bá", record.Signer.Name);
        Assert.Equal("VT, XD(An)", record.Archive);
    }

    /// <summary>QĐ 257/QĐ-BQLCKCN: footnotes end page 5 above its page number, and the copy lost the form feed; the
    /// first footnote cites a clause in lower case. Article 3, the recipients and the signature are on page 6.</summary>
    [Fact]
    public void A_footnote_ends_at_the_printed_page_number_when_the_form_feed_is_lost()
    {
        var record = Support.Extract.Text("""
              ỦY BAN NHÂN DÂN TỈNH LÀO CAI           CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
            BAN QUẢN LÝ CÁC KHU CÔNG NGHIỆP                Độc lập - Tự do - Hạnh phúc


                 Số: 257 /QĐ-BQLCKCN


                                           QUYẾT ĐỊNH:

                  Điều 2. Tổ chức thực hiện
                  1. Trách nhiệm của nhà đầu tư trong việc triển khai thực hiện dự án đầu tư:
                 g. Giấy xác nhận Đăng ký Kế hoạch bảo vệ môi trường số 02/GXN -
            STNMT ngày 07/01/2022 của Sở Tài nguyên và Môi trường xác nhận là văn bản
            tương đương với quyết định phê duyệt kết quả thẩm định báo cáo đánh giá tác
            động môi trường khi xem xét, cấp giấy phép môi trường1. Vì vậy, đề nghị Nhà
            đầu tư trước khi đi vào hoạt động sản xuất cần làm rõ và thực hiện thủ tục về
            Giấy phép môi trường2 hoặc Đăng ký môi trường3 theo quy định.




            1 khoản 1, khoản 2 Điều 171 Luật Bảo vệ môi trường năm 2020.
            2 Điều 39 Luật Bảo vệ môi trường số 72/2020/QH14; Khoản 1 mục VII Phụ lục IX Nghị Quyết số
            66.19/2026/NQ-CP ngày 18 tháng 5 năm 2026 của Chính phủ.
            3 Khoản 1 Điều 49 Luật bảo vệ môi trường số 72/2020/QH14; Khoản 3 mục VII Phụ lục IX Nghị Quyết số

            66.19/2026/NQ-CP ngày 18 tháng 5 năm 2026 của Chính phủ.
            4 Văn bản số 1908/CV-MundusStones ngày 19/8/2026 về việc cam kết về tiến độ thực hiện dự án đầu tư của

            Công ty cổ phần tập đoàn Đầu tư và Thương mại MundusStones
                                                              6

                 Điều 3. Điều khoản thi hành
                2. Công ty cổ phần tập đoàn đầu tư và thương mại Mundus Stones và các tổ
            chức, cá nhân có liên quan có trách nhiệm thi hành Quyết định này.
            Nơi nhận:                                                 TRƯỞNG BAN
            - Như Điều 3;
            - UBND tỉnh;
            - Lưu: VT, NV.

                                                                       Đỗ Việt Bách
            """, "QD-257.txt");

        Assert.Equal("Đỗ Việt Bách", record.Document.Signer!.Name);
        Assert.Equal("VT, NV", record.Document.Archive);
        Assert.Equal(2, record.Document.Recipients.Count);
        Assert.Contains(record.Tasks, t => t.Text.StartsWith("Công ty cổ phần tập đoàn đầu tư và thương mại Mundus Stones", StringComparison.Ordinal));
        // The lower-case first footnote is lifted out of the body as well: no task text carries it.
        Assert.DoesNotContain(record.Tasks, t => t.Text.Contains("Điều 171 Luật Bảo vệ môi trường", StringComparison.Ordinal));
    }
}
