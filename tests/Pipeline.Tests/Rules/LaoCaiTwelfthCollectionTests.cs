using Pipeline.Tests.Support;

namespace Pipeline.Tests.Rules;

/// <summary>
/// Constructs of the Twelfth collection's Lào Cai documents (dev, added by session s30lc: measured unseen before these
/// rules), each on the real lines of its document under corpus/text/ or corpus/layout/.
/// </summary>
public class LaoCaiTwelfthCollectionTests
{
    /// <summary>
    /// CV-UBND-KT-LaoCai-thammuu-uyquyen-huanluyen-VLNCN-docxtext.txt: "Căn cứ ý kiến chỉ đạo trên, Sở Công Thương và các
    /// đơn vị liên quan triển khai thực hiện./." takes the letter's own directions as its basis and only asks the addressees
    /// to carry them out: the closing formula, not a second task.
    /// </summary>
    [Fact]
    public void A_closing_reprise_of_the_letters_own_directions_is_no_task()
    {
        var record = Extract.Text(
            "UỶ BAN NHÂN DÂN TỈNH  LÀO CAI |  | CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc\n" +
            "Số:             /UBND-KT |  | Lào Cai, ngày         tháng       năm 2025\n" +
            "V/v tham mưu uỷ quyền thủ tục kiểm tra, cấp giấy chứng nhận huấn luyện kỹ thuật an toàn vật liệu nổ công nghiệp |  | \n\n" +
            "Kính gửi: | - Sở Công Thương; - Sở Tư pháp.\n\n" +
            "Liên quan thủ tục huấn luyện, kiểm tra, cấp giấy chứng nhận huấn luyện kỹ thuật an toàn vật liệu nổ công nghiệp quy định tại Nghị định số 181/2024/NĐCP ngày 31/12/2024 và Nghị định số 146/2025/NĐ-CP ngày 12/6/2025 của Chính phủ; Chủ tịch UBND tỉnh có ý kiến chỉ đạo như sau: \n" +
            "Giao Sở Công Thương chủ trì, phối hợp với Sở Tư pháp và các cơ quan có liên quan, căn cứ Luật Tổ chức chính quyền địa phương ngày 16/6/2025, Luật Quản lý, sử dụng vũ khí, vật liệu nổ ngày 29/6/2024 và quy định khác có liên quan, nghiên cứu, tham mưu Ủy ban nhân dân tỉnh việc uỷ quyền thực hiện thủ tục huấn luyện, kiểm tra, cấp giấy chứng nhận huấn luyện kỹ thuật an toàn vật liệu nổ công nghiệp thuộc thẩm quyền của Ủy ban nhân dân tỉnh Lào Cai cho Giám đốc Sở Công Thương; trình UBND tỉnh xem xét, quyết định trước ngày 15/9/2025. \n" +
            "Căn cứ ý kiến chỉ đạo trên, Sở Công Thương và các đơn vị liên quan triển khai thực hiện./. \n\n" +
            "Nơi nhận: - Như trên; - Chủ tịch UBND tỉnh; - PCT UBND tỉnh Nguyễn Thành Sinh; - CVP, PCVP UBND tỉnh (Bích); - Lưu: VT, KT(Nho). | KT. CHỦ TỊCH PHÓ CHỦ TỊCH Nguyễn Thành Sinh\n",
            "sample.txt");

        var task = Assert.Single(record.Tasks);
        Assert.StartsWith("Giao Sở Công Thương chủ trì", task.Text);
        Assert.Equal("2025-09-15", task.Deadline?.Date);
    }

