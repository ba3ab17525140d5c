using Pipeline.Tests.Support;

namespace Pipeline.Tests.Rules;

/// <summary>
/// Task precision on long normative and guidance texts (session s30prec): constructs the rules took for tasks on the
/// development set although they assign no work (/work/checks/s30prec-analysis.md), each on the real lines of a development
/// document.
/// </summary>
public class NormativePrecisionTests
{
    /// <summary>
    /// Lines of corpus/text/KH-MTTQ-BTT-xa-LuongMinh-hoinghi-cutri-noicutru-docxtext.txt (dev): "2. Phương thức tổ chức" (how
    /// the meeting is held) and "2. Thành phần dự hội nghị" (who comes, how many, the guests) describe the event
    /// (programme-sections.txt); "Khách mời: …" is a labelled fact (fact-labels.txt). The work is under "V. TỔ CHỨC THỰC HIỆN".
    /// </summary>
    [Fact]
    public void A_plans_logistics_sections_assign_no_work()
    {
        var tasks = Extract.Text("""
            ỦY BAN MTTQ VIỆT NAM
            XÃ LƯƠNG MINH
            BAN THƯỜNG TRỰC
            Số:      /KH-MTTQ-BTT
            CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
               Độc lập - Tự do - Hạnh phúc
            Lương Minh, ngày 12 tháng 01 năm 2026
            KẾ HOẠCH
            Tổ chức hội nghị lấy ý kiến nhận xét và tín nhiệm của cử tri nơi cư trú đối với người ứng cử đại biểu Quốc hội khóa XVI và đại biểu Hội đồng nhân dân các cấp nhiệm kỳ 2026 - 2031 trên địa bàn xã
            Căn cứ Luật Bầu cử đại biểu Quốc hội và đại biểu Hội đồng nhân dân; Căn cứ Nghị quyết số 101/2025/UBTVQH15 của Ủy ban Thường vụ Quốc hội quy định chi tiết, hướng dẫn về việc tổ chức Hội nghị cử tri; việc giới thiệu người ứng cử đại biểu Hội đồng nhân dân cấp xã ở thôn, tổ dân phố; Căn cứ Nghị quyết liên tịch số 102/2025/NQLT/UBTVQH15-CP-ĐCTUBTWMTTQVN hướng dẫn quy trình hiệp thương, giới thiệu người ứng cử; Thực hiện Hướng dẫn số 03/HD-MTTQ-BTT ngày 08/01/2026 của Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh Quảng Ninh.
            Ban Thường trực Ủy ban MTTQ Việt Nam xã Lương Minh ban hành Kế hoạch tổ chức hội nghị lấy ý kiến nhận xét và tín nhiệm của cử tri nơi cư trú đối với người ứng cử đại biểu Quốc hội khóa XVI và đại biểu Hội đồng nhân dân các cấp nhiệm kỳ 2026 - 2031 trên địa bàn xã, cụ thể như sau:
            II. NỘI DUNG, PHƯƠNG THỨC TỔ CHỨC
            1. Nội dung: Ban Thường trực Ủy ban MTTQ Việt Nam xã Lương Minh phối hợp với UBND xã tổ chức hội nghị lấy ý kiến nhận xét toàn diện về mọi mặt và bày tỏ quan điểm đồng ý hoặc không đồng ý đối với người ứng cử.
            2. Phương thức tổ chức:
            - Sau hội nghị hiệp thương lần thứ hai, trên cơ sở danh sách sơ bộ những người được giới thiệu ứng cử đại biểu HDDND xã nhiệm kỳ 2026-2031, Ban Thường trực UBMTTQ xã ban hành Kế hoạch tổ chức hội nghị lấy ý kiến nhận xét và tín nhiệm của cử tri nơi cư trú đối với người được giới thiệu ứng cử và tổ chức lấy ý kiến nơi công tác (nếu có) của người tự ứng cử theo quy định của pháp luật.
            - Trình tự tổ chức thực hiện theo Điều 2, 3, 4 Nghị quyết số 101/2025/UBTVQH15 và Điều 21, 22 Nghị quyết liên tịch số 102/2025/NQLT.
            -  Xác định địa điểm: Căn cứ vào “Nơi ở hiện nay” trong sơ yếu lý lịch để xác định đúng thôn tổ chức hội nghị. Nếu người ứng cử thay đổi nơi ở, cơ quan giới thiệu phải thông báo kịp thời cho Ban Thường trực Uỷ ban MTTQ xã.
            - Hội nghị cử tri nơi cư trú được tổ chức theo hình thức hội nghị trực tiếp. Trường hợp bất khả kháng (thiên tai, dịch bệnh) không thể tổ chức hội nghị trực tiếp, việc tổ chức trực tuyến hoặc phát phiếu lấy ý kiến sẽ thực hiện theo quyết định của Ủy ban Bầu cử tỉnh.
            III. TỔ CHỨC HỘI NGHỊ LẤY Ý KIẾN NHẬN XÉT VÀ TÍN NHIỆM
            2. Thành phần dự hội nghị
            - Trưởng Ban Công tác Mặt trận thôn phối hợp với Trưởng thôn lập danh sách và mời cử tri đến dự hội nghị.
            - Số lượng cử tri dự hội nghị:
            + Đối với nơi có dưới 100 cử tri: Tổ chức hội nghị toàn thể cử tri, phải đảm bảo số cử tri tham dự hội nghị đạt ít nhất 50% tổng số cử tri triệu tập.
            + Đối với nơi có từ 100 cử tri trở lên: Có thể tổ chức toàn thể hoặc đại diện hộ gia đình, phải đảm bảo ít nhất 55 cử tri tham dự.
            - Khách mời: Chủ tịch/Phó Chủ tịch HĐND xã, người ứng cử đại biểu Hội đồng nhân dân, đại diện các cơ quan, tổ chức, đơn vị, thôn đã giới thiệu người ứng cử được mời tham dự hội nghị.
            V. TỔ CHỨC THỰC HIỆN
            1. Ban Thường trực Ủy ban MTTQ Việt Nam xã
            - Phối hợp chặt chẽ với UBND xã trong việc tổ chức hội nghị lấy ý kiến nhận xét và tín nhiệm của cử tri nơi cư trú đối với người ứng cử đại biểu HĐND các cấp nhiệm kỳ 2026-2031.
              Nơi nhận:
            - BTT Ủy ban MTTQ Việt Nam tỉnh;
            - Thường trực Đảng ủy xã;
            - Ủy ban bầu cử xã;
            - Thường trực HĐND, UBND xã;
            - BTT Ủy ban MTTQ VN xã;
            """).Tasks;

        Assert.Equal(["V.1.1"], tasks.Select(t => t.Ordinal).ToList());
    }

