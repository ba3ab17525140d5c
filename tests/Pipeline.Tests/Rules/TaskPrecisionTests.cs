using Pipeline.Tests.Support;

namespace Pipeline.Tests.Rules;

/// <summary>
/// Families of items the rules took for tasks though corpus/expected/README.md says they are not (issue 10, task
/// precision), each on real lines of a development document.
/// </summary>
public class TaskPrecisionTests
{
    /// <summary>
    /// A decision that approves an investment ("Điều 1. Chấp thuận chủ trương đầu tư …") enacts; the contents it approves,
    /// the project's "Mục tiêu" included, are neither tasks nor targets; the duties of Điều 2 stay tasks. Lines from
    /// corpus/ocr/QD-2336-QD-UBND-LaoCai-CTDT-KCN-PhuXuan-scan.txt (dev, the OCR of its scan).
    /// </summary>
    [Fact]
    public void What_an_investment_approval_approves_is_neither_a_task_nor_a_target()
    {
        var tasks = Extract.Text("""
            ỦY BAN NHÂN DÂN
            TỈNH LÀO CAI
            Số: 2336/QĐ-UBND
            Lào Cai, ngày 04 tháng 3 năm 2026
            QUYẾT ĐỊNH CHẤP THUẬN CHỦ TRƯƠNG ĐẦU TƯ
            ĐỒNG THỜI CHẤP THUẬN NHÀ ĐẦU TƯ
            CHỦ TỊCH UỶ BAN NHÂN DÂN TỈNH LÀO CAI
            Căn cứ Luật Đầu tư số 143/2025/QH15 ngày 11 tháng 12 năm 2025;
            QUYẾT ĐỊNH:
            Điều 1. Chấp thuận chủ trương đầu tư đồng thời với chấp thuận nhà đầu
            tư đối với Dự án đầu tư xây dựng và kinh doanh kết cấu hạ tầng Khu công
            nghiệp Phú Xuân, xã Gia Phú, tỉnh Lào Cai gồm các nội dung sau:
            1. Nhà đầu tư
            Tên doanh nghiệp: Công ty Cổ phần công nghiệp Linh Linh.
            2. Tên dự án: Đầu tư xây dựng và kinh doanh kết cấu hạ tầng khu công
            nghiệp Phú Xuân.
            3. Mục tiêu dự án: Đầu tư xây dựng và kinh doanh kết cấu hạ tầng khu
            công nghiệp Phú Xuân với các mục tiêu hoạt động cụ thể như sau:
            - Cho thuê, điều hành, quản lý nhà và đất không để ở;
            - Kinh doanh bất động sản khác.
            7. Địa điểm thực hiện dự án: Xã Gia Phú, tỉnh Lào Cai.
            Điều 2. Tổ chức thực hiện
            1. Trách nhiệm của chủ đầu tư
            - Tổ chức triển khai thực hiện dự án theo đúng quy định của Luật Đầu tư,
            Luật Xây dựng, Luật Đất đai, Luật Bảo vệ Môi trường và các quy định pháp luật
            hiện hành của Nhà nước và của tỉnh Lào Cai.
            - Thực hiện nghiêm túc các nội dung theo Quyết định chủ trương đầu tư
            đồng thời chấp thuận nhà đầu tư đã được cấp.
            """).Tasks;

        Assert.DoesNotContain(tasks, t => t.Ordinal.StartsWith("1.", StringComparison.Ordinal));
        Assert.DoesNotContain(tasks, t => t.Kind == "target");
        Assert.Contains(tasks, t => t.Ordinal == "2.1.1");
        Assert.Contains(tasks, t => t.Ordinal == "2.1.2");
    }

