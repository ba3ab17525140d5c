using Pipeline.Tests.Support;
using Pipeline.Fields;
using Pipeline.Vocabulary;

namespace Pipeline.Tests.Rules;

/// <summary>
/// Closed vocabularies repair OCR damage and leave alone what they cannot place. The damaged forms are real
/// OCR lines of the dev scans (corpus/ocr/: QĐ-2280's "PHO CHỦ TỊCH", TB-453's "KT CHỦ TICH"; CV-3722's
/// "PHO VĂN PHONG" for "PHÓ CHÁNH VĂN PHÒNG", too damaged to place).
/// </summary>
public class VocabularyRepairTests
{
    private static readonly Vocab V = Extract.Vocab;

    [Theory]
    [InlineData("PHO CHỦ TỊCH", "Phó Chủ tịch")]
    [InlineData("Chủ tich", "Chủ tịch")]
    [InlineData("Pho Giam đốc", "Phó Giám đốc")]
    public void A_position_with_broken_marks_near_one_entry_is_repaired(string printed, string repaired) =>
        Assert.Equal(repaired, V.PositionVocabulary.Repair(printed));

    [Theory]
    [InlineData("PHO VĂN PHONG")]   // near no entry within the allowed distance: kept as printed
    [InlineData("Phó Chủ tịch")]    // already right
    [InlineData("Trưởng Công an xã Hòa Bình")]
    public void A_position_near_no_entry_or_already_right_is_kept(string printed) =>
        Assert.Null(V.PositionVocabulary.Repair(printed));

    [Fact]
    public void Provinces_and_bodies_are_repaired_after_folding_marks()
    {
        Assert.Equal("Hưng Yên", V.ProvinceVocabulary.Repair("Hung Yên"));
        Assert.Equal("Lào Cai", V.ProvinceVocabulary.Repair("Lao Cal"));
        Assert.Equal("Ủy ban nhân dân", V.BodyVocabulary.Repair("Ủy ban nhân đân"));
        Assert.Null(V.ProvinceVocabulary.Repair("Hà Nội"));
    }

    [Fact]
    public void A_typists_typo_in_typed_text_is_kept_as_printed()
    {
        // corpus/seeds/000: "PHÓ BÍ THƯ THƯỜNG TRƯC" typed; the expected record keeps "Thường trưc".
        var record = Pipeline.Extraction.DocumentExtractor.CreateDefault().Extract(Pipeline.Tests.Sources.Corpus.Load("seeds/000_8eb51ea822ccb723.txt"));
        Assert.Equal("Phó Bí thư Thường trưc", record.Document.Signer?.Position, ignoreCase: true);
    }

    /// <summary>Text lines read as a recognised page, as the OCR reader marks its pages.</summary>
    private static Pipeline.Records.DocumentRecord ExtractRecognised(string text)
    {
        var extractor = Extract.Extractor;
        var read = extractor.Readers.Read(new Pipeline.Sources.SourceFile("scan.txt", System.Text.Encoding.UTF8.GetBytes(text)));
        var ocr = read with { Pages = [.. read.Pages.Select(p => p with { Origin = Pipeline.Sources.LineOrigin.Ocr })] };
        return extractor.Extract(ocr, new Pipeline.Extraction.StageTimings());
    }

    [Fact]
    public void A_level_word_and_a_province_with_broken_marks_under_a_body_line_make_one_repaired_issuer()
    {
        // KH-243/KH-UBND Đắk Lắk (dev screenshot), the header `pipeline ocr` reads: a full stop read after the body,
        // "TỈNH ĐẮK LẮK" read "TÍNH ĐÁK LÁK". The issuer was "Tính đák lák": the place line alone.
        var record = ExtractRecognised("""
            ỦY BAN NHÂN DÂN.
            TÍNH ĐÁK LÁK
            CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM
            Độc lập - Tự do - Hạnh phúc
            Số: 243 /KH-UBND
            Đắk Lắk, ngày 26 tháng 12 năm 2022
            """);
        Assert.Equal("Ủy ban nhân dân tỉnh Đắk Lắk", record.Document.Issuer);
        Assert.Contains(record.Warnings, w => w.Contains("issuer repaired") && w.Contains("tính đák lák", StringComparison.OrdinalIgnoreCase));
        Assert.True(record.Document.FieldConfidence["issuer"] <= VocabularyRepair.RepairedConfidence);
    }

