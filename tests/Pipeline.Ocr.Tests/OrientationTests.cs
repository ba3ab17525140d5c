using Pipeline.Ocr.Engine;
using Pipeline.Ocr.Imaging;
using Xunit.Abstractions;

namespace Pipeline.Ocr.Tests;

/// <summary>
/// A page that arrives turned (a scanner fed sideways, a phone photo in landscape, an archive TIFF stored on its side)
/// is read as the same page upright (Engine/PageOrientation). The turned pages are a real dev scan (TB 453/TB-UBND Hà Nội,
/// a lossless PNG) turned in memory, so the pixels are the upright page's: the lines must be exactly the upright ones.
/// Before, Tesseract read a sideways page's vertical text blocks word by word in the wrong order (`Lưu: Trung phòng: Cơ Các
/// Các Chủ …`) and an upside-down page as noise: every field null.
/// </summary>
[Collection(OcrEngineGroup.Name)]
public class OrientationTests(SharedPool shared, ITestOutputHelper output)
{
    private static readonly string Page = Corpus.Scan("real_hanoi_tb_453_flag_p1.png");

    private static RecognizedPage? _upright;

    private RecognizedPage Read(int quarterTurns)
    {
        using var image = ImageDecoder.Decode(File.ReadAllBytes(Page), Page);
        using var turned = image.Turned(quarterTurns);
        return shared.Pool.Use(engine => PageRecognizer.Recognize(engine, turned, 1, shared.Pool.Options));
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void A_page_turned_by_quarter_turns_reads_as_the_upright_page(int quarterTurns)
    {
        var upright = _upright ??= Read(0);
        Assert.DoesNotContain(upright.Warnings, w => w.Contains("turned", StringComparison.Ordinal));
        var turned = Read(quarterTurns);
        foreach (var line in turned.Page.Lines.Take(8)) output.WriteLine($"{line.Column,-5} {line.Text}");
        Assert.Contains(turned.Warnings, w => w.Contains($"turned {90 * ((4 - quarterTurns) % 4)}° clockwise", StringComparison.Ordinal));
        Assert.Equal(upright.Page.Lines.Select(l => (l.Text, l.Column)), turned.Page.Lines.Select(l => (l.Text, l.Column)));
        Assert.Equal((upright.Page.Size!.Width, upright.Page.Size.Height), (turned.Page.Size!.Width, turned.Page.Size.Height));
    }

    [Fact]
    public void A_page_read_upright_is_not_read_again_in_other_orientations()
    {
        var upright = _upright ??= Read(0);
        Assert.True(PageOrientation.ReadsUpright(upright.Raw!));
    }
}