    /// <summary>
    /// A regulation that organises a body prints its mandate over several articles: "Vị trí, chức năng của X" then
    /// "Nhiệm vụ của X". The duty list of the body the same regulation defines states its competence, not work the
    /// document assigns; the responsibility article of other bodies stays tasks. Lines from
    /// corpus/html/NQ-66.12-2026-NQ-CP-BCH-quansu-xa.html (dev), Điều 3, 4 and 7.
    /// </summary>
    [Fact]
    public void The_duty_list_of_the_body_a_regulation_defines_is_its_mandate()
    {
        const string resolution = """
            CHÍNH PHỦ
            Số: 66.12/2026/NQ-CP
            Hà Nội, ngày 26 tháng 01 năm 2026
            NGHỊ QUYẾT
            TỔ CHỨC VÀ HOẠT ĐỘNG CỦA BAN CHỈ HUY QUÂN SỰ XÃ, PHƯỜNG, ĐẶC KHU
            Căn cứ Luật Tổ chức Chính phủ số 63/2025/QH15;
            Chính phủ ban hành Nghị quyết tổ chức và hoạt động của Ban Chỉ huy quân sự xã, phường, đặc khu.
            Điều 3. Vị trí, chức năng của Ban Chỉ huy quân sự cấp xã
            1. Ban Chỉ huy quân sự cấp xã là cơ quan quân sự địa phương trực thuộc Bộ Chỉ huy quân sự cấp tỉnh.
            3. Ban Chỉ huy quân sự cấp xã có tư cách pháp nhân, con dấu, tài khoản, trụ sở riêng.
            Điều 4. Nhiệm vụ của Ban Chỉ huy quân sự cấp xã
            1. Tham mưu cho đảng ủy, chỉ huy cấp trên; đảng ủy, chính quyền cấp xã lãnh đạo xây dựng nền quốc phòng toàn dân, thế trận quốc phòng toàn dân gắn với thế trận an ninh nhân dân, xây dựng khu vực phòng thủ, xây dựng cơ sở vững mạnh toàn diện.
            3. Huấn luyện, sẵn sàng chiến đấu
            a) Chủ trì tham mưu cho đảng ủy, chính quyền cấp xã tổ chức bồi dưỡng, tập huấn, huấn luyện, diễn tập chiến đấu trong khu vực phòng thủ, phòng thủ dân sự, tìm kiếm, cứu nạn;
            b) Chủ trì, phối hợp với cơ quan chức năng cùng cấp xây dựng văn kiện tác chiến và thực hiện nhiệm vụ sẵn sàng chiến đấu, chiến đấu;
            10. Thực hiện các nhiệm vụ khác theo quy định của pháp luật, mệnh lệnh của chỉ huy cấp trên.
            Điều 7. Trách nhiệm của bộ, cơ quan ngang bộ, địa phương
            1. Bộ Quốc phòng chịu trách nhiệm trước Chính phủ quản lý nhà nước đối với Ban Chỉ huy quân sự cấp xã theo quy định của pháp luật.
            3. Ủy ban nhân dân cấp tỉnh quy hoạch, bố trí quỹ đất, kinh phí để xây dựng trụ sở làm việc, thao trường, bãi tập cho Ban Chỉ huy quân sự cấp xã.
            """;

        var tasks = Extract.Text(resolution).Tasks;
        Assert.DoesNotContain(tasks, t => t.Ordinal.StartsWith("4.", StringComparison.Ordinal));
        Assert.Contains(tasks, t => t.Ordinal == "7.1");
        Assert.Contains(tasks, t => t.Ordinal == "7.3");

        // Without the article that defines the body, "Nhiệm vụ của …" assigns work and its items stay tasks.
        var withoutDefinition = Extract.Text(resolution.Replace("Điều 3. Vị trí, chức năng của Ban Chỉ huy quân sự cấp xã",
            "Điều 3. Phạm vi điều chỉnh", StringComparison.Ordinal)).Tasks;
        Assert.Contains(withoutDefinition, t => t.Ordinal == "4.3.a");
    }

    /// <summary>
    /// A transitional provision keeps a body in operation until a later event: a status, not work. The clause before it
    /// that asks the bodies to prepare stays a task. Lines from corpus/markdown/NQ-1657-NQ-UBTVQH15-sapxep-xa-CaoBang.md
    /// (dev), Điều 2; every resolution of the UBTVQH arranging communes prints it.
    /// </summary>
    [Fact]
    public void A_transitional_provision_is_not_a_task()
    {
        var tasks = Extract.Text("""
            ỦY BAN THƯỜNG VỤ QUỐC HỘI
            Số: 1657/NQ-UBTVQH15
            Hà Nội, ngày 16 tháng 6 năm 2025
            NGHỊ QUYẾT
            VỀ VIỆC SẮP XẾP CÁC ĐƠN VỊ HÀNH CHÍNH CẤP XÃ CỦA TỈNH CAO BẰNG NĂM 2025
            QUYẾT NGHỊ:
            Điều 2. Hiệu lực thi hành
            1. Nghị quyết này có hiệu lực thi hành từ ngày được thông qua.
            2. Các cơ quan theo thẩm quyền khẩn trương thực hiện các công tác chuẩn bị cần thiết, bảo đảm để chính quyền địa phương ở các đơn vị hành chính cấp xã hình thành sau sắp xếp quy định tại Điều 1 của Nghị quyết này chính thức hoạt động từ ngày 01 tháng 7 năm 2025.
            3. Chính quyền địa phương ở đơn vị hành chính cấp xã trước sắp xếp tiếp tục hoạt động cho đến khi chính quyền địa phương ở đơn vị hành chính cấp xã hình thành sau sắp xếp chính thức hoạt động.
            Điều 3. Tổ chức thực hiện
            3. Hội đồng Dân tộc, các Ủy ban của Quốc hội, Đoàn đại biểu Quốc hội và đại biểu Quốc hội tỉnh Cao Bằng, trong phạm vi nhiệm vụ, quyền hạn của mình, giám sát việc thực hiện Nghị quyết này.
            """).Tasks;

        Assert.Contains(tasks, t => t.Ordinal == "2.2");
        Assert.DoesNotContain(tasks, t => t.Ordinal == "2.3");
        Assert.Contains(tasks, t => t.Ordinal == "3.3");
    }

