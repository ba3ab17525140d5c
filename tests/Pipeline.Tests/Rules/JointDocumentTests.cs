namespace Pipeline.Tests.Rules;

/// <summary>
/// A joint document (văn bản liên ngành) signed by several bodies: the header names them in a row joined by dashes and
/// wrapped anywhere, the symbol names every body and wraps after a hyphen, the type word is qualified ("HƯỚNG DẪN LIÊN
/// NGÀNH"). Lines as `pipeline ocr` reads corpus/scans/HDLN-24-HDLN-BCA-BQP-BYT-BCT-BTC-VKSNDTC-TANDTC-N2O-scan.pdf (dev).
/// </summary>
public class JointDocumentTests
{
    private static Pipeline.Records.DocumentRecord Read() => Support.Extract.Text("""
        BỘ CÔNG AN - BỘ QUỐC PHÒNG -
        BỘ Y TẾ - BỘ CÔNG THƯƠNG -
        BỘ TÀI CHÍNH - VIỆN KIỂM SÁT
        NHÂN DÂN TỐI CAO - TÒA ÁN
        NHÂN DÂN TỐI CAO
        CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM
        Độc lập - Tự do - Hạnh phúc
        Số: 24 /HDLN-BCA-BQP-BYT-
        BCT-BTC-VKSNDTC-TANDTC
        Hà Nội, ngày 25 tháng 6 năm 2026
        HƯỚNG DẪN LIÊN NGÀNH
        Về việc xử lý đối với hành vi vi phạm liên quan đến
        sản xuất, buôn bán, vận chuyển, tàng trữ N2O
        - Căn cứ mục 2.2, Nghị quyết số 173/2024/QH15 ngày 30/11/2024 của
        Quốc hội quy định: "Quốc hội thống nhất cấm sản xuất, kinh doanh, nhập khẩu;
        """);

    [Fact]
    public void The_symbol_wrapped_after_a_hyphen_is_read_whole()
    {
        var record = Read().Document;
        Assert.Equal("24", record.Number);
        Assert.Equal("HDLN-BCA-BQP-BYT-BCT-BTC-VKSNDTC-TANDTC", record.Symbol);
    }

    [Fact]
    public void The_qualified_type_word_is_not_part_of_the_title()
    {
        var record = Read().Document;
        Assert.Equal("HD", record.Type!.Code);
        Assert.Equal("Về việc xử lý đối với hành vi vi phạm liên quan đến sản xuất, buôn bán, vận chuyển, tàng trữ N2O", record.Title);
    }

    [Fact]
    public void Every_body_of_a_joint_header_is_the_issuer()
    {
        var record = Read().Document;
        Assert.Equal("Bộ Công an - Bộ Quốc phòng - Bộ Y tế - Bộ Công Thương - Bộ Tài chính - Viện kiểm sát nhân dân tối cao - Tòa án nhân dân tối cao",
            record.Issuer, ignoreCase: true);
    }
}
