using Pipeline.Sources;
using Pipeline.Sources.Pdf;

namespace Pipeline.Tests.Sources;

/// <summary>
/// Signed notices whose number and day the e-signing tool stamped as signature-field widgets:
/// the page content leaves gaps ("Số: /SCT - CN", "ngày tháng 7"), the widgets' appearances fill them.
/// </summary>
public class AnnotationTextTests
{
    private readonly PdfTextLayerReader _reader = new();

    [Fact]
    public void Stamped_number_and_day_of_CV_4280_are_read_in_their_header_columns()
    {
        var doc = _reader.Read(Corpus.Load("pdf/CV-4280-tra-ho-so-Thanh-Huong-2026.pdf"));
        var header = doc.Pages[0].Lines;

        Assert.Contains(header, l => l.Text == "Số: 4280 /SCT - CN" && l.Column == Column.Left);
        Assert.Contains(header, l => l.Text == "Lào Cai, ngày 16 tháng 7 năm 2026" && l.Column == Column.Right);
    }

    [Theory]
    [InlineData("pdf/1629_SCT_CN_KHKTNT_Kho_VLCN_tam_Thuydien_NamCang1A_27.3.2026.pdf", "Số: 1629 /SCT-CN", "Lào Cai, ngày 27 tháng 3 năm 2026")]
    [InlineData("pdf/CV-UBND-tinh-chi-dao-quan-ly-giam-sat-VLNCN.pdf", "Số: 193 /UBND-KT", "Lào Cai, ngày 10 tháng 01 năm 2026")]
    public void Other_stamped_notices_get_their_number_and_date(string path, string number, string date)
    {
        var header = _reader.Read(Corpus.Load(path)).Pages[0].Lines;

        Assert.Contains(header, l => l.Text == number && l.Column == Column.Left);
        Assert.Contains(header, l => l.Text == date && l.Column == Column.Right);
    }

    [Fact]
    public void Pages_without_annotations_add_no_letters()
    {
        var file = Corpus.Load("pdf/QD-1050-kiem-tra-VLNCN-2026.pdf");
        using var document = UglyToad.PdfPig.PdfDocument.Open(file.Bytes);
        document.AddPageFactory<AnnotationText, AnnotationTextFactory>();

        Assert.Empty(AnnotationText.Read(document, document.GetPage(1)));
    }
}