    /// <summary>
    /// The conflict clause of a regulation ("Trong thời gian … Nghị quyết này có hiệu lực, nếu quy định … khác … thì thực
    /// hiện theo quy định tại Nghị quyết này") says which rule applies and names no actor: not a task. A time limit that
    /// opens a duty article's clause and names its actors stays one. Lines from corpus/html/NQ-66.7-2025-NQ-CP-cat-giam-TTHC.html
    /// (dev), Điều 10, and corpus/html/QD-42-2025-QD-TTg-tieuchi-vanhoa.html (dev), Điều 2.
    /// </summary>
    [Fact]
    public void A_regulations_conflict_clause_is_not_a_task()
    {
        var tasks = Extract.Text("""
            CHÍNH PHỦ
            Số: 66.7/2025/NQ-CP
            Hà Nội, ngày 15 tháng 11 năm 2025
            NGHỊ QUYẾT
            CẮT GIẢM, ĐƠN GIẢN HÓA THỦ TỤC HÀNH CHÍNH
            QUYẾT NGHỊ:
            Điều 2. Nhiệm vụ của các bộ, cơ quan trung ương, địa phương
            1. Trong thời gian 90 ngày kể từ ngày Quyết định này có hiệu lực thi hành, các bộ, cơ quan trung ương liên quan căn cứ chức năng nhiệm vụ được giao, công bố chỉ tiêu cụ thể, ban hành hướng dẫn thực hiện đối với các tiêu chí, chỉ tiêu thuộc Bộ tiêu chí.
            Điều 10. Hiệu lực thi hành
            1. Nghị quyết này có hiệu lực thi hành từ ngày 01 tháng 01 năm 2026 đến hết ngày 28 tháng 02 năm 2027 trừ trường hợp quy định tại khoản 2, khoản 3 Điều này.
            4. Trong thời gian các quy định của Nghị quyết này có hiệu lực, nếu quy định về thủ tục hành chính trong Nghị quyết này khác với các văn bản quy phạm pháp luật có liên quan thì thực hiện theo quy định tại Nghị quyết này.
            """).Tasks;

        Assert.DoesNotContain(tasks, t => t.Ordinal == "10.4");
        Assert.Contains(tasks, t => t.Ordinal == "2.1");
    }

    /// <summary>
    /// An article whose every sentence is about the document itself (entry into force, what it replaces) assigns no
    /// work; the execution article that names the bodies stays a task. Lines from corpus/word/QD-93-2007-QD-TTg-mot-cua.doc
    /// (dev), Điều 2 and 3.
    /// </summary>
    [Fact]
    public void An_article_about_the_document_itself_is_not_a_task()
    {
        var tasks = Extract.Text("""
            THỦ TƯỚNG CHÍNH PHỦ
            Số: 93/2007/QĐ-TTg
            Hà Nội, ngày 22 tháng 6 năm 2007
            QUYẾT ĐỊNH
            Ban hành Quy chế thực hiện cơ chế một cửa, cơ chế một cửa liên thông tại cơ quan hành chính nhà nước ở địa phương
            QUYẾT ĐỊNH:
            Điều 1. Ban hành kèm theo Quyết định này Quy chế thực hiện cơ chế một cửa, cơ chế một cửa liên thông tại cơ quan hành chính nhà nước ở địa phương.
            Điều 2. Quyết định này có hiệu lực thi hành sau 15 ngày, kể từ ngày đăng Công báo.
            Quyết định này thay thế Quyết định số 181/2003/QĐ-TTg ngày 04 tháng 9 năm 2003 của Thủ tướng Chính phủ về việc ban hành Quy chế thực hiện cơ chế “một cửa” tại cơ quan hành chính nhà nước ở địa phương.
            Điều 3. Các Bộ trưởng, Thủ trưởng cơ quan ngang Bộ, Thủ trưởng cơ quan thuộc Chính phủ, Chủ tịch Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương chịu trách nhiệm thi hành Quyết định này./.
            """).Tasks;

        Assert.DoesNotContain(tasks, t => t.Ordinal == "2");
        Assert.Contains(tasks, t => t.Ordinal == "3");
    }

    /// <summary>
    /// An inspection plan's programme says who chairs and what the team will look at ("- Chủ trì: Sở Công Thương …",
    /// "5. Nội dung kiểm tra: … - Kiểm tra hiện trường công trình …"): not work assigned. The item that asks the company
    /// to act ("Đề nghị Công ty mời …") stays a task. Lines from
    /// corpus/pdf/1629_SCT_CN_KHKTNT_Kho_VLCN_tam_Thuydien_NamCang1A_27.3.2026.pdf (dev); CV-3036 (dev) prints the same programme.
    /// </summary>
    [Fact]
    public void An_inspection_programme_is_not_a_task()
    {
        var tasks = Extract.Text("""
            UBND TỈNH LÀO CAI
            SỞ CÔNG THƯƠNG
            Số: 1629/SCT-CN
            V/v kế hoạch kiểm tra công tác nghiệm thu hoàn thành công trình xây dựng kho chứa vật liệu nổ công nghiệp
            Lào Cai, ngày 27 tháng 3 năm 2026
            Kính gửi: Công ty cổ phần Đầu tư xây dựng hạ tầng cơ sở
            Sở Công Thương nhận được Văn bản số 01/GM-HTCS ngày 17/3/2026 của Công ty cổ phần Đầu tư xây dựng hạ tầng cơ sở về việc báo cáo hoàn thành thi công xây dựng kho chứa vật liệu nổ công nghiệp.
            2. Thời gian kiểm tra: Ngày 31 tháng 03 năm 2026 (thứ Ba)
            3. Địa điểm: Tại hiện trường công trình ở xã Mường Bo, tỉnh Lào Cai.
            4. Thành phần tham gia kiểm tra:
            - Chủ trì: Sở Công Thương tỉnh Lào Cai
            - Thành phần tham dự: Công ty cổ phần Đầu tư xây dựng hạ tầng cơ sở (Chủ đầu tư). Đề nghị Công ty mời các đơn vị tư vấn và nhà thầu thi công xây dựng công trình có liên quan.
            5. Nội dung kiểm tra:
            a) Đối với công tác nghiệm thu hoàn thành công trình xây dựng:
            - Kiểm tra hiện trường công trình, đối chiếu với hồ sơ thiết kế xây dựng triển khai sau thiết kế cơ sở, hồ sơ hoàn công.
            - Kiểm tra sự tuân thủ các quy định về công tác quản lý chất lượng của chủ đầu tư và các nhà thầu tham gia hoạt động xây dựng theo quy định tại Nghị định 06/2021/NĐ-CP ngày 26/01/2021;
            b) Đối với công tác nghiệm thu về phòng cháy chữa cháy: Theo quy định tại điểm a khoản 5 Điều 18 Luật số 55/2024/QH15.
            """).Tasks;

        Assert.DoesNotContain(tasks, t => t.Text.StartsWith("Chủ trì:", StringComparison.Ordinal));
        Assert.DoesNotContain(tasks, t => t.Ordinal.StartsWith("5.", StringComparison.Ordinal));
        Assert.Contains(tasks, t => t.Text.Contains("Đề nghị Công ty mời", StringComparison.Ordinal));
    }

