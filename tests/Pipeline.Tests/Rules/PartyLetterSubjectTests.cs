using Pipeline.Tests.Support;

namespace Pipeline.Tests.Rules;

/// <summary>
/// A Party letter prints its subject under its number as "về việc …", without the "V/v" label and with no type word
/// (subject-labels.txt). Lines of corpus/layout/CV-2449-CV-DU-LaoCai-trienkhai-CTr-104.txt (dev, pdftotext -layout).
/// </summary>
public class PartyLetterSubjectTests
{
    // The first page of the letter, as WrappedAddresseeTests reads it.
    private const string Cv2449Header = WrappedAddresseeTests.Cv2449;

    [Fact]
    public void The_ve_viec_line_under_the_number_is_the_subject_of_a_cong_van()
    {
        var record = Extract.Text(Cv2449Header).Document;

        Assert.Equal("CV", record.Type!.Code);
        Assert.Equal("triển khai thực hiện Chương trình hành động số 104-CTr/TU ngày 30/8/2026 của Tỉnh ủy Lào Cai", record.Title);
        Assert.Equal("2449-CV/ĐU", record.Reference);
        Assert.Equal("Đảng ủy Ủy ban nhân dân tỉnh", record.Issuer);
    }

    [Fact]
    public void Under_a_type_word_ve_viec_stays_in_the_title_as_printed()
    {
        // TB-831/TB-UBND of phường Cam Đường (dev, pdftotext -layout): "Về việc" under THÔNG BÁO is part of the trích yếu.
        var record = Extract.Text("""
            ỦY BAN NHÂN DÂN               CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
             PHƯỜNG CAM ĐƯỜNG                        Độc lập - Tự do - Hạnh phúc

               Số: 831 /TB-UBND                  Cam Đường, ngày 06 tháng 8 năm 2026

                                            THÔNG BÁO
                Về việc công khai thông tin kết quả tiếp nhận hồ sơ của đơn vị đề nghị
             làm chủ đầu tư xây dựng hạ tầng kỹ thuật Cụm công nghiệp Cam Đường 1,
                                  phường Cam Đường, tỉnh Lào Cai

                  Căn cứ Luật Tổ chức chính quyền địa phương ngày 16/6/2025;
            """).Document;

        Assert.Equal("TB", record.Type!.Code);
        Assert.StartsWith("Về việc công khai thông tin", record.Title);
        Assert.EndsWith("phường Cam Đường, tỉnh Lào Cai", record.Title);
    }
}
