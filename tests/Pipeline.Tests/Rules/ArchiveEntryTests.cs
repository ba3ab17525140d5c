using Pipeline.Fields;
using Pipeline.Tests.Support;

namespace Pipeline.Tests.Rules;

/// <summary>What OCR reads into the blank beside "Lưu:" (a signature's stroke, a seal's rim) is not the archive entry.</summary>
public class ArchiveEntryTests
{
    [Theory]
    // text/KL-75-KL-TW-BVMT-BDKH-OCR.txt: "- Lưu Văn phòng Trung ương Đảng. <Ỹ`.ưF_“"
    [InlineData("Văn phòng Trung ương Đảng. <Ỹ`.ưF_“", "Văn phòng Trung ương Đảng")]
    // text/CV-8388-BTC-QLCS-trienkhai-ND-178-OCR.txt: "- Lưu: VT, QLCS.(Ð b) „4y" (Ð is the Icelandic eth, not Đ)
    [InlineData("VT, QLCS.(Ð b) „4y", "VT, QLCS")]
    // ocr/ND-CP-lastpage-signature-scan.txt: "- Lưu: VT, ĐMDN (2b).KN 4/8"
    [InlineData("VT, ĐMDN (2b).KN 4/8", "VT, ĐMDN (2b).KN")]
    // markdown/CV-4489-TCT-TTKT-TMDT-OCR.md: "- Luu: VT, TTKT (3b)z" and the next line "he Ab Coy"
    [InlineData("VT, TTKT (3b)z he Ab Coy", "VT, TTKT (3b)")]
    public void Characters_and_fragments_no_entry_holds_are_cut(string content, string expected) =>
        Assert.Equal(expected, ArchiveEntry.Clean(content));

    [Theory]
    // What typists write after the copy count, as the typed documents print it.
    [InlineData("VT, ĐMDN (2b). Trung Anh.")] // markdown/CV-2739-VPCP
    [InlineData("VT, QHĐP (2)Q.Cường")] // text/20_QD-729-QD-TTg
    [InlineData("VT, KGVX (03). PL")] // QĐ-42/2025/QĐ-TTg
    [InlineData("VT, TH (Thắng), KT (Long)")] // layout/KH-134-KH-UBND-LaoCai
    [InlineData("VT (BCA, BQP, VKSNDTC, TANDTC, BYT, BCT, BTC), C04-BCA")] // HDLN-24
    [InlineData("VT, CST(GTGT) (04b)")] // markdown/CV-683-BTC-CST
    [InlineData("VT, NCđ")] // QĐ-05/2025/QĐ-UBND Hà Nội
    [InlineData("VT, CN(M.Cường")] // docx/KH-2242 (Lào Cai): the bracket the typist left open
    public void What_a_typist_writes_is_kept(string content) =>
        Assert.Equal(content.TrimEnd('.'), ArchiveEntry.Clean(content));

    [Fact]
    public void The_extracted_record_carries_the_clean_entry() =>
        Assert.Equal("Văn phòng Trung ương Đảng", Extract.File("text", "KL-75-KL-TW-BVMT-BDKH-OCR.txt").Document.Archive);
}