    /// <summary>
    /// A Party resolution numbers its sections "I- QUAN ĐIỂM CHỈ ĐẠO", "II- MỤC TIÊU", "III- NHIỆM VỤ, GIẢI PHÁP": the
    /// hyphen closes the roman numeral, the guiding viewpoints are not tasks, the aims are targets and the tasks carry
    /// their section's numeral. Lines from corpus/markdown/NQ-57-NQ-TW-BoChinhTri-KHCN-CDS.md (dev).
    /// </summary>
    [Fact]
    public void A_party_resolutions_viewpoints_are_not_tasks()
    {
        var tasks = Extract.Text("""
            BAN CHẤP HÀNH TRUNG ƯƠNG
            Số: 57-NQ/TW
            Hà Nội, ngày 22 tháng 12 năm 2024
            NGHỊ QUYẾT
            CỦA BỘ CHÍNH TRỊ
            về đột phá phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số quốc gia
            I- QUAN ĐIỂM CHỈ ĐẠO
            1. Phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số quốc gia là đột phá quan trọng hàng đầu, là động lực chính để phát triển nhanh lực lượng sản xuất hiện đại.
            2. Tăng cường sự lãnh đạo toàn diện của Đảng, phát huy sức mạnh tổng hợp của cả hệ thống chính trị, sự tham gia tích cực của doanh nhân, doanh nghiệp và Nhân dân.
            II- MỤC TIÊU
            1. Đến năm 2030
            - Kinh phí chi cho nghiên cứu phát triển (R&D) đạt 2% GDP, trong đó kinh phí từ xã hội chiếm hơn 60%.
            III- NHIỆM VỤ, GIẢI PHÁP
            1. Nâng cao nhận thức, đột phá về đổi mới tư duy
            - Có chương trình tuyên truyền, giáo dục hiệu quả để nâng cao nhận thức, quyết tâm của toàn xã hội về phát triển khoa học, công nghệ.
            """).Tasks;

        Assert.DoesNotContain(tasks, t => t.Text.StartsWith("Tăng cường sự lãnh đạo toàn diện", StringComparison.Ordinal));
        Assert.Contains(tasks, t => t.Ordinal == "II.1.1" && t.Kind == "target");
        Assert.Contains(tasks, t => t.Ordinal == "III.1.1" && t.Kind == "task");
    }

    /// <summary>
    /// A reply letter (công văn) restates the law's cases: "Đối với dự án khác thì người quyết định đầu tư tự tổ chức thẩm
    /// định dự án" lays down who appraises which project and asks no one to act (corpus/expected/README.md, reply and
    /// guidance letters), as a regulation's rule clause does; a case whose consequent names who must act ("Trường hợp …,
    /// đề nghị chủ đầu tư thực hiện thủ tục …") stays a task. Lines from corpus/pdf/CV-3298-SXD-QLHDXD-LaoCai-mo-da-DongKhe.pdf
    /// and corpus/pdf/CV-6791-SNNMT-KHTC-LaoCai-CCN-BaoDap.pdf (dev).
    /// </summary>
    [Fact]
    public void A_letters_restated_case_without_an_actor_is_not_a_task()
    {
        var tasks = Extract.Text("""
            UBND TỈNH LÀO CAI
            SỞ XÂY DỰNG
            Số: 3298 /SXD-QLHĐXD
            V/v hướng dẫn hoàn thiện hồ sơ thiết kế mỏ đá Đồng Khê, xã Văn Chấn, tỉnh Lào Cai.
            Lào Cai, ngày 10 tháng 12 năm 2025
            Kính gửi: Công ty TNHH Đại Đồng Tiến.
            Sau khi xem xét hồ sơ và các tài liêu có liên quan, Sở Xây dựng có ý kiến như sau:
            1. Đối với các dự án đã được phân cấp hoặc uỷ quyền quyết định đầu tư thì người được phân cấp hoặc uỷ quyền quyết định đầu tư có trách nhiệm tổ chức thẩm định dự án.
            2. Đối với dự án khác thì người quyết định đầu tư tự tổ chức thẩm định dự án.
            3. Trường hợp được cơ quan có thẩm quyền phê duyệt chủ trương đầu tư dự án, đề nghị chủ đầu tư thực hiện thủ tục, trình tự quyết định chủ trương chuyển mục đích sử dụng rừng, nộp tiền trồng rừng thay thế và chuyển mục đích sử dụng rừng theo đúng quy định của pháp luật về lâm nghiệp.
            """).Tasks;

        Assert.DoesNotContain(tasks, t => t.Ordinal == "2");
        Assert.Contains(tasks, t => t.Ordinal == "3" && t.Units.Any(u => u.Name == "chủ đầu tư"));
    }

