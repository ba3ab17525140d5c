using Pipeline.Fields;
using Pipeline.Tests.Support;

namespace Pipeline.Tests.Rules;

/// <summary>
/// A title word whose marks OCR broke takes the spelling the body prints at least twice with the same letters. The
/// lines are `pipeline ocr`'s text of dev scans: CV-2265/BCT-ATMT (title "… hàng hóa nguy / hiêm loại 1,2,3,4,9",
/// the body "hàng hóa nguy hiểm" again and again) and GP-428/GP-BCT, a phone photo ("NGUY HIẾM" in capitals).
/// </summary>
public class TitleEchoRepairTests
{
    private static readonly string[] Body2265 =
    [
        "phân cấp thực hiện thủ tục hành chính về vận chuyển hàng hóa nguy hiểm",
        "loại 1, 2, 3, 4, 9 cho Ủy ban nhân dân cấp tỉnh, cụ thể:",
        "giấy phép vận chuyển hàng hóa nguy hiểm đối với loại 1 (trừ vật liệu nổ công",
        "chuyển hàng hóa nguy hiểm cho các tổ chức/cá nhân đặt trụ sở chính hoặc chi",
    ];

    [Fact]
    public void A_title_word_with_a_broken_mark_takes_the_bodys_spelling()
    {
        Assert.Equal("triển khai thực hiện thủ tục cấp Giấy phép vận chuyển hàng hóa nguy hiểm loại 1,2,3,4,9",
            TitleEchoRepair.Repair("triển khai thực hiện thủ tục cấp Giấy phép vận chuyển hàng hóa nguy hiêm loại 1,2,3,4,9", Body2265));
    }

    [Fact]
    public void A_title_in_capitals_keeps_its_capitals()
    {
        // GP-428: "VẬN CHUYỂN HÀNG HÓA NGUY HIẾM"; the body: "Được phép vận chuyển hàng hóa nguy hiểm:", "… về vận chuyển hàng hóa nguy hiểm của".
        Assert.Equal("VẬN CHUYỂN HÀNG HÓA NGUY HIỂM", TitleEchoRepair.Repair("VẬN CHUYỂN HÀNG HÓA NGUY HIẾM",
            ["Được phép vận chuyển hàng hóa nguy hiểm:", "nhiệm duy trì các điều kiện an toàn về vận chuyển hàng hóa nguy hiểm của"]));
    }

    [Fact]
    public void One_echo_a_tone_placement_or_a_title_the_body_also_prints_changes_nothing()
    {
        // One echo may be the body's own OCR slip.
        Assert.Null(TitleEchoRepair.Repair("hàng hóa nguy hiêm", [Body2265[0]]));
        // "hoá"/"hóa" is a typist's style (CV-6078's title "… trên hoá đơn đặt in."), not damage.
        Assert.Null(TitleEchoRepair.Repair("Không đóng “dấu” trên hoá đơn đặt in.", ["xuất hóa đơn đặt in", "sử dụng hóa đơn đặt in"]));
        // The body prints the title's spelling too: both are words.
        Assert.Null(TitleEchoRepair.Repair("vận chuyển hàng hóa nguy hiểm", Body2265));
    }

    [Fact]
    public void Only_recognised_text_is_repaired()
    {
        var lines = string.Join('\n', ["BỘ CÔNG THƯƠNG", "Số: 2265/BCT-ATMT", "V/v triển khai thực hiện thủ tục cấp", "Giấy phép vận chuyển hàng hóa nguy",
            "hiêm loại 1,2,3,4,9", "Hà Nội, ngày 02 tháng 4 năm 2026", "Kính gửi: Ủy ban nhân dân các tỉnh, thành phố",
            "Ngày 25 tháng 3 năm 2026, Bộ Công Thương ban hành Thông tư số", .. Body2265]);
        var typed = Extract.Extractor.Extract(new Pipeline.Sources.SourceFile("typed.txt", System.Text.Encoding.UTF8.GetBytes(lines)));
        Assert.EndsWith("nguy hiêm loại 1,2,3,4,9", typed.Document.Title);
        var read = Extract.Extractor.Readers.Read(new Pipeline.Sources.SourceFile("scan.txt", System.Text.Encoding.UTF8.GetBytes(lines)));
        var ocr = read with { Pages = [.. read.Pages.Select(p => p with { Origin = Pipeline.Sources.LineOrigin.Ocr })] };
        var recognised = Extract.Extractor.Extract(ocr, new Pipeline.Extraction.StageTimings());
        Assert.EndsWith("nguy hiểm loại 1,2,3,4,9", recognised.Document.Title);
        Assert.Contains(recognised.Warnings, w => w.StartsWith("title repaired from the body", StringComparison.Ordinal));
    }
}