    /// <summary>
    /// Lines of corpus/text/CT-21-2026-CT-TTg-CongBao-sapxep-thon-todanpho.txt (dev): the points of "I. NGUYÊN TẮC, YÊU CẦU
    /// SẮP XẾP THÔN, TỔ DÂN PHỐ" state the principles the operation must respect ("Việc bố trí, sử dụng người hoạt động không
    /// chuyên trách … phải bảo đảm công khai, minh bạch …"); the tasks are under "II. TỔ CHỨC THỰC HIỆN".
    /// </summary>
    [Fact]
    public void A_directives_principles_are_not_tasks()
    {
        var tasks = Extract.Text("""
            THỦ TƯỚNG CHÍNH PHỦ
            __________
            Số: 21/CT-TTg
            CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
            Độc lập - Tự do - Hạnh phúc
            _______________________________________
            Hà Nội, ngày 20 tháng 5 năm 2026
            CHỈ THỊ
            Về việc sắp xếp thôn, tổ dân phố và bố trí, sử dụng, chế độ, chính sách
            đối với người hoạt động không chuyên trách ở cấp xã, ở thôn, tổ dân phố
            với yêu cầu quản lý trong tình hình mới, Thủ tướng Chính phủ yêu cầu các bộ,
            ngành, địa phương khẩn trương thực hiện các nhiệm vụ sau đây:
            I. NGUYÊN TẮC, YÊU CẦU SẮP XẾP THÔN, TỔ DÂN PHỐ
            2. Trong quá trình triển khai thực hiện phải giữ vững ổn định chính trị, trật
            tự an toàn xã hội; chủ động nắm chắc tình hình, kịp thời xử lý các vấn đề phát
            sinh, không để xảy ra điểm nóng, vụ việc phức tạp ở cơ sở; giữ gìn và phát huy
            truyền thống đoàn kết cộng đồng và củng cố niềm tin của Nhân dân đối với
            Đảng, Nhà nước.
            3. Việc bố trí, sử dụng người hoạt động không chuyên trách ở cấp xã, ở
            thôn, tổ dân phố phải bảo đảm công khai, minh bạch, khách quan, đúng quy
            định gắn với quá trình triển khai thực hiện sắp xếp thôn, tổ dân phố ở địa
            phương; thực hiện đầy đủ chế độ, chính sách, bảo đảm ổn định tư tưởng và
            quyền lợi của người hoạt động không chuyên trách ở cấp xã, ở thôn, tổ dân phố
            trong quá trình sắp xếp, kiện toàn tổ chức.
            4. Lựa chọn, giới thiệu người hoạt động không chuyên trách ở thôn, tổ dân
            phố là người có uy tín, sức khỏe, tâm huyết, trách nhiệm, năng lực vận động quần
            chúng nhân dân, từng bước trẻ hoá, nâng cao trình độ ứng dụng công nghệ thông
            tin, kỹ năng quản trị cộng đồng và chất lượng, hiệu quả phục vụ Nhân dân.
            5. Đẩy mạnh công tác tuyên truyền, vận động, tạo sự đồng thuận cao của
            Nhân dân; bảo đảm người dân được thông tin đầy đủ, tham gia góp ý, giám sát
            việc sắp xếp thôn, tổ dân phố theo đúng quy định của pháp luật về thực hiện
            dân chủ ở cơ sở.
            II. TỔ CHỨC THỰC HIỆN
            1. Ban Thường vụ Tỉnh ủy, Thành ủy lãnh đạo, chỉ đạo các cấp ủy đảng,
            chính quyền địa phương quán triệt nghiêm túc Kết luận số 34-KL/TW ngày 18
            tháng 5 năm 2026 của Bộ Chính trị; xác định việc sắp xếp thôn, tổ dân phố và bố
            trí, sử dụng người hoạt động không chuyên trách là nhiệm vụ chính trị quan
            trọng phải tập trung lãnh đạo, chỉ đạo quyết liệt, bảo đảm chất lượng và tiến độ
            theo đúng chủ trương, lãnh đạo, chỉ đạo của Bộ Chính trị và các văn bản quy
            phạm pháp luật hiện hành. Trực tiếp lãnh đạo, chỉ đạo các cấp ủy đảng, chính
            quyền địa phương tổ chức thực hiện; đồng thời kiện toàn tổ chức đảng ở địa
            phương tương ứng với thôn, tổ dân phố sau sắp xếp theo hướng dẫn của cấp có
            thẩm quyền.
            2. Đề nghị Ban Tuyên giáo và Dân vận Trung ương lãnh đạo, chỉ đạo,
            hướng dẫn các cơ quan, tổ chức, đơn vị trong hệ thống chính trị về công tác
            tuyên truyền, vận động quần chúng Nhân dân để tạo sự thống nhất cao về tư
            tưởng, hành động trong toàn Đảng, hệ thống chính trị và sự đồng thuận của
            Nhân dân về triển khai thực hiện sắp xếp thôn, tổ dân phố; chỉ đạo các cấp ủy,
            tổ chức đảng, các cơ quan chức năng xây dựng nội dung, chương trình, hình
            thức tuyên truyền phù hợp, trọng tâm về công tác sắp xếp thôn, tổ dân phố và
            CÔNG BÁO/Số 302/Ngày 02-06-2026
            72
            bố trí, sử dụng người hoạt động không chuyên trách gắn với xây dựng chính
            quyền địa phương 2 cấp và yêu cầu phát triển kinh tế - xã hội của địa phương.
            """).Tasks;

        Assert.Equal(["II.1", "II.2"], tasks.Select(t => t.Ordinal).ToList());
    }