    /// <summary>
    /// An appraisal notice lists its legal bases as bullets ("- Căn cứ Kết quả thẩm tra …") before its roman sections; the
    /// sections are not inside the last basis bullet, so a findings section ("V. KẾT QUẢ THẨM ĐỊNH") keeps its items out of
    /// the tasks and the tasks of "VI. KẾT LUẬN VÀ KIẾN NGHỊ" carry their section's numeral and the lead its heading names.
    /// Lines from corpus/word/TB-SCT-CN-2025-LaoCai-thamdinh-SanBang.doc (dev).
    /// </summary>
    [Fact]
    public void Roman_sections_after_basis_bullets_are_not_inside_them()
    {
        var tasks = Extract.Text(SanBangHeader + """
            Căn cứ hồ sơ trình thẩm định kèm theo Tờ trình số 3181/TTr-VIMICO ngày 16/11/2025 của Tổng công ty Khoáng sản – TKV;
            - Căn cứ Kết quả thẩm tra tại Báo cáo số 1327/TVM-XD ngày 28/11/2025 của Công ty cổ phần Tư vấn đầu tư mỏ và công nghiệp – Vinacomin;
            Sau khi xem xét, Sở Công Thương thông báo kết quả thẩm định thiết kế bản vẽ thi công như sau:
            V. KẾT QUẢ THẨM ĐỊNH THIẾT KẾ XÂY DỰNG
            2. Điều kiện năng lực hoạt động xây dựng của tổ chức, cá nhân tham gia khảo sát, thiết kế, thẩm tra thiết kế
            - Tổ chức, cá nhân tham gia thiết kế, thẩm tra: Xem xét chứng chỉ năng lực hoạt động xây dựng của tổ chức tư vấn và chứng chỉ hành nghề của các cá nhân chủ trì thiết kế.
            VI. KẾT LUẬN VÀ KIẾN NGHỊ
            2. Yêu cầu đối với Tổng công ty Khoáng sản TKV -CTCP
            - Tổ chức thực hiện đúng thiết kế xây dựng đã được thẩm định tại văn bản này; bảo đảm ATLĐ, PCCC và môi trường trong quá trình thi công.
            - Lưu trữ theo quy định của pháp luật về lưu trữ và đáp ứng kịp thời yêu cầu của cơ quan nhà nước có thẩm quyền khi cần thiết.
            """).Tasks;

        Assert.DoesNotContain(tasks, t => t.Text.StartsWith("Tổ chức, cá nhân tham gia thiết kế", StringComparison.Ordinal));
        Assert.Equal(["VI.2.1", "VI.2.2"], tasks.Select(t => t.Ordinal));
        Assert.All(tasks, t => Assert.Contains(t.Units, u => u.Name == "Tổng công ty Khoáng sản TKV -CTCP"));
    }

