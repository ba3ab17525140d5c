using Pipeline.Fields;
using Pipeline.Ocr.Engine;
using Pipeline.Roles;
using Pipeline.Sources.Pdf;
using Pipeline.Sources;
using Pipeline.Tests.Support;
using Pipeline.Values;

namespace Pipeline.Tests.Rules;

/// <summary>What the role stage recognised travels with the line, and the field readers take it from there.</summary>
public class RecognitionTests
{
    // Lines of seed 004 (TB 194/TB-UBND, Hương Sơn) and of the CV-5085 foot, as printed.
    private const string Notice = """
        ỦY BAN NHÂN DÂN
        HUYỆN HƯƠNG SƠN

        Số: 194/TB-UBND

        Hương Sơn, ngày 13 tháng 9 năm 2023

        THÔNG BÁO

        Kết luận họp đánh giá kết quả thực hiện cải cách hành chính 09 tháng đầu năm

        1. Siết chặt kỷ luật, kỷ cương hành chính trong đội ngũ cán bộ, công chức, viên chức thuộc thẩm quyền quản lý.

        Nơi nhận: - TT Huyện ủy, TT HĐND huyện (để b/c);
        - Chủ tịch, các PCT UBND huyện;
        - Lưu: VT.

        TL. CHỦ TỊCH
        CHÁNH VĂN PHÒNG

        Phan Tiến Hùng
        """;

    private static RoledDocument Roled() => Extract.Roles(Notice);

    private static RoledLine Line(RoledDocument doc, LineRole role) => doc.Lines.First(l => l.Role == role);

    [Fact]
    public void Each_fixed_form_line_carries_what_its_recogniser_read()
    {
        var doc = Roled();
        Assert.Equal("TB", Line(doc, LineRole.DocType).DocType?.Type.Code);
        Assert.Equal(new SignerPrefixMatch("TL.", "CHỦ TỊCH"), Line(doc, LineRole.SignerAuthority).SignerPrefix);
        var item = Line(doc, LineRole.ListItem).Label!;
        Assert.Equal((LabelKind.Decimal, "1"), (item.Label.Kind, item.Label.Value));
        Assert.StartsWith("Siết chặt kỷ luật", item.Remainder, StringComparison.Ordinal);
        Assert.Equal(new DocumentReference("194", "TB-UBND", "194/TB-UBND"), Line(doc, LineRole.Reference).Reference);
        Assert.Equal(new PlaceDateParts("Hương Sơn", PartialDate.TryCreate(2023, 9, 13)), Line(doc, LineRole.PlaceDate).PlaceDate);
        Assert.Equal("- TT Huyện ủy, TT HĐND huyện (để b/c);", Line(doc, LineRole.RecipientsHeader).Content);
        Assert.Equal("VT.", Line(doc, LineRole.Archive).Content);
        Assert.All(doc.Lines.Where(l => l.Role == LineRole.Body), l => Assert.Null(l.DocType ?? (object?)l.SignerPrefix ?? l.Label));
    }

    [Fact]
    public void A_role_the_rules_only_defaulted_is_flagged_as_such()
    {
        // A stray line under the header that no recogniser claims (a handwritten note on a scan) is only defaulted.
        var doc = Extract.Roles("ỦY BAN NHÂN DÂN\nHUYỆN HƯƠNG SƠN\n\nSố: 194/TB-UBND\nđã xem 15/9\nHương Sơn, ngày 13 tháng 9 năm 2023\n\nTHÔNG BÁO\n\nKết luận họp\n");
        var note = doc.Lines.Single(l => l.Text == "đã xem 15/9");
        Assert.True(note.Defaulted);
        Assert.False(Line(doc, LineRole.Reference).Defaulted);
    }