    /// <summary>
    /// corpus/layout/QD-1883-QD-UBND-LaoCai-uyquyen-SCT-VLNCN.txt (dev), to the signature: "1. Việc thực hiện nhiệm vụ được ủy
    /// quyền phải tuân thủ quy định của pháp luật chuyên ngành …" has an activity as its subject and names no one who must
    /// act: a rule (rule-clauses.tsv "statement"), in an individual decision as in a regulation. The duties of the body
    /// authorised (3.2.a–đ) and the execution clause stay tasks.
    /// </summary>
    [Fact]
    public void A_clause_about_how_an_activity_is_governed_is_not_a_task()
    {
        var tasks = Extract.Text("""
            [Bản trích chữ tự động bằng pdftotext từ 2025.11.06-1883.QD.UBND-Uy-quyen-GD-SCT-linh-vuc-VLNCN_ban-ky.pdf — 2 trang. Đối chiếu bản gốc trên GitHub khi trích nguyên văn.]
            
            ỦY BAN NHÂN DÂN                CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
               TỈNH LÀO CAI                          Độc lập - Tự do - Hạnh phúc
            
             Số: 1883 /QĐ-UBND                    Lào Cai, ngày 06 tháng 11 năm 2025
            
                                       QUYẾT ĐỊNH
               Về việc Ủy quyền cho Giám đốc Sở Công Thương thực hiện một số
              nhiệm vụ, quyền hạn của Ủy ban nhân dân tỉnh trong lĩnh vực vật liệu
                           nổ công nghiệp trên địa bàn tỉnh Lào Cai
            
                               ỦY BAN NHÂN DÂN TỈNH LÀO CAI
            
                  Căn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025;
                  Căn cứ Nghị định số 139/2025/NĐ-CP ngày 12 tháng 6 năm 2025 của
            Chính phủ quy định về phân định thẩm quyền của chính quyền địa phương 02
            cấp trong lĩnh vực quản lý nhà nước của Bộ Công Thương;
                  Căn cứ Nghị định số 146/2025/NĐ-CP ngày 12 tháng 6 năm 2025 của
            Chính phủ quy định về phân quyền, phân cấp trong lĩnh vực công nghiệp và
            thương mại;
                  Căn cứ Thông tư số 38/2025/TT-BCT ngày 19 tháng 6 năm 2025 của Bộ
            Công Thương sửa đổi, bổ sung một số quy định về phân cấp thực hiện thủ tục
            hành chính trong lĩnh vực thuộc phạm vi quản lý của Bộ Công Thương;
                  Căn cứ Quyết định số 05/2025/QĐ-UNBD ngày 01 tháng 7 năm 2025
            của Ủy ban nhân dân tỉnh Lào Cai về việc quy định chức năng, nhiệm vụ,
            quyền hạn và cơ cấu tổ chức của Sở Công Thương tỉnh Lào Cai;
                   Theo đề nghị của Giám đốc Sở Công Thương tại Tờ trình số 2205/TTr-
            SCT ngày 28 tháng 10 năm 2025,
            
                                           QUYẾT ĐỊNH:
            
                  Điều 1. Nội dung, phạm vi ủy quyền
                  Ủy quyền cho Giám đốc Sở Công Thương thực hiện một số nhiệm vụ,
            quyền hạn của Ủy ban nhân dân tỉnh trong lĩnh vực vật liệu nổ công nghiệp trên
            địa bàn tỉnh Lào Cai, cụ thể như sau:
                                         (Chi tiết theo Phụ lục đính kèm)
                  Điều 2. Thời hạn ủy quyền: Từ ngày Quyết định này có hiệu lực đến hết
            ngày 28 tháng 02 năm 2027, trừ trường hợp quy định của pháp luật và văn bản
            khác của cấp có thẩm quyền quy định điều chỉnh, thay thế.
                  Điều 3. Tổ chức thực hiện
                   1. Việc thực hiện nhiệm vụ được ủy quyền phải tuân thủ quy định của pháp
            luật chuyên ngành có liên quan đến lĩnh vực được ủy quyền tại Quyết định này.
                                                     2
            
                   2. Giám đốc Sở Công Thương:
                  a) Thực hiện đúng nhiệm vụ, quyền hạn đã được ủy quyền và chịu trách
            nhiệm toàn diện trước pháp luật, trước UBND tỉnh, Chủ tịch UBND tỉnh về kết
            quả thực hiện nhiệm vụ, quyền hạn được ủy quyền. Không được uỷ quyền tiếp
            nhiệm vụ, quyền hạn mà mình được uỷ quyền.
                  b) Tổ chức triển khai thực hiện các thủ tục hành chính đã được công bố
            hoặc ngay khi được công bố, công bố sửa đổi, bổ sung thuộc các nhiệm vụ được
            ủy quyền tại Điều 1 đảm bảo theo đúng quy định của pháp luật.
                  c) Chuẩn bị, bố trí đầy đủ các nguồn lực để đảm bảo thực hiện nhiệm vụ
            được ủy quyền. Sử dụng hình thức văn bản, con dấu của Sở Công Thương để thực
            hiện nhiệm vụ được ủy quyền.
                  d) Chịu trách nhiệm hướng dẫn, kiểm tra, theo dõi, đánh giá và xử lý theo
            thẩm quyền quy định đối với các vấn đề phát sinh khi thực hiện Quyết định này.
                  đ) Định kỳ hằng năm báo cáo Ủy ban nhân dân tỉnh hoặc đột xuất theo yêu
            cầu của Ủy ban nhân dân tỉnh.
                   Điều 4. Điều khoản thi hành
                   1. Quyết định này có hiệu lực thi hành kể từ ký ban hành.
                  2. Chánh Văn phòng Ủy ban nhân dân tỉnh; Giám đốc Sở Công Thương;
            Giám đốc Trung tâm Phục vụ Hành chính công tỉnh; Thủ trưởng các sở, ban,
            ngành, đơn vị cấp tỉnh; Chủ tịch Uỷ ban nhân dân các xã, phường; Thủ trưởng các
            cơ quan, đơn vị có liên quan chịu trách nhiệm thi hành Quyết định này./.
            
            Nơi nhận:                                       TM. ỦY BAN NHÂN DÂN
            - Như Điều 4;                                       KT. CHỦ TỊCH
            - Bộ Công Thương (b/c);
            - Chủ tịch UBND tỉnh;                               PHÓ CHỦ TỊCH
            - Các Phó Chủ tịch UBND tỉnh;
            - CVP, các PCVP UBND tỉnh;
            - Lưu: VT, KT.
            
            
            
            
                                                                Nguyễn Thành Sinh
            
            """).Tasks;

        Assert.DoesNotContain(tasks, t => t.Text.StartsWith("Việc thực hiện nhiệm vụ được ủy quyền", StringComparison.Ordinal));
        Assert.Equal(["3.2.a", "3.2.b", "3.2.c", "3.2.d", "3.2.đ", "4.2"], tasks.Select(t => t.Ordinal).ToList());
    }