    /// <summary>
    /// An appraisal notice (the form of Nghị định 175/2024/NĐ-CP) describes the project, the dossier and the appraising body's
    /// scope, principles and disclaimers before its conclusion: "I. THÔNG TIN CHUNG VỀ CÔNG TRÌNH", "II. HỒ SƠ TRÌNH THẨM
    /// ĐỊNH …", "IV. PHẠM VI, CƠ SỞ VÀ NGUYÊN TẮC THẨM ĐỊNH" are background, not tasks, whatever verbs their items hold; the
    /// requirements of "VI. KẾT LUẬN VÀ KIẾN NGHỊ" stay tasks. Lines from corpus/word/TB-SCT-CN-2025-LaoCai-thamdinh-SanBang.doc
    /// (dev); corpus/docx/TB-tham-dinh-TKKT-dieu-chinh-thuy-dien-YenHa.docx (dev) prints the same sections.
    /// </summary>
    [Fact]
    public void An_appraisal_notices_background_sections_are_not_tasks()
    {
        var tasks = Extract.Text(SanBangHeader + """
            Sau khi xem xét, Sở Công Thương thông báo kết quả thẩm định thiết kế bản vẽ thi công như sau:
            I. THÔNG TIN CHUNG VỀ CÔNG TRÌNH
            1. Tên công trình: Đường ô tô lên bãi thải San Bang.
            2. Mã số thông tin dự án (theo quy định của Chính phủ về Cơ sở dữ liệu quốc gia về hoạt động xây dựng): Chưa có. Lý do: Hiện nay Hệ thống chưa hoạt động, đề nghị Chủ đầu tư cập nhật khi Hệ thống hoạt động.
            II. HỒ SƠ TRÌNH THẨM ĐỊNH THIẾT KẾ XÂY DỰNG
            2. Hồ sơ, tài liệu khảo sát, thiết kế, thẩm tra:
            - Hồ sơ khảo sát xây dựng được Chủ đầu tư nghiệm thu, xác nhận, phê duyệt tại Quyết định số 1025/QĐ-VIMICO ngày 27/10/2025;
            IV. PHẠM VI, CƠ SỞ VÀ NGUYÊN TẮC THẨM ĐỊNH
            2. Nêu phạm vi thực hiện thẩm định thiết kế xây dựng triển khai sau thiết kế cơ sở của cơ quan chuyên môn về xây dựng đối với các nội dung quy định:
            a) Phạm vi thực hiện thẩm định thiết kế xây dựng triển khai sau thiết kế cơ sở của Sở Công Thương Lào Cai đối với các nội dung theo quy định:
            - Việc thẩm định được thực hiện trên nguyên tắc khách quan, minh bạch, tuân thủ đúng quy định tại Điều 6 và Điều 7 Nghị định số 175/2024/NĐ-CP.
            - Chủ đầu tư hoặc cơ quan chuyên môn trực thuộc người quyết định đầu tư thẩm định (trong trường hợp người quyết định đầu tư có yêu cầu) các nội dung còn lại theo quy định.
            VI. KẾT LUẬN VÀ KIẾN NGHỊ
            2. Yêu cầu đối với Tổng công ty Khoáng sản TKV -CTCP
            - Tổ chức thực hiện đúng thiết kế xây dựng đã được thẩm định tại văn bản này; bảo đảm ATLĐ, PCCC và môi trường trong quá trình thi công.
            """).Tasks;

        Assert.Equal(["VI.2.1"], tasks.Select(t => t.Ordinal));
    }

    // The header of corpus/word/TB-SCT-CN-2025-LaoCai-thamdinh-SanBang.doc (dev), an appraisal notice.
    private const string SanBangHeader = """
        UBND TỈNH LÀO CAI
        SỞ CÔNG THƯƠNG
        Số:            /SCT-CN
        Lào Cai, ngày         tháng       năm 2025
        V/v thông báo kết quả thẩm định thiết kế bản vẽ thi công hạng mục công trình: "Đường ô tô lên bãi thải San Bang" thuộc dự án Mở rộng nâng công suất mỏ đồng Sin Quyền.
        Kính gửi: Tổng công ty Khoáng sản TKV -CTCP

        """;

    /// <summary>
    /// A letter that recounts a new rule cites the provision and quotes it ("Khoản 2 Điều 3 của Thông tư số … quy định:
    /// "… Uỷ ban nhân dân cấp tỉnh … có trách nhiệm tiếp nhận hồ sơ …""): the duty is the law's, the letter's task is its
    /// own request ("Bộ Công Thương đề nghị Ủy ban nhân dân các tỉnh, thành phố hướng dẫn, tổ chức thực hiện …").
    /// Lines from corpus/ocr/CV-2265-BCT-ATMT-scan.txt (dev, the OCR of its scan).
    /// </summary>
    [Fact]
    public void A_provision_a_letter_quotes_is_not_a_task()
    {
        var tasks = Extract.Text("""
            BỘ CÔNG THƯƠNG
            CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM
            Độc lập - Tự do - Hạnh phúc
            Số: 2265/BCT-ATMT
            V/v triển khai thực hiện thủ tục cấp
            Giấy phép vận chuyển hàng hóa nguy
            hiểm loại 1,2,3,4,9
            Hà Nội, ngày 02 tháng 4 năm 2026
            Kính gửi: Ủy ban nhân dân các tỉnh, thành phố

            Ngày 25 tháng 3 năm 2026, Bộ Công Thương ban hành Thông tư số
            15/2026/TT-BCT ngày 25 tháng 3 năm 2026 về việc sửa đổi, bổ sung một số
            điều của Thông tư số 38/2025/TT-BCT của Bộ trưởng Bộ Công Thương sửa
            đổi, bổ sung một số quy định về phân cấp thực hiện thủ tục hành chính trong
            các lĩnh vực thuộc phạm vi quản lý của Bộ Công Thương, trong đó quy định
            phân cấp thực hiện thủ tục hành chính về vận chuyển hàng hóa nguy hiểm
            loại 1, 2, 3, 4, 9 cho Ủy ban nhân dân cấp tỉnh, cụ thể:
            - Khoản 2 Điều 3 của Thông tư số 15/2026/TT-BCT quy định: "Bộ
            trưởng Bộ Công Thương phân cấp cho Uỷ ban nhân dân cấp tỉnh nơi các tổ
            chức, cá nhân đặt trụ sở chính hoặc chi nhánh trên địa bàn địa phương có
            trách nhiệm tiếp nhận hồ sơ, thẩm định, cấp, cấp điều chỉnh, cấp lại, thu hồi
            giấy phép vận chuyển hàng hóa nguy hiểm đối với loại 1 (trừ vật liệu nổ công
            nghiệp, tiền chất thuốc nổ), loại 2, loại 3, loại 4, loại 9".
            - Khoản 1 Điều 8 Thông tư số 15/2026/TT-BCT về điều khoản thi hành:
            Thông tư có hiệu lực từ ngày 10/4/2026.
            Bộ Công Thương đề nghị Ủy ban nhân dân các tỉnh, thành phố hướng
            dẫn, tổ chức thực hiện cấp, cấp điều chỉnh, cấp lại, thu hồi giấy phép vận
            chuyển hàng hóa nguy hiểm cho các tổ chức/cá nhân đặt trụ sở chính hoặc chi
            nhánh trên địa bàn địa phương./.
            Nơi nhận:
            - Như trên;
            - Lưu: VT, ATMT.
            """).Tasks;

        Assert.DoesNotContain(tasks, t => t.Text.StartsWith("Khoản 2 Điều 3", StringComparison.Ordinal));
        Assert.Contains(tasks, t => t.Text.Contains("đề nghị Ủy ban nhân dân các tỉnh", StringComparison.Ordinal));
    }

