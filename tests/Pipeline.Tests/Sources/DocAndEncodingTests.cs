using Pipeline.Tests.Support;
using System.Text;
using Pipeline.Sources;
using Pipeline.Sources.Text;
using Pipeline.Sources.Word;

namespace Pipeline.Tests.Sources;

/// <summary>Word 97 .doc through antiword, and legacy 8-bit Vietnamese text. Lines from dev documents.</summary>
public class DocAndEncodingTests
{
    [Fact]
    public void A_Word_97_doc_is_read_with_its_header_table_in_columns()
    {
        // corpus/word/TB-SCT-CN-2025-LaoCai-thamdinh-SanBang.doc (needs antiword, installed by scripts/setup.sh).
        var doc = new DocReader(new TextFileReader(Extract.Vocab)).Read(Corpus.Load("word/TB-SCT-CN-2025-LaoCai-thamdinh-SanBang.doc"));
        var lines = doc.Lines.ToList();

        Assert.Equal("application/msword", doc.MediaType);
        Assert.Contains(lines, l => l.Text == "SỞ CÔNG THƯƠNG" && l.Column == Column.Left);
        Assert.Contains(lines, l => l.Text == "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" && l.Column == Column.Right);
        Assert.Contains(lines, l => l.Text.Contains("3181/TTr-VIMICO") && l.Column == Column.Full);
    }

    [Fact]
    public void Without_antiword_a_doc_fails_with_missing_dependency_naming_the_package()
    {
        var e = Assert.Throws<SourceException>(() => new DocReader(new TextFileReader(Extract.Vocab), "antiword-not-installed-here").Read(Corpus.Load("word/TB-SCT-CN-2025-LaoCai-thamdinh-SanBang.doc")));
        Assert.Equal("missing-dependency", e.Code);
        Assert.Contains("antiword", e.Message);
    }

    [Fact]
    public void A_docx_renamed_doc_is_not_taken_for_Word_97()
    {
        var e = Assert.Throws<SourceException>(() => new DocReader(new TextFileReader(Extract.Vocab)).Read(new SourceFile("x.doc", Encoding.UTF8.GetBytes("not a word file"))));
        Assert.Equal("corrupt", e.Code);
    }

    // The motto and a place-date line of corpus/word/QD-09-2010-QD-UBND-CanTho-KHCN.doc, as the three legacy encodings store them.
    private const string Motto = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nCần Thơ, ngày 21 tháng 01 năm 2010\nỦy ban nhân dân thành phố Cần Thơ quyết định ban hành quy định tuyển chọn";

