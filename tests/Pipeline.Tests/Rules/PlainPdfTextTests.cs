using Pipeline.Tests.Support;

namespace Pipeline.Tests.Rules;

/// <summary>
/// pdftotext without -layout prints a text-layer PDF's lines in reading order with no blank line between paragraphs and
/// blank lines between the header's blocks, so the text reader takes it for soft-wrapped text and joins lines back into
/// paragraphs. Two breaks are no wraps: a line opening with a block's label ("Nơi nhận:") under the closing formula, and
/// a line opening in capitals under a numbered heading that ended well short of the width. The text is
/// corpus/text/CV-1178-DCK-CTT-BCT-huongdan-CCN.pdftotext.txt (dev), `pdftotext` of corpus/pdf/CV-1178-DCK-CTT-BCT-huongdan-CCN.pdf,
/// with the "ƣ" its fonts put for "ư".
/// </summary>
public class PlainPdfTextTests
{
    internal const string Cv1178 = """
        BỘ CÔNG THƢƠNG

        CỘNG HÕA XÃ HỘI CHỦ NGHĨA VIỆT NAM

        CỤC ĐỔI MỚI SÁNG TẠO,
        CHUYỂN ĐỔI XANH VÀ
        KHUYẾN CÔNG

        Độc lập - Tự do - Hạnh phúc

        Số: 1178 /ĐCK-CTT

        Hà Nội, ngày 09 tháng 7 năm 2025

        V/v hƣớng dẫn về công tác quản
        lý, phát triển cụm công nghiệp
        theo địa giới hành chính mới

        Kính gửi: Sở Công Thƣơng tỉnh Lào Cai
        Ngày 03 tháng 7 năm 2025, Cục Đổi mới sáng tạo, chuyển đổi xanh và
        Khuyến công (Cục ĐCK) nhận đƣợc Công văn số 212/SCT-QLCN ngày 03
        tháng 7 năm 2025 của Sở Công Thƣơng tỉnh Lào Cai về việc xin ý kiến hƣớng
        dẫn điều kiện thành lập, mở rộng cụm công nghiệp (CCN) theo địa giới hành
        chính mới; sau khi xem xét, Cục ĐCK có ý kiến nhƣ sau:
        1. Về điều kiện thành lập, mở rộng CCN
        Tại Điều 12 Nghị định số 139/2025/NĐ-CP ngày 12/6/2025 của Chính
        phủ quy định về phân định thẩm quyền của chính quyền địa phƣơng 02 cấp
        trong lĩnh vực quản lý nhà nƣớc của Bộ Công Thƣơng quy định trách nhiệm của
        Ủy ban nhân dân cấp tỉnh quyết định thực hiện các quy định liên quan đến địa
        bàn cấp huyện, liên huyện trong lĩnh vực quản lý, phát triển CCN tại Nghị định
        số 32/2024/NĐ-CP (trong đó có quy định tại điểm c khoản 1 Điều 8). Hiệu lực
        thi hành của Nghị định số 139/2025/NĐ-CP quy định cụ thể tại Điều 21.
        Vì vậy, Ủy ban nhân dân cấp tỉnh quyết định thực hiện nội dung trên cho
        phù hợp điều kiện thực tế của địa phƣơng, đảm bảo hiệu quả sử dụng đất trên địa
        bàn.
        2. Về địa giới hành chính áp dụng cho thành lập CCN
        Hiện nay, cả nƣớc đã hoàn thành việc sắp xếp các đơn vị hành chính cấp
        tỉnh và cấp xã. Vì vậy, đề nghị địa phƣơng căn cứ địa giới hành chính mới đã
        đƣợc điều chỉnh để xác định địa điểm trong quá trình thành lập, mở rộng CCN;
        điều chỉnh Quyết định thành lập, mở rộng CCN (nếu có) trên địa bàn.
        Trên đây là ý kiến trao đổi của Cục ĐCK để Quý Sở nghiên cứu, thực
        hiện theo quy định pháp luật./.
        Nơi nhận:
        - Nhƣ trên;
        - Thứ trƣởng Nguyễn Sinh Nhật Tân (để b/c);
        - Cục trƣởng (để b/c);
        - Lƣu: VT, CTT. Phunt.

        KT. CỤC TRƯỞNG
        PHÓ CỤC TRƯỞNG

        Nguyễn Văn Thịnh

        
        """;

    [Fact]
    public void The_foot_label_under_the_closing_formula_opens_the_recipients()
    {
        var record = Extract.Text(Cv1178);
        Assert.Equal(["Như trên", "Thứ trưởng Nguyễn Sinh Nhật Tân", "Cục trưởng"], record.Document.Recipients.Select(r => r.Name));
        Assert.Equal("VT, CTT. Phunt", record.Document.Archive);
    }

    [Fact]
    public void A_short_numbered_heading_or_address_line_is_no_wrapped_line()
    {
        var lines = Extract.Roles(Cv1178).Lines.Select(l => l.Text).ToList();
        // "2. Về địa giới hành chính …" is a heading; "Hiện nay, cả nước …" under it opens its first paragraph.
        Assert.Contains("2. Về địa giới hành chính áp dụng cho thành lập CCN", lines);
        Assert.Contains("1. Về điều kiện thành lập, mở rộng CCN", lines);
        Assert.Contains("Kính gửi: Sở Công Thương tỉnh Lào Cai", lines);
    }
}
