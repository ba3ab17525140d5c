using System.Collections.Immutable;
using Pipeline.Roles;
using Pipeline.Tests.Support;

namespace Pipeline.Tests.Rules;

/// <summary>
/// A legal portal's page saved or printed with its chrome: menus, breadcrumbs and the "Ngày có hiệu lực" panel before
/// the document, the portal's footer and table of contents after its signature. The lines are real: dev documents
/// QĐ 32/2025/QĐ-TTg and NQ 66.3/2025/NQ-CP (corpus/html) printed by Chromium and read back with `pdftotext -layout`
/// (scripts/rerender-html.sh); every field was lost before the header and the foot were found past the chrome.
/// </summary>
public class SavedWebPageTests
{
    private const string DecisionPage = """
          banner
          bg-header-nav-detail
        Trang chủ > Văn bản quy phạm pháp luật Trung ương >
        Quyết định số 32/2025/QĐ-TTg Về Mạng bưu chính phục vụ cơ quan Đảng, Nhà nước

              TRANG CHỦ
              GIỚI THIỆU
              VĂN BẢN PHÁP LUẬT TRUNG ƯƠNG
              VĂN BẢN PHÁP LUẬT ĐỊA PHƯƠNG

        Trang chủ > Văn bản quy phạm pháp luật Trung ương >
        Quyết định số 32/2025/QĐ-TTg Về Mạng bưu chính phục vụ cơ quan Đảng, Nhà nước

        Nội dung
        Thuộc tính
        Lược đồ
        Văn bản gốc
        Tải về
         Nhập từ khóa tìm kiếm

           100%
        Hiển thị chi tiết cập nhật

        Quyết định số 32/2025/QĐ-TTg Về Mạng bưu
        chính phục vụ cơ quan Đảng, Nhà nước
        Còn hiệu lực
        Ngày có hiệu lực:01/11/2025
        Ngày cập nhật:04/04/2026

                Nội dung      Thuộc tính     Lược đồ    Văn bản gốc     Tải về

           THỦ TƯỚNG CHÍNH PHỦ                          CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM

                                                               Độc lập - Tự do - Hạnh phúc

            Số: 32/2025/QĐ-TTg                              Hà Nội, ngày 08 tháng 9 năm 2025

                                                       QUYẾT ĐỊNH

                                     Về Mạng bưu chính phục vụ cơ quan Đảng, Nhà nước
               Căn cứ Luật Tổ chức Chính phủ số 63/2025/QH15;

               Căn cứ Luật Tổ chức chính quyền địa phương số 72/2025/QH15;

               Căn cứ Luật Bưu chính số 49/2010/QH12;

               Căn cứ Luật Bảo vệ bí mật nhà nước số 29/2018/QH14;

               Căn cứ Luật Giá số 16/2023/QH15;

               Theo đề nghị của Bộ trưởng Bộ Khoa học và Công nghệ;
        """;