    [Fact]
    public void The_OCR_of_QD_2280_gets_its_signer_position_repaired_with_a_warning_and_lowered_confidence()
    {
        // corpus/ocr/19_QD-2280-…: Tesseract's text of the scan, which read "PHÓ CHỦ TỊCH" as "PHO CHỦ TỊCH"; the
        // expected record says "Phó Chủ tịch". Its pages are marked as recognised, as the OCR reader marks them.
        var extractor = Pipeline.Extraction.DocumentExtractor.CreateDefault();
        var read = extractor.Readers.Read(Pipeline.Tests.Sources.Corpus.Load("ocr/19_QD-2280-QD-UBND_HaNoi_thoatnuoc_p1.txt"));
        var ocr = read with { Pages = [.. read.Pages.Select(p => p with { Origin = Pipeline.Sources.LineOrigin.Ocr })] };
        var record = extractor.Extract(ocr, new Pipeline.Extraction.StageTimings());

        Assert.Equal("Phó Chủ tịch", record.Document.Signer?.Position, ignoreCase: true);
        Assert.Contains(record.Warnings, w => w.Contains("signer.position repaired") && w.Contains("PHO", StringComparison.OrdinalIgnoreCase));
        Assert.True(record.Document.FieldConfidence["signer.position"] <= VocabularyRepair.RepairedConfidence);
    }

    [Fact]
    public void A_post_whose_first_letters_a_stamp_took_is_the_one_admitted_post_it_ends()
    {
        // QĐ-2338/QĐ-UBND Lào Cai (dev scan): the stamp over "CHỦ TỊCH" leaves OCR with "UTỊCH". It ends both
        // "Chủ tịch" and "Phó Chủ tịch": only when the deputy's post is not admitted is it one post.
        Assert.Equal("Chủ tịch", V.PositionVocabulary.RepairTail("UTỊCH", e => !e.StartsWith("Phó", StringComparison.Ordinal)));
        Assert.Null(V.PositionVocabulary.RepairTail("UTỊCH", _ => true));
        Assert.Null(V.PositionVocabulary.RepairTail("TỊCH", e => !e.StartsWith("Phó", StringComparison.Ordinal)));   // too few letters to stand for a post
        Assert.Null(V.PositionVocabulary.RepairTail("CHỦ TỊCH", _ => true));               // an entry already
    }

