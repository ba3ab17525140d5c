using Pipeline.Sources;
using Pipeline.Sources.Pdf;

namespace Pipeline.Tests.Sources;

public class SignatureBannerTests
{
    [Fact]
    public void Removes_the_stamp_of_the_signing_software_but_not_body_text()
    {
        // As stamped on corpus scans, e.g. NQ-19-2026-NQ-CP.pdf page 1.
        Line[] lines =
        [
            new("Người ký: CỔNG THÔNG TIN ĐIỆN TỬ CHÍNH PHỦ", 1),
            new("Email: thongtinchinhphu@chinhphu.vn", 1),
            new("Cơ quan: VĂN PHÒNG CHÍNH PHỦ", 1),
            new("Thời gian ký: 04.05.2026 16:54:57 +07:00", 1),
            new("Cơ quan chủ trì: Sở Công Thương.", 1),
            new("Ký bởi: Sở Công Thương", 1),
        ];

        var kept = SignatureBanner.Remove(lines).Select(l => l.Text);

        Assert.Equal(["Cơ quan chủ trì: Sở Công Thương."], kept);
    }

    [Fact]
    public void Without_a_signing_label_email_lines_stay()
    {
        Line[] lines = [new("Email: sct@laocai.gov.vn", 1)];

        Assert.Single(SignatureBanner.Remove(lines));
    }
}
