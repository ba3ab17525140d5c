using Pipeline.Tests.Support;

namespace Pipeline.Tests.Rules;

/// <summary>
/// A type word whose marks OCR broke is still the type when its letters, folded, are one type word's: the header of
/// corpus/markdown/TB-08-TB-LPQT-BNG-2024-hieuluc-dieuuoc-OCR.md as its converter saved it, where the number, the
/// place-date and the type word are all damaged and a receiving ministry's stamp ("BO TÀI CHÍNH") sits above the type.
/// </summary>
public class FoldedTypeWordTests
{
    [Fact]
    public void A_type_word_with_broken_marks_names_the_type_and_the_stamp_above_it_is_not_the_issuer()
    {
        // "BỘ NGOẠI GIAO CONG HOA XÃ HỘI CHỦ NGHĨA VIỆT NAM / . Độc lập - Tự do - Hạnh phúc / Số: OTERO TS /
        // Ha Nội, ngàu 26 tháng OF năm 2021 / BO TÀI CHÍNH / THÔNG BẢO ae / pan si AAPL."
        var record = Extract.File("markdown", "TB-08-TB-LPQT-BNG-2024-hieuluc-dieuuoc-OCR.md");
        Assert.Equal("TB", record.Document.Type?.Code);
        Assert.Equal("Bộ Ngoại giao", record.Document.Issuer);
    }

    [Theory]
    [InlineData("THÔNG BẢO ae", "TB")]
    [InlineData("QUYÉT ĐỊNH", "QD")]
    [InlineData("KÉ HOẠCH thực hiện", "KH")]
    public void Folded_letters_of_a_type_word_match_it(string line, string code) =>
        Assert.Equal(code, Extract.Recognizer.DocTypeWord(line)?.Type.Code);

    [Theory]
    [InlineData("Thông bảo ae")]     // not in capitals: a body sentence's words
    [InlineData("DE AN")]            // "ĐỀ ÁN" folds to four letters: too short to be sure
    [InlineData("THONGBAO")]         // not the form's words
    public void Other_lines_are_no_type_word(string line) =>
        Assert.Null(Extract.Recognizer.DocTypeWord(line));
}