    /// <summary>
    /// A letter that asks its addressees to carry out the points it lists ("Sở Nông nghiệp và Môi trường đề nghị một số
    /// nội dung cụ thể như sau:") makes a quoted provision among them one of those points: "Khoản 1 Điều 12 Thông tư số …
    /// quy định: Tổ chức, cá nhân khai thác … phải lập bản đồ hiện trạng …" stays a task. Lines from
    /// corpus/layout/CV-5141-SNNMT-KS-LaoCai-baocao-sanluong.txt (dev), item 1.5.
    /// </summary>
    [Fact]
    public void A_provision_quoted_among_the_points_a_letter_asks_for_stays_a_task()
    {
        var tasks = Extract.Text("""
            UBND TỈNH LÀO CAI
            SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG
            Số: 5141 /SNNMT-KS
            V/v quản lý, thống kê, kê khai và báo cáo sản
            lượng, kết quả khai thác, thu hồi khoáng sản
            Lào Cai, ngày 29 tháng 12 năm 2025
            Kính gửi: Các tổ chức, cá nhân khai thác, thu hồi khoáng sản
            trên địa bàn tỉnh Lào Cai.

            Nhằm chấn chỉnh, nâng cao trách nhiệm của các tổ chức, cá nhân được cấp
            phép khai thác khoáng sản, yêu cầu các đơn vị nghiêm túc thực hiện việc quản lý,
            kê khai, báo cáo sản lượng và kết quả khai thác khoáng sản trung thực, chính xác
            và theo đúng quy định hiện hành. Sở Nông nghiệp và Môi trường đề nghị một số
            nội dung cụ thể như sau:
            1. Về việc lập, cập nhật, nộp và lưu giữ bản đồ hiện trạng, bản vẽ mặt
            cắt hiện trạng đối với khoáng sản rắn.
            - Khoản 1 Điều 12 Thông tư số 36/2025/TT-BNNMT quy định: Tổ chức, cá
            nhân khai thác các loại khoáng sản rắn phải lập bản đồ hiện trạng, bản vẽ mặt
            cắt hiện trạng khu vực được phép khai thác khoáng sản từ khi bắt đầu xây dựng
            cơ bản mỏ; trong quá trình khai thác khoáng sản cho đến khi kết thúc khai thác
            khoáng sản (đóng cửa mỏ khoáng sản).
            - Tổ chức lập bản đồ hiện trạng, bản vẽ mặt cắt phải chịu trách nhiệm toàn diện
            trước pháp luật.
            Nơi nhận:
            - Như trên;
            - Lưu: VT, KS.
            """).Tasks;

        Assert.Contains(tasks, t => t.Text.StartsWith("Khoản 1 Điều 12", StringComparison.Ordinal));
    }