    [Fact]
    public void The_type_and_title_readers_take_the_carried_type_word_not_the_text()
    {
        // Were the readers to match the text again, they would find THÔNG BÁO; they read what the role stage recorded.
        var doc = Roled();
        var nq = Extract.Vocab.DocType("NQ")!;
        var changed = doc with
        {
            Lines = [.. doc.Lines.Select(l => l.Role switch
            {
                LineRole.DocType => l with { DocType = new DocTypeMatch(nq, "về giám sát") },
                LineRole.Reference => l with { Reference = new DocumentReference("12", "NQ-HĐND", "12/NQ-HĐND") },
                _ => l,
            })],
        };
        var fields = new FieldExtractor(Extract.Vocab, TimeProvider.System).Extract(changed);
        Assert.Equal("NQ", fields.Type?.Code);
        Assert.Equal("12/NQ-HĐND", fields.Reference?.Reference);
        Assert.StartsWith("về giám sát Kết luận họp", fields.Title, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Só: 12/TB-UBND", "12/TB-UBND")]   // OCR: the hook of ố lost
    [InlineData("S6: 12/TB-UBND", "12/TB-UBND")]   // OCR: ố read as 6
    [InlineData("SỐ: 600-TB/TU", "600-TB/TU")]
    public void One_number_label_pattern_serves_the_reference_reader_and_the_OCR_corrections(string printed, string rest)
    {
        Assert.Equal(rest, LinePatterns.AfterNumberLabel(printed));
        if (!printed.StartsWith("SỐ", StringComparison.Ordinal)) Assert.Equal("Số: " + rest, HeaderCorrections.Apply(printed));
    }

    [Theory]
    [InlineData("Ký bởi: Sở Công Thương")]
    [InlineData("Ky boi; So Cong Thuong")]                    // OCR lost the marks and read ':' as ';'
    [InlineData("Thời gian ký: 04.05.2026 16:54:57 +07:00")]
    [InlineData("thongtinchinhphu@chinhphu.vn")]
    public void One_signature_banner_pattern_serves_the_PDF_reader_and_the_OCR_filter(string line)
    {
        Assert.True(SignatureBanner.IsBannerLine(line));
        Assert.True(new NoiseFilter().IsSignatureBanner(line));
        Line[] page = [new("Người ký: CỔNG THÔNG TIN ĐIỆN TỬ CHÍNH PHỦ", 1), new(line, 1), new("Cơ quan chủ trì: Sở Công Thương.", 1)];
        Assert.Equal(["Cơ quan chủ trì: Sở Công Thương."], SignatureBanner.Remove(page).Select(l => l.Text));
    }

    // Header and foot of corpus/markdown/CV-3397-BKHDT-QLKTTW-dieu162.txt (dev), as printed.
    private const string Letter = WrappedFormulaTests.Letter;

    [Fact]
    public void The_labels_of_a_letter_are_cut_once_by_the_role_stage_and_read_from_there()
    {
        var doc = Extract.Roles(Letter);
        Assert.Equal("thực hiện Điều 162 Luật Doanh nghiệp", Line(doc, LineRole.Title).Content);
        Assert.Equal("Tổng công ty Khí Việt Nam.", Line(doc, LineRole.AddresseeHeader).Content);

        var record = Extract.Text(Letter).Document;
        Assert.Equal("CV", record.Type?.Code);
        Assert.Equal("thực hiện Điều 162 Luật Doanh nghiệp", record.Title);
        Assert.Equal(["Tổng công ty Khí Việt Nam"], record.Addressees);
    }

    [Fact]
    public void A_subject_label_glued_to_its_text_is_still_the_subject()
    {
        // A scrape that lost the space after the label (issue 10's "…V/vtriểnkhai…").
        var record = Extract.Text(Letter.Replace("V/v thực hiện", "V/vthực hiện", StringComparison.Ordinal)).Document;
        Assert.Equal("CV", record.Type?.Code);
        Assert.Equal("thực hiện Điều 162 Luật Doanh nghiệp", record.Title);
    }

    [Fact]
    public void The_signing_formula_travels_as_prefix_and_post_to_the_field_repair()
    {
        var fields = new FieldExtractor(Extract.Vocab, TimeProvider.System).Extract(Extract.Roles(Letter));
        Assert.Equal(new SignerPost("TL.", "Bộ trưởng"), Assert.Single(fields.Signer!.Formula));
        Assert.Equal("TL. Bộ trưởng", fields.Signer.Authority);
    }

    [Theory]
    [InlineData("Nơi nhận:")]
    [InlineData("*Nơi nhận:*")]
    [InlineData("- Nơi nhận:")] // a stray mark OCR reads before the label
    [InlineData("'Nơi nhận:")]
    public void The_recipients_label_is_one_pattern_for_rules_and_OCR_layout(string line)
    {
        Assert.True(LinePatterns.IsRecipientsHeader(line));
        Assert.Equal("", LinePatterns.AfterRecipientsLabel(line));
    }
}