    /// <summary>
    /// Lines of corpus/markdown/QD-12-2024-QD-TTg.txt (dev, legal-portal text): "2. Người có đất thu hồi đã vay vốn … theo quy
    /// định tại Quyết định số 63/2015/QĐ-TTg … thì tiếp tục thực hiện theo các hợp đồng đã ký kết." is the transitional
    /// provision (transitional-clauses.txt): it says which rule keeps governing, not who must act.
    /// </summary>
    [Fact]
    public void A_transitional_provision_is_not_a_task()
    {
        var tasks = Extract.Text("""
            Quyết định 12/2024/QĐ-TTg
            THỦ TƯỚNG CHÍNH PHỦ ------- CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc ---------------
            Số: 12/2024/QĐ-TTg
            Hà Nội, ngày 31 tháng 7 năm 2024 QUYẾT ĐỊNH VỀ CƠ CHẾ, CHÍNH SÁCH GIẢI QUYẾT VIỆC LÀM VÀ ĐÀO TẠO NGHỀ CHO NGƯỜI CÓ ĐẤT THU HỒI Căn cứ Luật Tổ chức Chính phủ ngày 19 tháng 6 năm 2015; Luật sửa đổi, bổ sung một số điều của Luật Tổ chức Chính phủ và Luật Tổ chức chính quyền địa phương ngày 22 tháng 11 năm 2019;
            Điều 9. Tổ chức thực hiện
            1. Bộ Lao động - Thương binh và Xã hội chủ trì, phối hợp với các bộ, cơ quan liên quan tổng hợp và báo cáo Thủ tướng Chính phủ về kết quả đào tạo nghề, giải quyết việc làm cho người có đất thu hồi.
            2. Ngân hàng Chính sách xã hội tổ chức việc cho vay đối với người có đất thu hồi theo quy định tại Quyết định này. [Về cho vay đối với người có đất thu hồi đi làm việc ở nước ngoài theo hợp đồng  được hướng dẫn bởi Công văn 4530/NHCS-TDNN năm 2024 có hiệu lực từ ngày 01/08/2024 Cho vay hỗ trợ tạo việc làm, duy trì và mở rộng việc làm, đào tạo nghề cho người có đất thu hồi được hướng dẫn bởi Điều 1 Hướng dẫn 4545/HD-NHCS năm 2024 có hiệu lực từ ngày 01/08/2024]
            3. Định kỳ trước ngày 15 tháng 12 hằng năm và khi có yêu cầu, Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương có trách nhiệm báo cáo kết quả đào tạo nghề, giải quyết việc làm cho người có đất thu hồi gửi Bộ Lao động - Thương binh và Xã hội để tổng hợp, báo cáo Thủ tướng Chính phủ.
            4. Ủy ban nhân dân các huyện, quận, thị xã, thành phố thuộc tỉnh, thành phố trực thuộc Trung ương có trách nhiệm lập và tổ chức thực hiện phương án đào tạo, chuyển đổi nghề và tìm kiếm việc làm cho người có đất thu hồi.
            Điều 10. Hiệu lực thi hành và trách nhiệm thi hành
            1. Quyết định này có hiệu lực thi hành kể từ ngày 01 tháng 8 năm 2024 và thay thế Quyết định số 63/2015/QĐ-TTg ngày 10 tháng 12 năm 2015 của Thủ tướng Chính phủ về chính sách hỗ trợ đào tạo nghề và giải quyết việc làm cho người lao động bị thu hồi đất.
            2. Người có đất thu hồi đã vay vốn tại Ngân hàng Chính sách xã hội theo quy định tại Quyết định số 63/2015/QĐ-TTg ngày 10 tháng 12 năm 2015 của Thủ tướng Chính phủ về chính sách hỗ trợ đào tạo nghề và giải quyết việc làm cho người lao động bị thu hồi đất thì tiếp tục thực hiện theo các hợp đồng đã ký kết.
            3. Các Bộ trưởng, Thủ trưởng cơ quan ngang Bộ, Thủ trưởng cơ quan thuộc Chính phủ, Chủ tịch Ủy ban nhân dân tỉnh, thành phố trực thuộc trung ương và các cơ quan, tổ chức và cá nhân có liên quan chịu trách nhiệm thi hành Quyết định này.
            Nơi nhận:
            - Ban Bí thư Trung ương Đảng;
            - Thủ tướng, các Phó Thủ tướng Chính phủ;
            - Các bộ, cơ quan ngang bộ, cơ quan thuộc Chính phủ;
            - HĐND, UBND các tỉnh, thành phố trực thuộc trung ương;
            - Văn phòng Trung ương và các Ban của Đảng;
            - Văn phòng Tổng Bí thư;
            - Văn phòng Chủ tịch nước;
            - Hội đồng Dân tộc và các Ủy ban của Quốc hội;
            - Văn phòng Quốc hội;
            - Tòa án nhân dân tối cao;
            - Viện kiểm sát nhân dân tối cao;
            - Kiểm toán nhà nước;
            - Ủy ban Giám sát tài chính Quốc gia;
            - Ngân hàng Chính sách xã hội;
            - Ngân hàng Phát triển Việt Nam;
            - Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam;
            - Cơ quan Trung ương của các đoàn thể;
            - VPCP: BTCN, các PCN, Trợ lý TTg, TGĐ Cổng TTĐT, các Vụ, Cục, đơn vị trực thuộc, Công báo;
            - Lưu: VT, KGVX (3).
            KT. THỦ TƯỚNG PHÓ THỦ TƯỚNG Trần Hồng Hà
            """).Tasks;

        Assert.Equal(["9.1", "9.2", "9.3", "9.4", "10.3"], tasks.Select(t => t.Ordinal).ToList());
    }