    /// <summary>
    /// A council's resolution on a period first assesses it ("Điều 1. Hội đồng nhân dân tỉnh thống nhất đánh giá kết quả
    /// thực hiện nhiệm vụ … với những nội dung chủ yếu sau:"): its paragraphs report results and shortcomings, not tasks,
    /// though they hold words such as "chỉ đạo" or "thực hiện"; the tasks are the items of the article that adopts the
    /// directions ("Điều 2. … thống nhất thông qua phương hướng, nhiệm vụ …"). Lines from
    /// corpus/markdown/NQ-01-2017-NQ-HDND-HauGiang-KTXH-6thang-body.md (dev).
    /// </summary>
    [Fact]
    public void The_paragraphs_of_a_resolutions_assessing_article_are_findings()
    {
        var tasks = Extract.Text("""
            NGHỊ QUYẾT
            VỀ
            TÌNH HÌNH KINH TẾ - XÃ HỘI, QUỐC PHÒNG - AN NINH 6 THÁNG ĐẦU NĂM VÀ PHƯƠNG
            HƯỚNG, NHIỆM VỤ PHÁT TRIỂN KINH TẾ - XÃ HỘI, QUỐC PHÒNG - AN NINH 6 THÁNG CUỐI
            NĂM 2017
            HỘI ĐỒNG NHÂN DÂN TỈNH HẬU GIANG
            KHÓA IX KỲ HỌP THỨ SÁU
            Căn cứ Luật Tổ chức chính
            quyền địa phương ngày 19 tháng 6 năm 2015;
            QUYẾT NGHỊ:
            Điều 1. Hội đồng nhân dân tỉnh thống nhất
            đánh giá kết quả thực hiện nhiệm vụ phát triển kinh tế - xã hội, quốc
            phòng - an ninh 6 tháng đầu năm và phương hướng, nhiệm vụ 6 tháng cuối năm
            2017, với những nội dung chủ yếu sau:
            Trong 6 tháng đầu năm được sự chỉ
            đạo tập trung, quyết liệt của UBND tỉnh, sự nỗ lực của các cấp, các ngành, các
            doanh nghiệp và Nhân dân trong tỉnh, tình hình kinh tế - xã hội tiếp tục có
            chuyển biến và đạt được những kết quả quan trọng.
            Công tác giải phóng mặt bằng từng
            lúc còn chậm làm ảnh hưởng đến tiến độ thực hiện dự án, đặc biệt là các công
            trình trọng điểm.
            Điều 2. Hội đồng nhân dân tỉnh thống nhất thông qua
            phương hướng, nhiệm vụ phát triển kinh tế - xã hội, quốc phòng - an ninh 6
            tháng cuối năm 2017, trong đó cần tập trung một số nhiệm
            vụ chủ yếu sau:
            2. Thực hiện đồng bộ các giải
            pháp nhằm cải thiện môi trường đầu tư. Triển khai Kế hoạch số
            50/KH-UBND ngày 08 tháng 5 năm 2017 của UBND tỉnh về “Kế hoạch Khởi nghiệp
            giai đoạn 2017 - 2020, định hướng đến năm 2025 trên địa bàn tỉnh Hậu Giang”.
            3. Tăng cường quản lý đầu
            tư và xử lý nợ đọng xây dựng cơ bản từ nguồn ngân sách nhà nước, trái phiếu
            Chính phủ. Kiểm soát chặt chẽ các kế hoạch điều chỉnh, bổ sung vốn.
            """).Tasks;

        Assert.DoesNotContain(tasks, t => t.Ordinal.StartsWith("1.", StringComparison.Ordinal));
        Assert.Contains(tasks, t => t.Ordinal == "2.2");
        Assert.Contains(tasks, t => t.Ordinal == "2.3");
    }

    /// <summary>
    /// A letter that cites a provision and prints its points: "Tại khoản 1 Điều 10 Thông tư số 36/2025/TT-BNNMT ngày
    /// 02/7/2025 quy định: Tổ chức, cá nhân khai thác khoáng sản … phải lắp đặt các thiết bị kiểm soát sản lượng … cụ thể:"
    /// then "a) Đối với dự án đầu tư khai thác khoáng sản không có hạng mục chế biến khoáng sản, trữ lượng khoáng sản
    /// nguyên khai phải được kiểm soát …", "b) …". The a), b) are the cited law's labels, not items of the letter: they
    /// are the citing item's text (CV-5141/SNNMT-KS Lào Cai, dev, layout text, item 1.4).
    /// </summary>
    [Fact]
    public void The_points_of_a_cited_provision_belong_to_the_citing_paragraph()
    {
        var record = Extract.File("layout", "CV-5141-SNNMT-KS-LaoCai-baocao-sanluong.txt");
        // The citation is itself a paragraph of item (1). "Theo quy định tại điểm h …, cụ thể:", whose text it is (expected 1.4.1).
        var citing = Assert.Single(record.Tasks, t => t.Text.Contains("cụ thể: Tại khoản 1 Điều 10 Thông tư số 36/2025/TT-BNNMT", StringComparison.Ordinal));
        Assert.StartsWith("Theo quy định tại điểm h khoản 2 Điều 59", citing.Text, StringComparison.Ordinal);
        Assert.Contains("a) Đối với dự án đầu tư khai thác khoáng sản không có hạng mục chế biến khoáng sản", citing.Text);
        Assert.DoesNotContain(record.Tasks, t => t.Text.StartsWith("Đối với dự án đầu tư khai thác khoáng sản không có hạng mục", StringComparison.Ordinal));
        Assert.DoesNotContain(record.Tasks, t => t.Text.StartsWith("Thiết bị cân, thiết bị đo đạc, thiết bị giám sát hành trình", StringComparison.Ordinal));
    }

    /// <summary>
    /// A clause that grants a power is not a task: in QĐ-1050/QĐ-SCT Lào Cai (dev), Điều 3 "Nhiệm vụ và quyền hạn của Đoàn
    /// kiểm tra", item "3.7. Đoàn kiểm tra được sử dụng con dấu của Sở Công Thương để ban hành các văn bản trong quá
    /// trình thực hiện nhiệm vụ kiểm tra." grants the team a right, while its duty items (3.1 …) stay tasks.
    /// </summary>
    [Fact]
    public void A_clause_that_grants_a_right_is_not_a_task()
    {
        var record = Extract.File("pdf", "QD-1050-kiem-tra-VLNCN-2026.pdf");
        Assert.DoesNotContain(record.Tasks, t => t.Text.StartsWith("Đoàn kiểm tra được sử dụng con dấu", StringComparison.Ordinal));
        Assert.Contains(record.Tasks, t => t.Ordinal == "3.1");
    }
}
