using Pipeline.Tests.Support;

namespace Pipeline.Tests.Rules;

/// <summary>
/// pdftotext -layout prints the signature beside the Nơi nhận entries; when the page is read as one column (a wide
/// annex table after the signature), the signer lines come between the entries and the list goes on under them.
/// Lines of corpus/layout/QD-2848-QD-UBND-LaoCai-suadoi-QD-1696-HHNH.txt (dev).
/// </summary>
public class InterleavedFootTests
{
    private const string Qd2848Foot = """
             Điều 3. Quyết định này có hiệu lực thi hành kể từ ngày ký ban hành.
             Chánh Văn phòng Ủy ban nhân dân tỉnh; Giám đốc Sở Công Thương; Giám
        đốc Trung tâm phục vụ Hành chính công tỉnh; Thủ trưởng các sở, ban, ngành, đơn
        vị cấp tỉnh; Chủ tịch Ủy ban nhân dân các xã, phường; Thủ trưởng các cơ quan,
        đơn vị có liên quan chịu trách nhiệm thi hành Quyết định này./.

        Nơi nhận:                                        TM. ỦY BAN NHÂN DÂN
        - Như Điều 3;                                          CHỦ TỊCH
        - TT. Tỉnh ủy, HĐND tỉnh;
        - Chủ tịch, các PCT UBND tỉnh;
        - Các sở, ban, ngành tỉnh;
        - Báo và Phát thanh, Truyền hình tỉnh;
        - Trung tâm phục vụ Hành chính công tỉnh;
        - Trung tâm Thông tin và Hội nghị tỉnh;
        - Chánh VP, các PCVP UBND tỉnh;
        - Lưu: VT, KT (Long).

                                                              Nguyễn Tuấn Anh
                                                             PHỤ LỤC:
                 DANH MỤC NHIỆM VỤ QUYỀN HẠN TRONG LĨNH VỰC VẬN CHUYỂN HÀNG HÓA NGUY HIỂM THUỘC
                THẨM QUYỀN GIẢI QUYẾT CỦA UBND TỈNH, ỦY QUYỀN CHO GIÁM ĐỐC SỞ CÔNG THƯƠNG THỰC HIỆN
                         (Kèm theo Quyết định số 2848/QĐ-UBND ngày 14 tháng 8 năm 2026 của UBND tỉnh Lào Cai)


                                                                                  DANH MỤC TTHC ĐÃ CÔNG BỐ
               NỘI DUNG NHIỆM VỤ             CĂN CỨ
        STT                                                                                                    LĨNH VỰC
                    ỦY QUYỀN                 PHÁP LÝ                          TÊN TTHC                                    MÃ TTHC
        """;

    [Fact]
    public void Entries_under_a_signer_line_read_between_them_are_still_recipients()
    {
        var record = Extract.File("layout", "QD-2848-QD-UBND-LaoCai-suadoi-QD-1696-HHNH.txt").Document;

        Assert.Equal(8, record.Recipients.Count);
        Assert.Equal("Như Điều 3", record.Recipients[0].Name);
        Assert.Equal("Chánh VP, các PCVP UBND tỉnh", record.Recipients[^1].Name);
        Assert.Equal("VT, KT (Long)", record.Archive);
        Assert.Equal("Nguyễn Tuấn Anh", record.Signer?.Name);
        Assert.Equal("TM. Ủy ban nhân dân", record.Signer?.Authority);
    }

    [Fact]
    public void The_signer_lines_between_the_entries_keep_their_roles()
    {
        var roles = Extract.Roles(Qd2848Foot).Lines;

        Assert.Contains(roles, l => l.Role == Pipeline.Roles.LineRole.Recipient && l.Text.Trim() == "- TT. Tỉnh ủy, HĐND tỉnh;");
        Assert.DoesNotContain(roles, l => l.Role == Pipeline.Roles.LineRole.Recipient && l.Text.Contains("CHỦ TỊCH", StringComparison.Ordinal));
    }
}
