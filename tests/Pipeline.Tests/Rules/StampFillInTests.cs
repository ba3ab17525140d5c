using Pipeline.Tests.Support;

namespace Pipeline.Tests.Rules;

/// <summary>
/// Born-digital notices read by pdftotext without -layout (the pdfraw and pdfplain twins of scripts/twins.py): the
/// e-signing stamp's number and day printed apart from their blank slots, and a header table's number and symbol
/// printed as paragraphs of their own.
/// </summary>
public class StampFillInTests
{
    // CV-6791/SNNMT-KHTC Lào Cai read with `pdftotext -raw`: the stamp's "6791 17" stands after page 1's body.
    private const string Letter = """
        UBND TỈNH LÀO CAI
        SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG
        ––––––––––––––
        CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM
        Độc lập - Tự do - Hạnh phúc
        ––––––––––––––––––––––––––
        Số: /SNNMT-KHTC Lào Cai, ngày tháng 7 năm 2026
        V/v tham gia ý kiến thẩm định hồ sơ đề nghị
        thành lập cụm công nghiệp Báo Đáp
        Kính gửi: Sở Công thương tỉnh Lào Cai
        Sở Nông nghiệp và Môi trường nhận được Công văn số 4170/SCT-CN ngày
        14/7/2026 của Sở Công thương về việc tham gia ý kiến thẩm định hồ sơ đề nghị
        điều chỉnh quy hoạch tỉnh thì chỉ tiêu sử dụng đất đối với đất cụm công nghiệp
        6791 17
        phân bổ đến năm 2030 tại xã Trấn Yên là 60,0 ha. Hiện trạng đất cụm công
        Nơi nhận:
        - Như trên;
        - Lưu: VT, KHTC(Hằng).
        KT. GIÁM ĐỐC
        PHÓ GIÁM ĐỐC
        Phạm Bình Minh
        """;

    [Fact]
    public void A_line_of_bare_numbers_fills_the_blank_number_and_day_at_lowered_confidence()
    {
        var record = Extract.Text(Letter);
        Assert.Equal("6791/SNNMT-KHTC", record.Document.Reference);
        Assert.Equal("6791", record.Document.Number);
        Assert.Equal("2026-07-17", record.Document.IssuedDate);
        Assert.Equal(0.6, record.Document.FieldConfidence["reference"]);
        Assert.Equal(0.6, record.Document.FieldConfidence["issuedDate"]);
        Assert.Contains(record.Warnings, w => w.StartsWith("review issuedDate", StringComparison.Ordinal) && w.Contains("'6791 17'"));
    }

    [Fact]
    public void The_numbers_that_filled_the_header_are_no_body_text()
    {
        var roles = Extract.Roles(Letter);
        Assert.Equal(Pipeline.Roles.LineRole.Noise, roles.Lines.Single(l => l.Text == "6791 17").Role);
        Assert.NotEqual(Pipeline.Roles.LineRole.Noise, Extract.Roles(Letter.Replace("Số: /SNNMT-KHTC", "Số: 6791/SNNMT-KHTC")).Lines.Single(l => l.Text == "6791 17").Role);
    }

    [Fact]
    public void Numbers_only_on_a_later_page_fill_nothing()
    {
        var record = Extract.Text(Letter.Replace("6791 17\n", "\f2\n6791 17\n"));
        Assert.Equal("/SNNMT-KHTC", record.Document.Reference);
        Assert.Equal("2026-07", record.Document.IssuedDate);
    }

    // QĐ-32/2025/QĐ-UBND Hà Nội through `pdftotext -raw`: number, day and month blank, "32 16 4" after page 1's body.
    private const string Decision = """
        ỦY BAN NHÂN DÂN
        THÀNH PHỐ HÀ NỘI
        CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
        Độc lập - Tự do - Hạnh phúc
        Số: /2025/QĐ-UBND Hà Nội, ngày tháng năm 2025
        QUYẾT ĐỊNH
        Ban hành Định mức kinh tế kỹ thuật sản phẩm, dịch vụ thủy lợi khác
        trên địa bàn thành phố Hà Nội
        ỦY BAN NHÂN DÂN THÀNH PHỐ HÀ NỘI
        Căn cứ Thông tư số 17/2019/TT-BLĐTBXH ngày 06 tháng 11 năm 2019 của
        Bộ Lao động - Thương binh và Xã hội về hướng dẫn xác định chi phí tiền lương,
        32 16 4
        """ + "\f2\n" + """
        chi phí nhân công trong giá, đơn giá sản phẩm, dịch vụ công ích sử dụng kinh phí
        ngân sách nhà nước do doanh nghiệp thực hiện;
        """;

    [Fact]
    public void Three_numbers_fill_number_day_and_month_when_all_three_are_blank()
    {
        var record = Extract.Text(Decision);
        Assert.Equal("32/2025/QĐ-UBND", record.Document.Reference);
        Assert.Equal("2025-04-16", record.Document.IssuedDate);
    }

    // QĐ-1696/QĐ-UBND Lào Cai (-raw) prints the month ("tháng 4") and the stamp gives three numbers "1696 15 5": the count
    // does not match the two blank slots, so nothing is guessed. QĐ-68/2024/QĐ-UBND Hà Nội (-raw) prints "05 12" first, its
    // number alone below: two numbers for three blanks.
    [Theory]
    [InlineData("Số: /QĐ-UBND Lào Cai, ngày tháng 4 năm 2026", "1696 15 5", "/QĐ-UBND", "2026-04")]
    [InlineData("Số: /2025/QĐ-UBND Hà Nội, ngày tháng năm 2025", "05 12", "/2025/QĐ-UBND", "2025")]
    public void Numbers_of_another_count_than_the_blank_slots_fill_nothing(string header, string numbers, string reference, string date)
    {
        var record = Extract.Text(Decision.Replace("Số: /2025/QĐ-UBND Hà Nội, ngày tháng năm 2025", header).Replace("32 16 4", numbers));
        Assert.Equal(reference, record.Document.Reference);
        Assert.Equal(date, record.Document.IssuedDate);
    }

    // QĐ-09/2025/QĐ-UBND Hà Nội through plain `pdftotext`: the header table's number and symbol are paragraphs of their own.
    [Fact]
    public void A_number_over_its_symbol_is_one_reference()
    {
        var record = Extract.Text("""
            ỦY BAN NHÂN DÂN
            THÀNH PHỐ HÀ NỘI
            Số: 09

            /2025/QĐ-UBND

            CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM

            QUYẾT ĐỊNH
            Bãi bỏ Quyết định số 10/2011/QĐ-UBND ngày 02/3/2011 của UBND Thành phố
            """);
        Assert.Equal("09/2025/QĐ-UBND", record.Document.Reference);
        Assert.Equal("09", record.Document.Number);
        Assert.Equal("2025/QĐ-UBND", record.Document.Symbol);
    }
}