    private const string Qd2390Articles =
        "       Điều 3. Căn cứ nội dung được giao, chủ đầu tư và các cơ quan có liên\n" +
        "quan tổ chức thực hiện, quản lý và sử dụng nguồn vốn hiệu quả, theo đúng quy\n" +
        "định hiện hành.\n" +
        "       Điều 4. Quyết định này có hiệu lực kể từ ngày ký.\n" +
        "       Đề nghị Ủy ban Kiểm tra Tỉnh ủy, Ban Nội chính Tỉnh ủy, Kiểm toán khu\n" +
        "vực VII phối hợp kiểm tra, giám sát định kỳ hoặc thường xuyên trong quá trình\n" +
        "triển khai thực hiện Quyết định này. Thanh tra tỉnh, Công an tỉnh theo chức\n" +
        "năng, nhiệm vụ, quyền hạn được giao tham mưu cho Ủy ban nhân dân tỉnh để\n" +
        "việc triển khai thực hiện Quyết định đảm bảo các quy định của pháp luật, xử lý\n" +
        "nghiêm các vi phạm nếu có.\n" +
        "       Chánh Văn phòng Uỷ ban nhân dân tỉnh; Thủ trưởng các Sở, ban, ngành,\n" +
        "Kho bạc Nhà nước Khu vực IX, các chủ đầu tư, Chủ tịch Ủy ban nhân dân các\n" +
        "xã, phường, đơn vị có liên quan chịu trách nhiệm thi hành Quyết định này./.\n\n\n" +
        "Nơi nhận:                                      TM. UỶ BAN NHÂN DÂN\n" +
        "- Văn phòng Chính phủ;\n" +
        "- Bộ Tài chính;                                      CHỦ TỊCH\n" +
        "- Lưu VT, XD, TH.\n\n\n" +
        "                                                    Nguyễn Tuấn Anh\n";

    private const string Qd2390Header =
        " ỦY BAN NHÂN DÂN                 CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM\n" +
        "   TỈNH LÀO CAI                        Độc lập - Tự do - Hạnh phúc\n\n" +
        "   Số: 2390 /QĐ-UBND                 Lào Cai, ngày 09 tháng 7 năm 2026\n\n\n" +
        "                             QUYẾT ĐỊNH\n" +
        "          Về kế hoạch đầu tư công trung hạn giai đoạn 2026-2030\n" +
        "              nguồn vốn ngân sách địa phương tỉnh Lào Cai\n\n\n\n" +
        "                   ỦY BAN NHÂN DÂN TỈNH LÀO CAI\n\n" +
        "      Xét đề nghị của Giám đốc Sở Tài chính tại Tờ trình số 536/TTr-STC ngày\n" +
        "19 tháng 06 năm 2026.\n" +
        "                              QUYẾT ĐỊNH:\n\n";

    /// <summary>
    /// QD-2390-QD-UBND-LaoCai-KH-dautucong-trunghan.txt Điều 3: a basis, its comma, then the main clause whose subject is
    /// printed in lower case ("chủ đầu tư và các cơ quan có liên quan tổ chức thực hiện …"): a task, the subject its leads.
    /// </summary>
    [Fact]
    public void A_basis_then_a_lower_case_subject_is_a_task_of_that_subject()
    {
        var record = Extract.Text(Qd2390Header + Qd2390Articles, "sample.txt");

        var task = Assert.Single(record.Tasks, t => t.Ordinal == "3");
        Assert.Equal(["chủ đầu tư", "các cơ quan có liên quan"], task.Units.Where(u => u.Role == "lead").Select(u => u.Name));
    }

    /// <summary>
    /// QD-2390 Điều 4: after the entry into force and the "Đề nghị …" sentence, the execution sentence opens with a ';' list of
    /// names ("Chánh Văn phòng Uỷ ban nhân dân tỉnh; Thủ trưởng các Sở, …") whose verb follows the last one: the first name
    /// leads too.
    /// </summary>
    [Fact]
    public void The_first_name_of_a_semicolon_list_in_a_later_sentence_shares_its_verb()
    {
        var record = Extract.Text(Qd2390Header + Qd2390Articles, "sample.txt");

        var task = Assert.Single(record.Tasks, t => t.Ordinal == "4");
        Assert.Contains(task.Units, u => u.Name == "Chánh Văn phòng Uỷ ban nhân dân tỉnh" && u.Role == "lead");
        Assert.Contains(task.Units, u => u.Name == "Thủ trưởng các Sở, ban, ngành");
    }