    private const string ResolutionPage = """
          banner
          bg-header-nav-detail
        Trang chủ > Văn bản quy phạm pháp luật Trung ương >
        Nghị quyết số 66.3/2025/NQ-CP Tháo gỡ, xử lý vướng mắc để triển khai các dự án trong thời gian Quy hoạch sử
        dụng đất quốc gia thời kỳ 2021 - 2030, tầm nhìn đến năm 2050 chưa được phê duyệt điều chỉnh
              TRANG CHỦ
              GIỚI THIỆU
              VĂN BẢN PHÁP LUẬT TRUNG ƯƠNG
              VĂN BẢN PHÁP LUẬT ĐỊA PHƯƠNG
        Trang chủ > Văn bản quy phạm pháp luật Trung ương >
        Nghị quyết số 66.3/2025/NQ-CP Tháo gỡ, xử lý vướng mắc để triển khai các dự án trong thời gian Quy hoạch sử
        dụng đất quốc gia thời kỳ 2021 - 2030, tầm nhìn đến năm 2050 chưa được phê duyệt điều chỉnh
        Nội dung
        Thuộc tính
        Lược đồ
        Văn bản gốc
        Tải về
         Nhập từ khóa tìm kiếm
           100%
        Hiển thị chi tiết cập nhật
        Nghị quyết số 66.3/2025/NQ-CP Tháo gỡ, xử lý vướng
        mắc để triển khai các dự án trong thời gian Quy
        hoạch sử dụng đất quốc gia thời kỳ 2021 - 2030, tầm
        nhìn đến năm 2050 chưa được phê duyệt điều chỉnh
        Còn hiệu lực
        Ngày có hiệu lực:15/09/2025
        Ngày cập nhật:19/04/2026
                Nội dung      Thuộc tính   Lược đồ     Văn bản gốc      Tải về
                       CHÍNH PHỦ                            CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
                         __________                                  Độc lập - Tự do - Hạnh phúc
                                                                        ______________________
                    Số: 66.3/2025/NQ-CP                           Hà Nội, ngày 15 tháng 9 năm 2025
                                                      NGHỊ QUYẾT
        Tháo gỡ, xử lý vướng mắc để triển khai các dự án trong thời gian Quy hoạch sử dụng đất quốc gia thời kỳ 2021 - 2030,
                                         tầm nhìn đến năm 2050 chưa được phê duyệt điều chỉnh
                Căn cứ Luật Tổ chức Chính phủ số 63/2025/QH15;
                Căn cứ Luật Tổ chức chính quyền địa phương số 72/2025/QH15;
                Căn cứ Luật Đất đai số 31/2024/QH15 được sửa đổi, bổ sung bởi Luật số 43/2024/QH15, Luật số 47/2024/QH15 và
        Luật số 58/2024/QH15;
                Căn cứ Luật Đầu tư số 61/2020/QH14 được sửa đổi, bổ sung bởi Luật số 57/2024/QH15;
                Căn cứ Luật Quy hoạch số 21/2017/QH14 được sửa đổi một số điều bởi Luật số 57/2024/QH15;
                Căn cứ Nghị quyết số 206/2025/QH15 của Quốc hội về cơ chế xử lý khó khăn, vướng mắc do quy định của pháp luật;
                Theo đề nghị của Bộ trưởng Bộ Nông nghiệp và Môi trường;
        [...]
        c) Chỉ đạo Sở Nông nghiệp và Môi trường và các cơ quan có liên quan chủ động rà soát, xác định, cung cấp thông tin về nhu
        cầu sử dụng đất của đơn vị hành chính cấp tỉnh mới của địa phương trong tình hình mới phục vụ công tác lập điều chỉnh quy
        hoạch sử dụng đất quốc gia đảm bảo không gian phát triển.
        Điều 5. Hiệu lực thi hành
        1. Nghị quyết này có hiệu lực thi hành kể từ ngày ký ban hành đến ngày 28 tháng 02 năm 2027.
        2. Trường hợp luật, nghị quyết của Quốc hội, pháp lệnh, nghị quyết của Ủy ban Thường vụ Quốc hội được sửa đổi, bổ sung
        hoặc ban hành mới có hiệu lực thi hành sau ngày Nghị quyết này được thông qua, điều chỉnh Quy hoạch sử dụng đất quốc gia
        thời kỳ 2021 - 2030, tầm nhìn đến năm 2050 được phê duyệt và trước ngày 01 tháng 3 năm 2027 thì các quy định tương ứng được
        ban hành trong Nghị quyết này chấm dứt hiệu lực.
        3. Trong thời gian các quy định của Nghị quyết này có hiệu lực, nếu quy định về thẩm quyền, trách nhiệm quản lý nhà nước,
        trình tự, thủ tục trong Nghị quyết này khác với các văn bản quy phạm pháp luật có liên quan thì thực hiện theo quy định tại
        Nghị quyết này.
                                                                                             TM. CHÍNH PHỦ
                                                                                             KT. THỦ TƯỚNG
                                                                                            PHÓ THỦ TƯỚNG
                                                                                                   (Đã ký)
                                                                                               Trần Hồng Hà
          Cơ sở dữ liệu quốc gia về pháp luật
        CƠ SỞ DỮ LIỆU QUỐC GIA VỀ PHÁP LUẬT
        Đơn vị chủ quản:
        Bộ Tư pháp
        Điện thoại:024.6273.9468 |
        Fax:024.6273.9359
        Địa chỉ:
        Số 60 Trần Phú - Ba Đình - Thành phố Hà Nội
             Mục lục
        Điều 1. Phạm vi điều chỉnh và đối tượng áp dụng
          Khoản 1
         Khoản 2
        Khoản 2
        Khoản 2
        Điều 2. Quy định về biện pháp tổ chức thực hiện quy hoạch, kế hoạch sử dụng đất sau khi sắp xếp đơn vị hành
        chính cấp tỉnh, cấp xã
         Khoản 1
         Khoản 2
        Khoản 2
        Khoản 2
        Điều 3. Xử lý trường hợp sử dụng đất có sự mâu thuẫn giữa các quy hoạch hoặc chưa phù hợp với quy hoạch
        đã được phê duyệt
         Khoản 1
         Khoản 2
        Khoản 2
        """;

    [Fact]
    public void The_header_after_a_portals_menus_is_read()
    {
        var record = Extract.Text(DecisionPage, "QD-32.txt");
        Assert.Equal("QD", record.Document.Type?.Code);
        Assert.Equal("32/2025/QĐ-TTg", record.Document.Reference);
        Assert.Equal("Thủ tướng Chính phủ", record.Document.Issuer);
        Assert.Equal("Hà Nội", record.Document.Place);
        Assert.Equal("2025-09-08", record.Document.IssuedDate);
        Assert.Equal("Về Mạng bưu chính phục vụ cơ quan Đảng, Nhà nước", record.Document.Title);
    }

    [Fact]
    public void The_portals_menus_are_front_matter_not_the_issuer()
    {
        var roles = Extract.Roles(DecisionPage, "QD-32.txt");
        var menu = roles.Lines.Single(l => l.Line.Text.Trim() == "GIỚI THIỆU");
        Assert.Equal(LineRole.Noise, menu.Role);
        Assert.Contains(roles.Lines, l => l.Role == LineRole.Motto);
    }

    [Fact]
    public void The_signature_above_the_portals_footer_and_table_of_contents_is_read()
    {
        var record = Extract.Text(ResolutionPage, "NQ-66.3.txt");
        Assert.Equal("66.3/2025/NQ-CP", record.Document.Reference);
        Assert.Equal("Chính phủ", record.Document.Issuer);
        Assert.Equal("Trần Hồng Hà", record.Document.Signer?.Name);
        Assert.Equal("Phó Thủ tướng", record.Document.Signer?.Position);
        Assert.Equal("TM. Chính phủ KT. Thủ tướng", record.Document.Signer?.Authority);
    }

    [Fact]
    public void A_header_with_nothing_before_it_starts_at_the_first_line()
    {
        var lines = Extract.Roles(DecisionPage[DecisionPage.IndexOf("   THỦ TƯỚNG CHÍNH PHỦ", StringComparison.Ordinal)..], "QD-32.txt");
        Assert.Equal(0, FrontMatter.HeaderStart(lines.Prepared.Lines));
    }
}
