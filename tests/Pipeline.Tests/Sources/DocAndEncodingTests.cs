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
}