    /// <summary>
    /// "Theo quy định …," opens a restatement of the law, as "Căn cứ …," opens a basis (basis-openings.txt): its main clause
    /// decides. Real items of dev documents: CV 3686/UBND-XD Lào Cai 1.2 (pdf) restates the law; CV 5141/SNNMT-KS Lào Cai 1.4.1
    /// (layout) goes on to a duty ("… có nghĩa vụ kiểm soát sản lượng …").
    /// </summary>
    [Theory]
    [InlineData("Theo quy định tại điểm d khoản 2 Điều 13 và khoản 6 Điều 14 Nghị định số 105/2025/NĐ-CP2, cơ quan đăng kiểm thực hiện việc kiểm tra điều kiện an toàn về PCCC đối với phương tiện giao thông theo trình tự, thủ tục của pháp luật chuyên ngành về kiểm định an toàn kỹ thuật và bảo vệ môi trường.", false)]
    [InlineData("Theo quy định tại điểm h khoản 2 Điều 59 Luật Địa chất và khoáng sản năm 2024, tổ chức, cá nhân khai thác khoáng sản có nghĩa vụ kiểm soát sản lượng khoáng sản khai thác thực tế trước khi vận chuyển ra khỏi khu vực thực hiện dự án đầu tư khai thác khoáng sản, cụ thể: Tại khoản 1 Điều 10 Thông tư số 36/2025/TT-BNNMT ngày 02/7/2025 quy định: Tổ chức, cá nhân khai thác khoáng sản, khai thác tận thu khoáng sản phải lắp đặt các thiết bị kiểm soát sản lượng khoáng sản khai thác.", true)]
    public void A_restatement_that_cites_the_law_is_read_by_its_main_clause(string item, bool directive) =>
        Assert.Equal(directive, new Pipeline.Tasks.DirectiveTest(Extract.Vocab).Score(item, strictOpening: false) > 0);

