using Pipeline.Tests.Support;

namespace Pipeline.Tests.Rules;

/// <summary>
/// Constructs of the Eleventh collection (dev, added by session s29md: markdown conversions measured unseen before these
/// rules), each on the real lines of its document under corpus/markdown/.
/// </summary>
public class MarkdownEleventhCollectionTests
{
    /// <summary>
    /// QD-04-2025-QD-UBND-HaNoi-baibo-capnuoc.md: the number was typed one space after the label and the padding left
    /// for it follows, "Số: 04        /2025/QĐ-UBND", so label and number are one run and the "/symbol" another.
    /// </summary>
    [Fact]
    public void A_number_typed_after_the_label_keeps_the_symbol_beyond_the_padding()
    {
        var record = Extract.Text(
            "ỦY BAN NHÂN DÂN                   CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM  \n" +
            "THÀNH PHỐ HÀ NỘI                 Độc lập - Tự do - Hạnh phúc  \n\n" +
            "Số: 04        /2025/QĐ-UBND      Hà Nội, ngày 20 tháng 01 năm 2025  \n\n" +
            "QUYẾT ĐỊNH  \n" +
            "Bãi bỏ các Quyết định số 21/2012/QĐ-UBND ngày 14 tháng 8 năm 2012 và Quyết định số 28/2015/QĐ-UBND ngày 08 tháng 10 năm 2015 của Ủy ban nhân dân thành phố Hà Nội  \n\n" +
            "ỦY BAN NHÂN DÂN THÀNH PHỐ HÀ NỘI  \n\n" +
            "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;  \n", "sample.md");

        Assert.Equal("04", record.Document.Number);
        Assert.Equal("2025/QĐ-UBND", record.Document.Symbol);
        Assert.Equal("04/2025/QĐ-UBND", record.Document.Reference);
        Assert.Equal("2025-01-20", record.Document.IssuedDate);
    }
}
