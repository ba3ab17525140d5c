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

    /// <summary>QĐ 2736/QĐ-UBND (Tenth collection): the council's duty bullets are its tasks; the bullets on its seal, its
    /// members' part-time status and its self-dissolution are not (corpus/expected/README.md, QĐ articles).</summary>
    private const string CouncilDecision = """
          ỦY BAN NHÂN DÂN                CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
            TỈNH LÀO CAI                          Độc lập - Tự do - Hạnh phúc

         Số: 2736 /QĐ-UBND                 Lào Cai, ngày 06 tháng 8 năm 2026

                                     QUYẾT ĐỊNH
              Thành lập Hội đồng và Tổ giúp việc Hội đồng đánh giá lựa chọn
                  chủ đầu tư xây dựng hạ tầng kỹ thuật cụm công nghiệp
                           Mông Sơn, xã Bảo Ái, tỉnh Lào Cai

                                         QUYẾT ĐỊNH:

              Điều 2. Nhiệm vụ của Hội đồng và Tổ giúp việc
              1. Nhiệm vụ của Hội đồng
               - Xây dựng, ban hành bộ tiêu chí lựa chọn chủ đầu tư xây dựng hạ tầng kỹ
        thuật cụm công nghiệp Mông Sơn, xã Bảo Ái, tỉnh Lào Cai.
              - Giải quyết các vướng mắc, khiếu nại (nếu có) liên quan đến kết quả chấm điểm.
              - Chủ tịch Hội đồng sử dụng con dấu của Ủy ban nhân dân tỉnh, các Phó
        Chủ tịch Hội đồng sử dụng con dấu của cơ quan mình (Sở Công Thương, Sở Tài
        chính) trong quá trình hoạt động.
               - Thành viên Hội đồng làm việc theo chế độ kiêm nhiệm, được hưởng các chế
        độ, chính sách theo quy định. Hội đồng tự giải thể sau khi hoàn thành nhiệm vụ.
               Điều 3. Quyết định này có hiệu lực thi hành kể từ ngày ký ban hành.
        """;

    [Fact]
    public void A_councils_seal_part_time_members_and_self_dissolution_are_not_its_tasks()
    {
        var tasks = Support.Extract.Text(CouncilDecision, "QD-2736.txt").Tasks;

        Assert.Contains(tasks, t => t.Text.StartsWith("Xây dựng, ban hành bộ tiêu chí", StringComparison.Ordinal));
        Assert.Contains(tasks, t => t.Text.StartsWith("Giải quyết các vướng mắc", StringComparison.Ordinal));
        Assert.DoesNotContain(tasks, t => t.Text.Contains("con dấu", StringComparison.Ordinal));
        Assert.DoesNotContain(tasks, t => t.Text.Contains("kiêm nhiệm", StringComparison.Ordinal));
    }

    /// <summary>QĐ-1050/QĐ-SCT (dev): "1. Đoàn kiểm tra tự giải thể sau khi hoàn thành nhiệm vụ." beside the execution clause.</summary>
    [Fact]
    public void An_inspection_teams_self_dissolution_is_no_task()
    {
        var tasks = Support.Extract.Text("""
               UBND TỈNH LÀO CAI              CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
              SỞ CÔNG THƯƠNG                           Độc lập - Tự do - Hạnh phúc

               Số: 1050 /QĐ-SCT                   Lào Cai, ngày 06 tháng 3 năm 2026


                                          QUYẾT ĐỊNH
              Kiểm tra việc chấp hành pháp luật trong sử dụng và bảo quản vật liệu nổ
                          công nghiệp trên địa bàn tỉnh Lào Cai năm 2026

                  Điều 5. Tổ chức thực hiện
                  1. Đoàn kiểm tra tự giải thể sau khi hoàn thành nhiệm vụ.
                  2. Chánh Văn phòng Sở, Trưởng phòng Quản lý công nghiệp, các tổ chức cá
            nhân có liên quan và các ông/bà có tên tại Điều 1 chịu trách nhiệm thi hành Quyết
            định này.
            """, "QD-1050.txt").Tasks;

        Assert.DoesNotContain(tasks, t => t.Text.Contains("tự giải thể", StringComparison.Ordinal));
        Assert.Contains(tasks, t => t.Text.StartsWith("Chánh Văn phòng Sở, Trưởng phòng Quản lý công nghiệp", StringComparison.Ordinal));
    }

    /// <summary>QĐ 257/QĐ-BQLCKCN 2.1.f and g: "chỉ được phép … khi …" restricts the investor (a duty, not a power), and
    /// "đề nghị Nhà đầu tư trước khi …" names the investor without the time clause.</summary>
    [Fact]
    public void Only_may_when_binds_the_investor_and_a_time_clause_ends_its_name()
    {
        var tasks = Support.Extract.Text("""
              ỦY BAN NHÂN DÂN TỈNH LÀO CAI           CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
            BAN QUẢN LÝ CÁC KHU CÔNG NGHIỆP                Độc lập - Tự do - Hạnh phúc

                 Số: 257 /QĐ-BQLCKCN

                                           QUYẾT ĐỊNH:

                  Điều 2. Tổ chức thực hiện
                  1. Trách nhiệm của nhà đầu tư trong việc triển khai thực hiện dự án đầu tư:
                   f. Nhà đầu tư chỉ được phép đưa dự án vào hoạt động khi hoàn thiện đầy
            đủ các thủ tục về môi trường, nghiệm thu về phòng cháy, chữa cháy và các quy
            định liên quan theo quy định của pháp luật hiện hành.
                 g. Giấy xác nhận Đăng ký Kế hoạch bảo vệ môi trường số 02/GXN -
            STNMT ngày 07/01/2022 của Sở Tài nguyên và Môi trường xác nhận là văn bản
            tương đương với quyết định phê duyệt kết quả thẩm định báo cáo đánh giá tác
            động môi trường khi xem xét, cấp giấy phép môi trường1. Vì vậy, đề nghị Nhà
            đầu tư trước khi đi vào hoạt động sản xuất cần làm rõ và thực hiện thủ tục về
            Giấy phép môi trường2 hoặc Đăng ký môi trường3 theo quy định.
            """, "QD-257.txt").Tasks;

        Assert.Contains(tasks, t => t.Text.Contains("Nhà đầu tư chỉ được phép đưa dự án vào hoạt động", StringComparison.Ordinal));
        var g = Assert.Single(tasks, t => t.Text.Contains("Giấy xác nhận Đăng ký Kế hoạch", StringComparison.Ordinal));
        Assert.Contains(g.Units, u => u.Name.Equals("Nhà đầu tư", StringComparison.OrdinalIgnoreCase));
        Assert.DoesNotContain(g.Units, u => u.Name.Contains("trước", StringComparison.Ordinal));
        // The heading's qualifier says what the duty is about: "nhà đầu tư" bears it.
        Assert.DoesNotContain(tasks.SelectMany(t => t.Units), u => u.Name.Contains("trong việc", StringComparison.Ordinal));
    }

    /// <summary>QĐ 2978/QĐ-UBND Điều 3.2 (the same clause as the dev scans QĐ 2336/2338): the second sentence's subject acts
    /// after a manner phrase ("theo chức năng, nhiệm vụ, quyền hạn được giao tham mưu …").</summary>
    [Fact]
    public void A_later_sentences_subject_leads_across_a_manner_phrase()
    {
        var tasks = Support.Extract.Text("""
               UỶ BAN NHÂN DÂN                  CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM
                 TỈNH LÀO CAI                           Độc lập - Tự do - Hạnh phúc

                Số: 2978 /QĐ - UBND                Lào Cai, ngày 21 tháng 8 năm 2026

             QUYẾT ĐỊNH CHẤP THUẬN ĐIỀU CHỈNH CHỦ TRƯƠNG ĐẦU TƯ

                                              QUYẾT ĐỊNH:

                  Điều 3. Điều khoản thi hành
                  1. Quyết định chấp thuận điều chỉnh chủ trương đầu tư này có hiệu lực từ
            ngày ký.
                   2. Đề nghị Ủy ban Kiểm tra Tỉnh ủy, Ban Nội chính Tỉnh ủy, Kiểm toán khu
            vực VII phối hợp kiểm tra, giám sát định kỳ hoặc thường xuyên trong quá trình
            triển khai thực hiện Quyết định này. Thanh tra tỉnh, Công an tỉnh theo chức năng,
            nhiệm vụ, quyền hạn được giao tham mưu cho Ủy ban nhân dân tỉnh để việc triển
            khai thực hiện Quyết định đảm bảo các quy định của pháp luật, xử lý nghiêm các
            vi phạm của nhà đầu tư (nếu có).
            """, "QD-2978.txt").Tasks;

        var clause = Assert.Single(tasks, t => t.Text.StartsWith("Đề nghị Ủy ban Kiểm tra Tỉnh ủy", StringComparison.Ordinal));
        Assert.Contains(clause.Units, u => u.Name == "Thanh tra tỉnh" && u.Role == "lead");
        Assert.Contains(clause.Units, u => u.Name == "Công an tỉnh" && u.Role == "lead");
        Assert.Contains(clause.Units, u => u.Name == "Kiểm toán khu vực VII" && u.Role == "lead");
    }
}