    /// <summary>
    /// Labelled facts (fact-labels.txt): a project's owner (CV 6791/SNNMT-KHTC Lào Cai 1.4, pdf), a meeting's guests and papers
    /// and the principle it follows (the Mặt trận plans of xã Lương Minh, text). A label that is a unit's name with its duty
    /// after the colon is still a task (KH Sở Công Thương Lào Cai Đề án 08 V.1, docx).
    /// </summary>
    [Theory]
    [InlineData("Chủ đầu tư: Ban Quản lý dự án đầu tư xây dựng xã Trấn Yên.", false)]
    [InlineData("Khách mời: Chủ tịch/Phó Chủ tịch HĐND xã, người ứng cử đại biểu Hội đồng nhân dân, đại diện các cơ quan, tổ chức, đơn vị, thôn đã giới thiệu người ứng cử được mời tham dự hội nghị.", false)]
    [InlineData("Tài liệu phục vụ hội nghị: Gồm danh sách trích ngang người ứng cử, biên bản hội nghị, phiếu biểu quyết, tài liệu hướng dẫn quy trình hiệp thương, các văn bản pháp luật liên quan.", false)]
    [InlineData("Nguyên tắc tổ chức hiệp thương: Bảo đảm dân chủ, công khai, minh bạch, đúng quy trình, thời gian và thành phần theo quy định của pháp luật; bảo đảm tỷ lệ, cơ cấu, thành phần người ứng cử theo hướng dẫn của cấp có thẩm quyền.", false)]
    [InlineData("Phòng Quản lý Công nghiệp: Là đầu mối chủ trì tham mưu thực hiện các nhiệm vụ về tái cơ cấu ngành công nghiệp, phát triển KCN, CCN, nâng cao năng lực khoa học công nghệ. Chủ trì xây dựng kế hoạch hàng năm cụ thể hóa từng nhiệm vụ của Kế hoạch này; theo dõi, tổng hợp tình hình thực hiện các nhiệm vụ phát triển công nghiệp xanh.", true)]
    public void A_labelled_fact_is_not_a_directive(string item, bool directive) =>
        Assert.Equal(directive, new Pipeline.Tasks.DirectiveTest(Extract.Vocab).Score(item, strictOpening: false) > 0);

    /// <summary>
    /// Lines of corpus/text/KH-MTTQ-BTT-xa-LuongMinh-hoinghi-cutri-noicutru-docxtext.txt (dev): "3. Trình tự tổ chức hội nghị
    /// cưt tri" is the meeting's order of business ("Giới thiệu danh sách người ứng cử;", "3.5. Đại diện cơ quan … phát biểu ý
    /// kiến."), a programme section (programme-sections.txt): no tasks. (Its line "- Giới thiệu mục đích, yêu cầu của hội nghị;"
    /// is left out here: the noun "yêu cầu" still reads as a strong cue.)
    /// </summary>
    [Fact]
    public void A_meetings_order_of_business_is_not_a_task()
    {
        var tasks = Extract.Text("""
            ỦY BAN MTTQ VIỆT NAM
            XÃ LƯƠNG MINH
            BAN THƯỜNG TRỰC
            Số:      /KH-MTTQ-BTT
            CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
               Độc lập - Tự do - Hạnh phúc
            Lương Minh, ngày 12 tháng 01 năm 2026
            KẾ HOẠCH
            Tổ chức hội nghị lấy ý kiến nhận xét và tín nhiệm của cử tri nơi cư trú đối với người ứng cử đại biểu Quốc hội khóa XVI và đại biểu Hội đồng nhân dân các cấp nhiệm kỳ 2026 - 2031 trên địa bàn xã
            Căn cứ Luật Bầu cử đại biểu Quốc hội và đại biểu Hội đồng nhân dân; Căn cứ Nghị quyết số 101/2025/UBTVQH15 của Ủy ban Thường vụ Quốc hội quy định chi tiết, hướng dẫn về việc tổ chức Hội nghị cử tri; việc giới thiệu người ứng cử đại biểu Hội đồng nhân dân cấp xã ở thôn, tổ dân phố; Căn cứ Nghị quyết liên tịch số 102/2025/NQLT/UBTVQH15-CP-ĐCTUBTWMTTQVN hướng dẫn quy trình hiệp thương, giới thiệu người ứng cử; Thực hiện Hướng dẫn số 03/HD-MTTQ-BTT ngày 08/01/2026 của Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh Quảng Ninh.
            Ban Thường trực Ủy ban MTTQ Việt Nam xã Lương Minh ban hành Kế hoạch tổ chức hội nghị lấy ý kiến nhận xét và tín nhiệm của cử tri nơi cư trú đối với người ứng cử đại biểu Quốc hội khóa XVI và đại biểu Hội đồng nhân dân các cấp nhiệm kỳ 2026 - 2031 trên địa bàn xã, cụ thể như sau:
            III. TỔ CHỨC HỘI NGHỊ LẤY Ý KIẾN NHẬN XÉT VÀ TÍN NHIỆM
            3. Trình tự tổ chức hội nghị cưt tri (theo quy định tại Nghị quyết 101)
            3.1. Chủ trì tuyên bố lý do, giới thiệu đại biểu dự hội nghị. Người chủ trì có trách nhiệm sau đây:
            - Giới thiệu thư ký hội nghị để hội nghị quyết định;
            - Báo cáo về số lượng cử tri được mời, số lượng cử tri có mặt
            - Giới thiệu danh sách người ứng cử;
            - Đọc tiêu chuẩn của đại biểu Quốc hội quy định tại Điều 22 của Luật Tổ chức Quốc hội (đối với hội nghị cử tri lấy ý kiến về người ứng cử đại biểu Quốc hội), tiêu chuẩn của đại biểu Hội đồng nhân dân quy định tại Điều 5 của Luật tổ chức chính quyền địa phương (đối với hội nghị lấy ý kiến về người ứng cử đại biểu Hội đồng nhân dân) và những trường hợp không được ứng cử đại biểu Quốc hội, đại biểu Hội đồng nhân dân quy định tại Điều 37 của Luật bầu cử đại biểu Quốc hội và đại biểu Hội đồng nhân dân.
            3.2. Thư ký hội nghị đọc tiểu sử tóm tắt của từng người ứng cử.
            3.3. Cử tri phát biểu ý kiến đối với từng người ứng cử.
            3.4. Người ứng cử phát biểu.
            3.5. Đại diện cơ quan, tổ chức, đơn vị giới thiệu người ứng cử phát biểu ý kiến.
            3.6. Hội nghị cử Tổ kiểm phiếu từ 05 đến 15 thành viên
            3.7. Hội nghị biểu quyết bằng hình thức giơ tay hoặc bỏ phiếu kín
            Trường hợp hội nghị biểu quyết bằng hành thức giơ tay thì Tổ kiểm phiếu đếm, tính kết quả biểu quyết đối với từng người ứng cử.
            Trường hợp hội nghị biểu quyết bằng hình thức bỏ phiếu kín thì phiếu lấy ý kiến cử tri nơi cư trú phải đóng dấu của Ủy ban Mặt trận tổ quốc Việt nam xã hoặc Ủy ban nhân dân xã. Trên phiếu ghi rõ họ tên người ứng cử (Mẫu 07/PLYK của Nghị quyết 101).
            V. TỔ CHỨC THỰC HIỆN
            1. Ban Thường trực Ủy ban MTTQ Việt Nam xã
            - Phối hợp chặt chẽ với UBND xã trong việc tổ chức hội nghị lấy ý kiến nhận xét và tín nhiệm của cử tri nơi cư trú đối với người ứng cử đại biểu HĐND các cấp nhiệm kỳ 2026-2031.
              Nơi nhận:
            - BTT Ủy ban MTTQ Việt Nam tỉnh;
            - Thường trực Đảng ủy xã;
            - Ủy ban bầu cử xã;
            - Thường trực HĐND, UBND xã;
            - BTT Ủy ban MTTQ VN xã;
            """).Tasks;

        Assert.Equal(["V.1.1"], tasks.Select(t => t.Ordinal).ToList());
    }

