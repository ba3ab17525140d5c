using Pipeline.Tests.Support;

namespace Pipeline.Tests.Rules;

/// <summary>
/// Constructs of the Thirteenth collection's Lào Cai documents (dev, added by session s31lc: measured unseen before these
/// rules), each on the real lines of its document under corpus/text/ or corpus/layout/.
/// </summary>
public class LaoCaiThirteenthCollectionTests
{
    // CV-SNNMT-KS-LaoCai-2025-thuchien-Luat-DCKS-docxtext.txt: the header, the preamble, section I with its first item's
    // lead-in and two of its bullets, the closing paragraph and the foot, as the repository's docx-to-text rendering prints them.
    private const string SnnmtHeader =
        "UBND TỈNH LÀO CAI SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập – Tự do – Hạnh phúc\n" +
        "Số:          /SNNMT-KS V/v thực hiện các quy định của Luật địa chất và khoáng sản 2024, các văn bản hướng dẫn triển khai Luật và tăng cường công tác quản lý hoạt động khoáng sản trên địa bàn tỉnh | Lào Cai, ngày      tháng 8 năm 2025\n\n" +
        "               Kính gửi: Các tổ chức, cá nhân hoạt động khoáng sản trên địa bàn tỉnh\n\n" +
        "Nhằm triển khai thực hiện nghiêm túc, đồng bộ, hiệu quả các quy định pháp luật mới về địa chất và khoáng sản; đồng thời để các các đơn vị hoạt động khoáng sản trên địa bàn tỉnh thực hiện đúng các quy định về hoạt động khoáng sản trên địa bàn và tăng cường công tác quản lý nhà nước về khoáng sản trên địa bàn tỉnh. Sở Nông nghiệp và Môi trường tỉnh Lào Cai yêu cầu các Tổ chức, cá nhân hoạt động khoáng sản trên địa bàn tỉnh Lào Cai thực hiện nghiêm túc một số nội dung sau:\n" +
        "I. Đối với các dự án đã được cấp phép hoạt động khai thác\n" +
        "1. Tổ chức nghiên cứu, phổ biến và triển khai thực hiện nghiêm túc, đầy đủ các quy định Luật Địa chất và khoáng sản năm 2024, Luật Đất đai năm 2024 và các văn bản hướng dẫn thi hành Luật. Đặc biệt, chú trọng đến việc thực hiện một số nội dung sau:\n" +
        "- Tổ chức thực hiện rà soát ngay toàn bộ hồ sơ pháp lý trong quá trình hoạt động khoáng sản, quy trình, trình tự thủ tục pháp lý khai thác, thăm dò khoáng sản, việc thực hiện nghĩa vụ tài chính, hồ sơ pháp lý về đất đai, môi trường, thiết kế mỏ, bổ nhiệm giám đốc điều hành mỏ, ... của đơn vị để kịp thời thực hiện, điều chỉnh, đảm bảo phù hợp các quy định mới của Luật Địa chất và Khoáng sản năm 2024 và các văn bản hướng dẫn, như: Bổ nhiệm Giám đốc điều hành mỏ, nhân sự điều hành mỏ; nộp thiết kế mỏ; phạm vi ranh giới, diện tích, chiều sâu khu vực khai thác; phạm vi ranh giới được thuê đất, việc sử dụng đất ngoài thực địa; việc cắm mốc giới và được cơ quan có thẩm quyền bàn giao mốc tại thực địa, khôi phục mốc giới khu vực khai thác; thời gian hoạt động khai thác; việc đổ thải, khai thác theo thiết kế mỏ đã được phê duyệt;…\n" +
        "- Thực hiện đối chiếu thông tin, số liệu giữa Giấy phép khai thác và giấy chứng nhận đầu tư/chủ trương đầu tư đã được cơ quan có thẩm quyền chấp thuận/phê duyệt, điển hình như: Diện tích khu vực khai thác (khai trường); công suất, trữ lượng, thời hạn; địa điểm thực hiện dự án;…..Trường hợp thông tin không thống nhất, thì phải báo cáo và thực hiện lập hồ sơ đề nghị điều chỉnh để đảm bảo phù hợp theo quy định.\n";

    private const string SnnmtFoot =
        "Sở Nông nghiệp và Môi trường tỉnh Lào Cai yêu cầu các đơn vị, tổ chức, cá nhân quan tâm, nghiêm túc triển khai thực hiện./.\n\n" +
        "Nơi nhận: - Như trên; - UBND tỉnh (b/c); - Các Sở: Công Thương, XD, TC; - Thuế tỉnh Lào Cai; - Lãnh đạo Sở; - UBND các xã, phường (p/h quản lý); - Lưu: VT, KS(150)(Nhất). | KT. GIÁM ĐỐC PHÓ GIÁM ĐỐC Phạm Năng Chung\n";