    [Fact]
    public void A_stamped_post_under_no_KT_line_is_repaired_to_the_heads_post()
    {
        // corpus/ocr/QD-2338-…: the foot `pipeline ocr` reads, no KT. line above the post:
        //   - Lưu: VT, KT.
        //   UTỊCH
        // A deputy signs only under KT. (Nghị định 30/2020/NĐ-CP, Phụ lục I mục IV): the post is the head's, "Chủ tịch".
        var extractor = Pipeline.Extraction.DocumentExtractor.CreateDefault();
        var read = extractor.Readers.Read(Pipeline.Tests.Sources.Corpus.Load("ocr/QD-2338-QD-UBND-LaoCai-CTDT-KCN-PhuXuan1-scan.txt"));
        var ocr = read with { Pages = [.. read.Pages.Select(p => p with { Origin = Pipeline.Sources.LineOrigin.Ocr })] };
        var record = extractor.Extract(ocr, new Pipeline.Extraction.StageTimings());

        Assert.Equal("Chủ tịch", record.Document.Signer?.Position);
        Assert.Null(record.Document.Signer?.Authority);
        Assert.Contains(record.Warnings, w => w.Contains("signer.position repaired") && w.Contains("UTỊCH", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public void A_stamped_post_under_a_KT_line_that_could_be_the_heads_or_the_deputys_is_kept()
    {
        var record = ExtractRecognised("""
            ỦY BAN NHÂN DÂN
            TỈNH LÀO CAI
            CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
            Độc lập - Tự do - Hạnh phúc
            Số: 12/QĐ-UBND
            Lào Cai, ngày 03 tháng 7 năm 2026
            QUYẾT ĐỊNH
            Về việc giao nhiệm vụ
            Điều 1. Giao Sở Tài chính thực hiện.
            Nơi nhận:
            - Như Điều 1;
            - Lưu: VT.
            TM. ỦY BAN NHÂN DÂN
            KT. CHỦ TỊCH
            UTỊCH
            Nguyễn Văn An
            """);
        Assert.Equal("Utịch", record.Document.Signer?.Position, ignoreCase: true);
    }

    [Fact]
    public void A_slash_fused_with_the_type_codes_first_letter_is_put_back_from_the_type_line()
    {
        // GP-428/GP-BCT (dev phone photo of a giấy phép), the header `pipeline roles` reads:
        //   Số: 4 2 8QP-BCT
        //   GIẤY PHÉP
        // "/G" was read as one "Q": the symbol opens with the type's code (GP), one letter from "QP".
        var record = ExtractRecognised("""
            BỘ CÔNG THƯƠNG
            CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
            Số: 4 2 8QP-BCT
            GIẤY PHÉP
            VẬN CHUYỂN HÀNG HÓA NGUY HIỂM
            """);
        Assert.Equal("428", record.Document.Number);
        Assert.Equal("GP-BCT", record.Document.Symbol);
        Assert.Equal("428/GP-BCT", record.Document.Reference);
        Assert.Contains(record.Warnings, w => w.Contains("reference repaired") && w.Contains("428QP-BCT"));
        Assert.True(record.Document.FieldConfidence["reference"] <= VocabularyRepair.RepairedConfidence);
    }

    [Theory]
    [InlineData("Số: 4 2 8QP-BCT", "THÔNG BÁO")]    // the type line names a notice: "QP" is two letters from its code TB
    [InlineData("Số: 428/QP-BCT", "GIẤY PHÉP")]    // printed with its slash: the symbol is as printed
    public void A_reference_the_type_code_does_not_explain_is_kept(string numberLine, string typeLine)
    {
        var record = ExtractRecognised($"""
            BỘ CÔNG THƯƠNG
            CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
            {numberLine}
            {typeLine}
            VẬN CHUYỂN HÀNG HÓA NGUY HIỂM
            """);
        Assert.DoesNotContain(record.Warnings, w => w.Contains("reference repaired"));
    }

    [Fact]
    public void A_number_line_that_lost_its_label_and_slash_is_read_with_the_type_lines_code()
    {
        // GP-428's page photographed at 700 px, JPEG 60 (`pipeline bench-degraded --keep`), the header it reads:
        //   BỘ CÔNG THƯƠNG
        //   428GP-BCT
        // The line was taken for the issuer's second line; it is the number line without "Số:" and its slash.
        var record = ExtractRecognised("""
            BỘ CÔNG THƯƠNG
            428GP-BCT
            CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
            GIẤY PHÉP
            VẬN CHUYỂN HÀNG HÓA NGUY HIẾM
            """);
        Assert.Equal("428/GP-BCT", record.Document.Reference);
        Assert.Equal("Bộ Công Thương", record.Document.Issuer);
    }

    [Fact]
    public void A_formula_prefix_whose_dot_OCR_read_as_a_comma_takes_its_dot()
    {
        // corpus/pdf/CV-1178-DCK-CTT-BCT-huongdan-CCN.pdf rasterised at 200 dpi and read by our OCR (scripts/rerender-ocr.sh):
        // the foot as `pipeline roles` prints it; "KT. CỤC TRƯỞNG" came out "KT, CỤC TRƯỞNG" (authority "KT , Cục trưởng").
        var record = ExtractRecognised("""
            Nơi nhận:
            - Như trên;
            - Thứ trưởng Nguyễn Sinh Nhật Tân (để b/c);
            - Cục trưởng (để b/c);
            - Lưu: VT, CTT. Phunt.
            KT, CỤC TRƯỞNG
            PHÓ CỤC TRƯỞNG
            Nguyễn Văn Thịnh
            """);
        Assert.Equal("KT. Cục trưởng", record.Document.Signer?.Authority, ignoreCase: true);
        Assert.Contains(record.Warnings, w => w.Contains("signer.authority repaired"));
    }

    [Fact]
    public void A_formula_prefix_printed_without_its_dot_is_kept_in_typed_text_and_dotted_in_recognised_text()
    {
        // corpus/pdf/QD-1696-QD-UBND-LaoCai-uyquyen-SCT.pdf through OCR at 200 dpi: "TM. ỦY BAN NHÂN DÂN" read "TM ỦY BAN NHÂN DÂN".
        const string foot = """
            Nơi nhận:
            - Như Điều 4;
            - Chánh VP, các PCVP UBND tỉnh;
            - Lưu: VT.
            TM ỦY BAN NHÂN DÂN
            CHỦ TỊCH
            Nguyễn Tuấn Anh
            """;
        Assert.Equal("TM. Ủy ban nhân dân", ExtractRecognised(foot).Document.Signer?.Authority, ignoreCase: true);
        // Typed text keeps the prefix as printed (the README: only the printed prefixes, in natural case).
        Assert.Equal("TM Ủy ban nhân dân", Extract.Text(foot).Document.Signer?.Authority, ignoreCase: true);
        // T/M is a printed form of its own, not a prefix missing its dot.
        Assert.Equal("T/M Ủy ban nhân dân", ExtractRecognised(foot.Replace("TM ỦY", "T/M ỦY")).Document.Signer?.Authority, ignoreCase: true);
    }
}
