using Pipeline.Sources.Pdf;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Tokens;

namespace Pipeline.Tests.Sources;

public class GlyphRepairTests
{
    [Theory]
    [InlineData("pdf/QD-1050-kiem-tra-VLNCN-2026.pdf", "UBND TỈNH LÀO CAI", "QUYẾT ĐỊNH")]
    [InlineData("pdf/KH-1105-DKT-ke-hoach-kiem-tra.pdf", "ĐOÀN KIỂM TRA", "KẾ HOẠCH")]
    [InlineData("pdf/TB-1894-ket-qua-sau-kiem-tra-VLNCN-ban-ky.pdf", "TỈNH LÀO CAI", "THÔNG BÁO")]
    public void Letters_of_fonts_without_ToUnicode_read_as_Vietnamese(string path, string issuer, string title)
    {
        using var document = PdfDocument.Open(File.ReadAllBytes(Corpus.PathOf(path)));
        var repair = new GlyphUnicodeRepair(document);
        var page = document.GetPage(1);

        var raw = string.Concat(page.Letters.Select(l => l.Value));
        var repaired = string.Concat(page.Letters.Select(l => repair.TextOf(l) ?? "\uFFFD"));

        Assert.DoesNotContain("TỈNH", raw); // the trap: glyph ids, not text
        Assert.Contains(issuer.Replace(" ", ""), repaired.Replace(" ", ""));
        Assert.Contains(title.Replace(" ", ""), repaired.Replace(" ", ""));
        Assert.Contains("Số", repaired);
        Assert.DoesNotContain('\uFFFD', repaired);
        Assert.True(repair.Repaired);
    }

    [Fact]
    public void Known_glyph_order_is_only_trusted_for_the_recorded_font_version()
    {
        Assert.NotNull(KnownGlyphOrders.Find("KERPTY+TimesNewRomanPSMT", 4685));
        Assert.NotNull(KnownGlyphOrders.Find("UEKJMF+TimesNewRomanPS-ItalicMT", 3578));
        Assert.Null(KnownGlyphOrders.Find("YTJIGC+TimesNewRomanPSMT", 3418));
        Assert.Null(KnownGlyphOrders.Find("ArialMT", 4685));

        var upright = KnownGlyphOrders.Find("TimesNewRomanPS-BoldMT", 4685)!;
        Assert.Equal("T", upright[55]); // the Macintosh standard order: 'T' = 'T' - 29
        Assert.Equal("ỉ", upright[1229]);
        Assert.Equal("đ", upright[255]);
    }

    [Fact]
    public void Recorded_glyph_order_matches_the_cmap_of_the_complete_embedded_font()
    {
        // 1629_… embeds Times New Roman in full (with its cmap); the recorded table was read from it.
        using var document = PdfDocument.Open(File.ReadAllBytes(Corpus.PathOf("pdf/1629_SCT_CN_KHKTNT_Kho_VLCN_tam_Thuydien_NamCang1A_27.3.2026.pdf")));
        var scanner = document.Structure.TokenScanner;
        var program = document.GetPage(1).Letters
            .Select(l => l.FontDetails?.FontDictionaryReference).OfType<UglyToad.PdfPig.Core.IndirectReference>().Distinct()
            .Select(r => (DictionaryToken)document.Structure.GetObject(r).Data)
            .Where(f => f.TryGet(NameToken.BaseFont, scanner, out NameToken? n) && n.Data == "TimesNewRomanPSMT")
            .Select(f => f.TryGet(NameToken.FontDescriptor, scanner, out DictionaryToken? d) ? d : null)
            .OfType<DictionaryToken>()
            .Select(d => d.TryGet(NameToken.FontFile2, scanner, out StreamToken? s) ? s : null)
            .OfType<StreamToken>().First();
        var font = EmbeddedTrueType.TryParse(program.Decode(document.Structure.FilterProvider, scanner).ToArray())!;

        var inverted = font.InvertUnicode();
        var recorded = KnownGlyphOrders.Find("TimesNewRomanPSMT", font.GlyphCount)!;

        Assert.Equal(recorded.Count, inverted.Count);
        Assert.All(inverted, pair => Assert.Equal(char.ConvertFromUtf32(pair.Value), recorded[pair.Key]));
        Assert.Equal('T', inverted[55]);
    }

    [Theory]
    [InlineData("uni1EA1", "ạ")]
    [InlineData("u1EA1", "ạ")]
    [InlineData("ocircumflexacute", "ố")]
    [InlineData("Uhorndotbelow", "Ự")]
    [InlineData("dcroat", "đ")]
    [InlineData("a.sc", "a")]
    [InlineData("hyphen", "-")]
    [InlineData("glyph123", null)]
    [InlineData("nonbreakingspace", " ")]
    [InlineData(".notdef", null)]
    public void Post_glyph_names_are_understood(string name, string? expected) =>
        Assert.Equal(expected, EmbeddedTrueType.ToText(name));
}