    /// <summary>
    /// "I. Đối với các dự án đã được cấp phép hoạt động khai thác": a plural word before a noun that is no body kind names
    /// the case the items cover (the licensed projects), as "Đối với công tác …" names a matter; it gives the items no unit,
    /// and the bullets are the work of the letter's addressees.
    /// </summary>
    [Fact]
    public void A_scope_heading_on_plural_things_names_no_unit()
    {
        var record = Extract.Text(SnnmtHeader + SnnmtFoot, "sample.txt");

        Assert.Equal(2, record.Tasks.Count);
        Assert.All(record.Tasks, t => Assert.DoesNotContain(t.Units, u => u.Name.Contains("dự án", StringComparison.Ordinal)));
    }

    /// <summary>
    /// "Sở Nông nghiệp và Môi trường tỉnh Lào Cai yêu cầu các đơn vị, tổ chức, cá nhân quan tâm, nghiêm túc triển khai thực
    /// hiện./.": the issuing body names itself before its bare request to carry the letter out (with "quan tâm" first): the
    /// closing formula, not a task.
    /// </summary>
    [Fact]
    public void The_issuers_own_bare_request_to_carry_out_the_letter_closes_it()
    {
        var record = Extract.Text(SnnmtHeader + SnnmtFoot, "sample.txt");

        Assert.DoesNotContain(record.Tasks, t => t.Text.Contains("quan tâm, nghiêm túc triển khai thực hiện", StringComparison.Ordinal));
    }

    /// <summary>The scope heading's counterpart that does name bodies stays a unit heading ("Đối với các sở, ban, ngành").</summary>
    [Fact]
    public void A_scope_heading_on_plural_bodies_still_names_them()
    {
        var units = new Pipeline.Tasks.UnitFinder(Extract.Vocab).FromHeading("Đối với các sở, ban, ngành tỉnh:");

        Assert.Contains(units, u => u.Name.StartsWith("các sở", StringComparison.Ordinal));
        Assert.Empty(new Pipeline.Tasks.UnitFinder(Extract.Vocab).FromHeading("I. Đối với các dự án đã được cấp phép hoạt động khai thác"));
    }
    /// <summary>
    /// "UBND TỈNH LÀO CAI SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG | CỘNG HÒA …": the docx-to-text rendering runs the superior body, its
    /// common words abbreviated as Nghị định 30/2020/NĐ-CP allows ("UBND"), and the issuer together; the issuer is the lower body.
    /// </summary>
    [Fact]
    public void An_abbreviated_superior_body_on_the_issuers_line_is_cut_off()
    {
        var record = Extract.Text(SnnmtHeader + SnnmtFoot, "sample.txt");

        Assert.Equal("Sở Nông nghiệp và Môi trường", record.Document.Issuer);
    }
    /// <summary>
    /// "7. Thực hiện Báo cáo kết quả hoạt động khai thác khoáng sản … Trong đó:" and its two "-" lines "Báo cáo định kỳ …: Được
    /// lập và nộp trước ngày 15 tháng 02 …", "Báo cáo thống kê …: Được tích hợp vào báo cáo định kỳ …": each line names a report
    /// and says in the passive what is done with it, a list of objects; item 7 is the one task and its text holds them.
    /// </summary>
    [Fact]
    public void Sub_items_that_describe_their_label_in_the_passive_are_objects_of_the_item()
    {
        var record = Extract.Text(SnnmtHeader +
            "II. Trong quá trình hoạt động khai thác khoáng sản\n" +
            "7. Thực hiện Báo cáo kết quả hoạt động khai thác khoáng sản khai thác tận thu khoáng sản, thu hồi khoáng sản theo quy định tại Điều 16 Thông tư số 36/2025/TT-BNNMT ngày 02/7/2025 của Bộ Nông nghiệp và Môi trường. Trong đó:\n" +
            "- Báo cáo định kỳ kết quả hoạt động khai thác khoáng sản, khai thác tận thu khoáng sản, thu hồi khoáng sản: Được lập và nộp trước ngày 15 tháng 02 của năm liền kề sau năm báo cáo, kỳ báo cáo là 01 năm (từ 01 tháng 01 đến 31 tháng 12).\n" +
            "- Báo cáo thống kê trữ lượng, khối lượng khoáng sản đã khai thác: Được tích hợp vào báo cáo định kỳ hoạt động khoáng sản.\n" +
            SnnmtFoot, "sample.txt");

        var report = Assert.Single(record.Tasks, t => t.Text.StartsWith("Thực hiện Báo cáo kết quả", StringComparison.Ordinal));
        Assert.Equal("II.7", report.Ordinal);
        Assert.Contains("Được tích hợp vào báo cáo định kỳ", report.Text, StringComparison.Ordinal);
        Assert.DoesNotContain(record.Tasks, t => t.Text.StartsWith("Báo cáo", StringComparison.Ordinal));
    }
}