    /// <summary>
    /// Lines of corpus/markdown/NQ-132-2020-QH14-dat-quocphong.txt (dev, legal-portal text): the portal's note "[Điều này được
    /// hướng dẫn bởi Chương II Nghị định 26/2021/NĐ-CP …]" printed under "Điều 4. Chế độ sử dụng đất quốc phòng, an ninh …" is
    /// no part of the resolution (portal-notes.txt): the article keeps its title, so its rule clauses (4.1–4.4) are no tasks;
    /// the execution clauses of "Điều 8. Điều khoản thi hành" are, and so is the delegation "5. Chính phủ quy định chi tiết Điều
    /// này." (a task in the expected record; delegation-verbs.txt, session s31norm).
    /// </summary>
    [Fact]
    public void A_legal_portals_note_under_an_article_title_is_not_the_articles_text()
    {
        var tasks = Extract.Text("""
            Nghị quyết 132/2020/QH14
            QUỐC HỘI -------
            CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc --------------- Nghị quyết số:
            132/2020/QH14
            Hà Nội, ngày 17 tháng 11 năm 2020 NGHỊ QUYẾT THÍ ĐIỂM MỘT SỐ CHÍNH SÁCH ĐỂ THÁO GỠ VƯỚNG MẮC, TỒN ĐỌNG TRONG QUẢN LÝ, SỬ DỤNG ĐẤT QUỐC PHÒNG, AN NINH KẾT HỢP VỚI HOẠT ĐỘNG LAO ĐỘNG SẢN XUẤT, XÂY DỰNG KINH TẾ QUỐC HỘI
            Căn cứ Hiến pháp nước Cộng hòa xã hội chủ nghĩa Việt Nam;
            Căn cứ Luật Ban hành văn bản quy phạm pháp luật số 80/2015/QH13;
            QUYẾT NGHỊ:
            Điều 4. Chế độ sử dụng đất quốc phòng, an ninh kết hợp với hoạt động lao động sản xuất, xây dựng kinh tế
            [Điều này được hướng dẫn bởi Chương II Nghị định 26/2021/NĐ-CP có hiệu lực từ ngày 25/3/2021 (VB hết hiệu lực: 15/08/2025)]
            1. Đơn vị, doanh nghiệp quân đội, công an khi sử dụng đất quốc phòng, an ninh nằm trong quy hoạch, kế hoạch sử dụng đất quốc phòng, an ninh, để kết hợp với hoạt động lao động sản xuất, xây dựng kinh tế thì phải lập phương án sử dụng đất trình Bộ trưởng Bộ Quốc phòng, Bộ trưởng Bộ Công an phê duyệt. Phương án sử dụng đất bao gồm các nội dung chính sau đây:
            a) Vị trí, ranh giới, diện tích, hiện trạng sử dụng đất và tài sản gắn liền với đất được giao;
            b) Vị trí, diện tích đất, nội dung, thời hạn sử dụng đất kết hợp với hoạt động lao động sản xuất, xây dựng kinh tế;
            c) Tác động đối với việc thực hiện nhiệm vụ quân sự, quốc phòng, an ninh và phát triển kinh tế - xã hội;
            d) Các trường hợp chấm dứt sử dụng đất kết hợp với hoạt động lao động sản xuất, xây dựng kinh tế trước thời hạn; phương án xử lý tài sản gắn liền với đất được tạo lập để phục vụ hoạt động lao động sản xuất, xây dựng kinh tế trong trường hợp chấm dứt sử dụng trước thời hạn;
            đ) Các giải pháp tổ chức thực hiện.
            2. Sử dụng đất quốc phòng, an ninh kết hợp với hoạt động lao động sản xuất, xây dựng kinh tế để tổ chức lao động, giáo dục, giáo dục cải tạo, rèn luyện, tăng gia sản xuất cải thiện đời sống, dịch vụ hỗ trợ hậu cần
            - kỹ thuật thì không phải nộp tiền sử dụng đất hằng năm theo quy định của Nghị quyết này.
            3. Sử dụng đất quốc phòng, an ninh kết hợp với hoạt động lao động sản xuất, xây dựng kinh tế không thuộc trường hợp quy định tại khoản 2 Điều này thì phải nộp tiền sử dụng đất hằng năm. Tiền sử dụng đất hằng năm được xác định trên cơ sở diện tích đất sử dụng, giá đất cụ thể theo quy định của pháp luật về đất đai và tỷ lệ doanh thu ngoài nhiệm vụ quân sự, quốc phòng, an ninh.
            4. Các khoản thu theo quy định tại khoản 6 Điều 5 của Nghị quyết này phải được nộp đầy đủ, kịp thời vào ngân sách nhà nước và phải lập dự toán thu, chi theo quy định của Luật Ngân sách nhà nước, trong đó ưu tiên chi cho các nhiệm vụ quân sự, quốc phòng, an ninh và giải quyết tồn đọng, chế độ, chính sách đối với các đối tượng khi thực hiện sắp xếp lại doanh nghiệp quân đội, công an.
            5. Chính phủ quy định chi tiết Điều này.
            Điều 8. Điều khoản thi hành
            1. Nghị quyết này có hiệu lực thi hành từ ngày 01 tháng 02 năm 2021 và hết hiệu lực khi Luật Đất đai số 45/2013/QH13 đã được sửa đổi, bổ sung một số điều theo Luật số 35/2018/QH14 được sửa đổi và có hiệu lực thi hành.
            2. Trường hợp có quy định khác nhau giữa Nghị quyết này và luật, nghị quyết khác của Quốc hội ban hành trước ngày Nghị quyết này có hiệu lực thi hành về cùng một vấn đề trong quản lý, sử dụng đất quốc phòng, an ninh kết hợp với hoạt động lao động sản xuất, xây dựng kinh tế thì áp dụng quy định của Nghị quyết này.
            3. Chính phủ chịu trách nhiệm tổ chức thực hiện Nghị quyết này.
            4. Ủy ban Thường vụ Quốc hội, Hội đồng Dân tộc, các Ủy ban của Quốc hội, các Đoàn đại biểu Quốc hội và đại biểu Quốc hội, Hội đồng nhân dân các cấp, Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam và các tổ chức thành viên của Mặt trận, trong phạm vi nhiệm vụ, quyền hạn của mình, giám sát việc thực hiện Nghị quyết này.
            Nghị quyết này được Quốc hội nước Cộng hòa xã hội chủ nghĩa Việt Nam khóa XIV, kỳ họp thứ 10 thông qua ngày 17 tháng 11 năm 2020.
            CHỦ TỊCH QUỐC HỘI Nguyễn Thị Kim Ngân
            """).Tasks;

        Assert.Equal(["4.5", "8.3", "8.4"], tasks.Select(t => t.Ordinal).ToList());
        Assert.DoesNotContain(tasks, t => t.Text.Contains("hướng dẫn bởi", StringComparison.Ordinal));
    }

    /// <summary>"… theo quy định tại Quyết định này. [Về cho vay … được hướng dẫn bởi Công văn 4530/NHCS-TDNN …]" (QĐ 12/2024/QĐ-TTg
    /// 9.2, dev): the clause's text ends before the portal's note; a bracket that is no such note stays.</summary>
    [Theory]
    [InlineData("2. Ngân hàng Chính sách xã hội tổ chức việc cho vay đối với người có đất thu hồi theo quy định tại Quyết định này. [Về cho vay đối với người có đất thu hồi đi làm việc ở nước ngoài theo hợp đồng  được hướng dẫn bởi Công văn 4530/NHCS-TDNN năm 2024 có hiệu lực từ ngày 01/08/2024]", "2. Ngân hàng Chính sách xã hội tổ chức việc cho vay đối với người có đất thu hồi theo quy định tại Quyết định này.")]
    [InlineData("a) Lập sổ sách [bản giấy và bản số];", "a) Lập sổ sách [bản giấy và bản số];")]
    public void A_portal_note_is_taken_out_of_its_line(string line, string kept) =>
        Assert.Equal(kept, new Pipeline.Tasks.PortalNote(Extract.Vocab).Strip(line));
}