    [Fact]
    public void Windows_1258_text_is_detected_converted_and_warned()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var bytes = Encoding.GetEncoding(1258, EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback).GetBytes(Windows1258Form(Motto));
        var (text, warning) = TextDecoder.DecodeReporting(bytes);
        Assert.Equal(Motto, text);
        Assert.Contains("Windows-1258", warning);
    }

    /// <summary>Windows-1258 stores a letter with its vowel mark precomposed (ô, ư, ă) and the tone as a combining mark.</summary>
    private static string Windows1258Form(string text)
    {
        var tones = new HashSet<char> { '\u0300', '\u0301', '\u0303', '\u0309', '\u0323' };
        var sb = new StringBuilder();
        foreach (var c in text)
        {
            var d = c.ToString().Normalize(NormalizationForm.FormD);
            sb.Append(new string(d.Where(ch => !tones.Contains(ch)).ToArray()).Normalize(NormalizationForm.FormC));
            foreach (var t in d.Where(tones.Contains)) sb.Append(t);
        }
        return sb.ToString();
    }

    [Fact]
    public void TCVN3_and_VNI_garble_is_repaired_with_the_encoding_named()
    {
        // "Céng hoµ x· héi chñ nghÜa ViÖt Nam" is how TCVN3 (ABC) text reads as Windows-1252; VNI reads "Coäng hoøa …".
        var (tcvn, tcvnName) = LegacyVietnamese.RepairFontEncoding("Céng hoµ x· héi chñ nghÜa ViÖt Nam\nCÇn Th¬, ngµy 21 th¸ng 01 n¨m 2010");
        Assert.Equal("Cộng hoà xã hội chủ nghĩa Việt Nam\nCần Thơ, ngày 21 tháng 01 năm 2010", tcvn);
        Assert.Equal("TCVN3 (ABC)", tcvnName);

        var (vni, vniName) = LegacyVietnamese.RepairFontEncoding("Coäng hoøa xaõ hoäi chuû nghóa Vieät Nam\nCaàn Thô, ngaøy 21 thaùng 01 naêm 2010");
        Assert.Equal("Cộng hòa xã hội chủ nghĩa Việt Nam\nCần Thơ, ngày 21 tháng 01 năm 2010", vni);
        Assert.Equal("VNI", vniName);

        // Unicode Vietnamese is left alone.
        Assert.Null(LegacyVietnamese.RepairFontEncoding(Motto).Encoding);
    }

    [Fact]
    public void A_table_row_printed_line_by_line_keeps_the_recipients_and_the_signature_apart()
    {
        // word/QD-09-2010 (Cần Thơ) through antiword: the Nơi nhận | signature row is printed one line at a time,
        // each a pipe row padded to the same columns.
        var record = Extract.Text(
        "|Nơi nhận:                                                             |            TM.ỦY BAN NHÂN DÂN                                |\n" +
        "|                                                                      |KT.CHỦ TỊCH                                                   |\n" +
        "|- Văn phòng Chính phủ (HN-TPHCM);                                     |PHÓ CHỦ TỊCH                                                  |\n" +
        "|                                                                      |                                                              |\n" +
        "|- Bộ Tư pháp (Cục KTVB);                                              |(đã ký)                                                       |\n" +
        "|- Bộ Khoa học và Công nghệ;                                           |                                                              |\n" +
        "|- TT.Thành ủy;                                                        |Trần Tuấn Anh                                                 |\n" +
        "|- TT. HĐND thành phố;                                                 |                                                              |\n" +
        "|- UBMTTQ thành phố và các đoàn thể thành phố;                         |                                                              |\n" +
        "|- UBND thành phố (1A,B,C,D,E);                                        |                                                              |\n" +
        "|- VP Đoàn ĐBQH và HĐND thành phố;                                     |                                                              |\n" +
        "|                                                                      |                                                              |\n" +
        "|- Sở, ban, ngành thành phố;                                           |                                                              |\n" +
        "|- Cơ quan báo, đài;                                                   |                                                              |\n" +
        "|- Báo Cần Thơ;                                                        |                                                              |\n" +
        "|- Website Chính phủ;                                                  |                                                              |\n" +
        "|- TT. Công báo;                                                       |                                                              |\n" +
        "|- TT. Lưu trữ;                                                        |                                                              |\n" +
        "|- Lưu Văn thư                                                         |                                                              |\n" +
        "");

        Assert.Equal(["Văn phòng Chính phủ", "Bộ Tư pháp", "Bộ Khoa học và Công nghệ", "TT.Thành ủy", "TT. HĐND thành phố",
                      "UBMTTQ thành phố và các đoàn thể thành phố", "UBND thành phố", "VP Đoàn ĐBQH và HĐND thành phố",
                      "Sở, ban, ngành thành phố", "Cơ quan báo, đài", "Báo Cần Thơ", "Website Chính phủ", "TT. Công báo", "TT. Lưu trữ"],
            record.Document.Recipients.Select(r => r.Name));
        Assert.Equal("Văn thư", record.Document.Archive);
        Assert.Equal(("Phó Chủ tịch", "Trần Tuấn Anh"), (record.Document.Signer!.Position, record.Document.Signer.Name));
    }
}