    /// <summary>
    /// QD-2170-QD-UBND-LaoCai-CTDT-KCN-BanQua.txt: the type word and its title on one line in capitals, indented so that
    /// it sits left of the page's middle ("         QUYẾT ĐỊNH CHẤP THUẬN CHỦ TRƯƠNG ĐẦU TƯ"), is the heading across the
    /// page, not the issuer's column: type and title are read.
    /// </summary>
    [Fact]
    public void A_type_word_with_its_title_on_one_line_is_no_side_of_the_header()
    {
        var record = Extract.Text(
            " UỶ BAN NHÂN DÂN              CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM\n" +
            "   TỈNH LÀO CAI                     Độc lập - Tự do - Hạnh phúc\n\n" +
            " Số: 2170 /QĐ - UBND               Lào Cai, ngày 23 tháng 6 năm 2026\n\n\n" +
            "         QUYẾT ĐỊNH CHẤP THUẬN CHỦ TRƯƠNG ĐẦU TƯ\n" +
            "             ĐỒNG THỜI CHẤP THUẬN NHÀ ĐẦU TƯ\n" +
            "              (Cấp lần đầu: Ngày 23 tháng 6 năm 2026)\n\n" +
            "                    UỶ BAN NHÂN DÂN TỈNH LÀO CAI\n" +
            "       Căn cứ Luật Tổ chức chính quyền địa phương số 72/2025/QH15 ngày 16\n" +
            "tháng 6 năm 2025;\n" +
            "       Căn cứ Luật Đầu tư số 143/2025/QH15 ngày 11 tháng 12 năm 2025;\n\n" +
            "                                  QUYẾT ĐỊNH:\n" +
            "      Điều 1. Chấp thuận chủ trương đầu tư đồng thời với chấp thuận nhà đầu tư\n" +
            "đối với Dự án đầu tư xây dựng và kinh doanh kết cấu hạ tầng Khu công nghiệp\n" +
            "Bản Qua, xã Bát Xát, tỉnh Lào Cai gồm các nội dung sau:\n",
            "sample.txt");

        Assert.Equal("QD", record.Document.Type?.Code);
        Assert.Equal("CHẤP THUẬN CHỦ TRƯƠNG ĐẦU TƯ ĐỒNG THỜI CHẤP THUẬN NHÀ ĐẦU TƯ", record.Document.Title);
        Assert.Equal("2170/QĐ-UBND", record.Document.Reference);
    }

    /// <summary>
    /// QD-28-2025-QD-UBND-LaoCai-phancap-ATTP.txt Điều 10: "Giám đốc các Sở Y tế, Công Thương, Nông nghiệp và Môi trường"
    /// names one collective with its fields (the first printed with the head, "các Sở Y tế"): one unit, not "Giám đốc các
    /// Sở Y tế" and "Công Thương, Nông nghiệp và Môi trường".
    /// </summary>
    [Fact]
    public void Fields_listed_after_a_collective_head_with_its_first_field_stay_one_unit()
    {
        var record = Extract.Text(
            "   ỦY BAN NHÂN DÂN              CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n" +
            "     TỈNH LÀO CAI                       Độc lập - Tự do - Hạnh phúc\n\n" +
            " Số: 28 /2025/QĐ-UBND               Lào Cai, ngày 10 tháng 11 năm 2025\n\n\n" +
            "                               QUYẾT ĐỊNH\n" +
            "      Quy định về việc phân cấp quản lý nhà nước về an toàn thực phẩm\n" +
            "                          trên địa bàn tỉnh Lào Cai\n\n" +
            "      Điều 10. Trách nhiệm thi hành\n" +
            "      Chánh Văn phòng Ủy ban nhân dân tỉnh; Giám đốc các Sở Y tế, Công Thương,\n" +
            "Nông nghiệp và Môi trường; Chủ tịch Ủy ban nhân dân các xã, phường; các tổ chức,\n" +
            "cá nhân có liên quan chịu trách nhiệm thi hành quyết định này./.\n\n" +
            "Nơi nhận:                                             TM. ỦY BAN NHÂN DÂN\n" +
            "- Chính phủ;                                                CHỦ TỊCH\n" +
            "- Lưu: VT, VX, KT.\n",
            "sample.txt");

        var task = Assert.Single(record.Tasks);
        Assert.Equal(
            ["Chánh Văn phòng Ủy ban nhân dân tỉnh", "Giám đốc các Sở Y tế, Công Thương, Nông nghiệp và Môi trường",
             "Chủ tịch Ủy ban nhân dân các xã, phường", "các tổ chức, cá nhân có liên quan"],
            task.Units.Select(u => u.Name));
    }
}
