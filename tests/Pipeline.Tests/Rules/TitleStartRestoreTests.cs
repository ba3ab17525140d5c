using Pipeline.Fields;

namespace Pipeline.Tests.Rules;

/// <summary>
/// A title whose first word OCR dropped gets it back from the enacting sentence, which prints the type's name and the
/// whole title. The lines are `pipeline ocr`'s text of the dev scan ND-155/2020/NĐ-CP (page 1): the title line
/// "Quy định chi tiết thi hành một số điều của Luật Chứng khoán" was read without "Quy".
/// </summary>
public class TitleStartRestoreTests
{
    private static readonly string[] Body155 =
    [
        "Căn cứ Luật Chứng khoán ngày 26 tháng 11 năm 2019;",
        "Theo đề nghị của Bộ trưởng Bộ Tài chính;",
        "Chính phủ ban hành Nghị định quy định chi tiết thi hành một số điều của",
        "Luật Chứng khoán.",
    ];

    [Fact]
    public void A_title_that_lost_its_first_word_takes_it_from_the_enacting_sentence() =>
        Assert.Equal("Quy định chi tiết thi hành một số điều của Luật Chứng khoán",
            TitleStartRestore.Restore("định chi tiết thi hành một số điều của Luật Chứng khoán", "Nghị định", Body155));

    [Fact]
    public void A_whole_title_is_never_extended()
    {
        // Điều 1 of a Nghị định: "Nghị định này quy định chi tiết …" must not make the whole title "Này quy định …".
        string[] body = [.. Body155, "Nghị định này quy định chi tiết thi hành một số điều của Luật Chứng khoán"];
        Assert.Null(TitleStartRestore.Restore("Quy định chi tiết thi hành một số điều của Luật Chứng khoán", "Nghị định", body));
    }

    [Fact]
    public void A_title_the_enacting_sentence_does_not_print_is_kept() =>
        Assert.Null(TitleStartRestore.Restore("định chi tiết thi hành Luật Doanh nghiệp", "Nghị định", Body155));
}
