using Pipeline.Ocr.Language;
using Pipeline.Sources;

namespace Pipeline.Ocr.Tests;

/// <summary>The syllable model and typography on lines Tesseract really produced (corpus/scans, page 1).</summary>
public class LanguageModelTests
{
    private static readonly Lazy<SyllableCorrector> Corrector = new(() =>
        ShippedSyllableModel.Instance.Corrector ?? throw new InvalidOperationException("lm/syllables.lm.gz is not beside the test binaries"));

    private static IReadOnlyList<string> Correct(params string[] lines) =>
        [.. Corrector.Value.Correct([.. lines.Select(t => new Line(t, 1, Confidence: 0.9))]).Lines.Select(l => l.Text)];

    [Theory]
    // TB-453 and QĐ-2280 headers, TB-453's signer title, TT-37's title: the marks the issue names.
    [InlineData("THANH PHÔ HÀ NỘI", "THÀNH PHỐ HÀ NỘI")]
    [InlineData("ỦY BAN NHÂN DÂN THÀNH PHÓ HÀ NỘI", "ỦY BAN NHÂN DÂN THÀNH PHỐ HÀ NỘI")]
    [InlineData("PHO CHÀNH VĂN PHÒNG", "PHÓ CHÁNH VĂN PHÒNG")]
    [InlineData("Sửa đổi, bồ sung một số điều của các Thông tư quy định", "Sửa đổi, bổ sung một số điều của các Thông tư quy định")]
    [InlineData("Thành phố treo cờ Tổ quốc từ ngày 10/5/2026 đền hết ngày 14/5/2026.", "Thành phố treo cờ Tổ quốc từ ngày 10/5/2026 đến hết ngày 14/5/2026.")]
    public void Restores_the_marks_ocr_lost(string printed, string expected) => Assert.Equal(expected, Correct(printed)[0]);

    [Theory]
    // Correct lines stay as they are: numbers, symbols and either placement of a tone mark (KH-173 prints "văn hoá").
    [InlineData("quyết số 80-NQ/TW ngày 07/01/2026 của Bộ Chính trị về phát triển văn hoá Việt")]
    [InlineData("Căn cứ Luật Tổ chức Chính phủ ngày 18 tháng 02 năm 2025;")]
    [InlineData("Căn cứ Nghị định số 81/2019/NĐ-CP ngày 11 tháng 11 năm 2019 của Chính phủ về phòng, chống phổ biến vũ khí hủy diệt hàng loạt;")]
    public void Leaves_correct_lines_alone(string line) => Assert.Equal(line, Correct(line)[0]);

    [Fact]
    public void A_changed_line_loses_confidence_and_the_printed_form_is_kept()
    {
        var correction = Corrector.Value.Correct([new Line("PHO CHÀNH VĂN PHÒNG", 1, Confidence: 0.9), new Line("Nơi nhận:", 1, Confidence: 0.9)]);
        Assert.True(correction.Lines[0].Confidence < 0.9);
        Assert.Equal(0.9, correction.Lines[1].Confidence);
        Assert.Contains(("PHO", "PHÓ"), correction.Changes);
    }

    [Fact]
    public void Tone_placement_alone_is_one_syllable()
    {
        Assert.Equal(Syllable.Canonical("hoá"), Syllable.Canonical("hóa"));
        Assert.Equal(Syllable.Canonical("HOÀ"), Syllable.Canonical("hòa"));
        Assert.NotEqual(Syllable.Canonical("phó"), Syllable.Canonical("phố"));
        Assert.Equal("dong", Syllable.Base("Đồng"));
        Assert.Equal(1, Syllable.DiacriticEdits("phó", "phố"));   // circumflex
        Assert.Equal(2, Syllable.DiacriticEdits("thanh", "thành") + Syllable.DiacriticEdits("pho", "phó"));
    }

    [Theory]
    [InlineData("Hà Nội, ngày23 tháng 4 năm 2026", "Hà Nội, ngày 23 tháng 4 năm 2026")]                 // QĐ-729
    [InlineData("TP. Hồ Chí Minh, ngày+C thángỹ: năm 2011", "TP. Hồ Chí Minh, ngày+C tháng ỹ: năm 2011")]   // CV-6078, handwritten day and month
    [InlineData("Hà Nội, ngàyØ tháng 4 năm 2026", "Hà Nội, ngày Ø tháng 4 năm 2026")]
    [InlineData("Hà Nội, ngày 25 tháng Ệ năm 2026", "Hà Nội, ngày 25 tháng Ệ năm 2026")]                 // HDLN-24
    [InlineData("hằng tháng, thángỹ", "hằng tháng, thángỹ")]                                              // not a place-date line
    [InlineData("Hà Nội, ngày 3| tháng 12 năm 2020", "Hà Nội, ngày 31 tháng 12 năm 2020")]               // ND-155 (new models)
    [InlineData("Hà Nội, ngày 3l tháng 12 năm 2020", "Hà Nội, ngày 31 tháng 12 năm 2020")]               // ND-155 (Debian vie)
    [InlineData("Căn cứ Luật Tổ chức chính quyền địa phương số 72/2025/QH15 ngày l6", "Căn cứ Luật Tổ chức chính quyền địa phương số 72/2025/QH15 ngày 16")] // QĐ-2336
    [InlineData("nghỉ ngày lễ, tháng II năm Il", "nghỉ ngày lễ, tháng II năm Il")]                          // no digit: left as read
    [InlineData("Bãi bỏ một phần khoản 2 Điều 1 của Thông tư số 18/2025/TT- BCT ngày 13", "Bãi bỏ một phần khoản 2 Điều 1 của Thông tư số 18/2025/TT-BCT ngày 13")] // TT-21
    [InlineData("Tổ chức “Festival Thăng Long - Hà Nội lần thứ II, năm 2026”", "Tổ chức \"Festival Thăng Long - Hà Nội lần thứ II, năm 2026\"")] // KH-173
    [InlineData("Độc lập — Tự do — Hạnh phúc", "Độc lập - Tự do - Hạnh phúc")]
    [InlineData("Số: 19/2026/NQ-CP", "Số: 19/2026/NQ-CP")]
    [InlineData("Số: 445. /NQ-CP", "Số: 445 /NQ-CP")]                                                       // NQ-115
    [InlineData("Điều 4. Hiệu lực thi hành./.", "Điều 4. Hiệu lực thi hành./.")]
    [InlineData("- Lưu: VT,KT.", "- Lưu: VT, KT.")]                                                        // QĐ-2338 p7
    [InlineData("- Lưu: VT (BCA,BQP, VKSNDTC), C04-BCA.", "- Lưu: VT (BCA, BQP, VKSNDTC), C04-BCA.")]
    [InlineData("vận chuyển hàng hóa nguy hiểm loại 1,2,3,4,9", "vận chuyển hàng hóa nguy hiểm loại 1,2,3,4,9")] // CV-2265
    [InlineData("| BỘ TƯ PHÁP", "BỘ TƯ PHÁP")]                                                            // TB-1135, the screenshot's frame
    [InlineData("Độc lập - Tự do - Hạnh phúc |", "Độc lập - Tự do - Hạnh phúc")]
    [InlineData("| 2471077.0573 | 434340.1578 | 39", "| 2471077.0573 | 434340.1578 | 39")]           // QĐ-2336 Phụ lục table: rules kept
    [InlineData("Tên | Hệ tọa độ VN 2,000, kinh | Tên", "Tên | Hệ tọa độ VN 2,000, kinh | Tên")]
    public void Typography(string printed, string expected) => Assert.Equal(expected, Pipeline.Ocr.Language.Typography.Apply(printed));

    [Fact]
    public void The_shipped_model_was_not_trained_on_the_evaluated_transcriptions()
    {
        var provenance = Corrector.Value.Model.Provenance;
        var trained = provenance.Where(p => p.StartsWith("text ", StringComparison.Ordinal)).Select(p => p.Split(' ')[1]).ToList();
        Assert.NotEmpty(trained);
        Assert.DoesNotContain(trained, f => f.Split('/')[0] is "test" or "ocr" or "scans" or "expected" or "annotations");
        Assert.DoesNotContain(trained, f => f.StartsWith("text/", StringComparison.Ordinal) && SyllableModelTrainer.IsEvaluated(f["text/".Length..]));
        // And no training file holds a quarter of an evaluated page (a copy under another name).
        var evaluated = SyllableModelTrainer.EvaluatedTexts(Path.Combine(Corpus.Root, "corpus")).Select(t => SyllableModelTrainer.Runs(t).ToHashSet()).Where(r => r.Count > 0).ToList();
        Assert.Equal(18, evaluated.Count);
        foreach (var file in trained)
        {
            var runs = SyllableModelTrainer.Runs(SyllableModelTrainer.ReadText(Path.Combine(Corpus.Root, "corpus", file))).ToHashSet();
            Assert.All(evaluated, e => Assert.True((double)e.Count(runs.Contains) / e.Count < 0.25, file));
        }
    }
}
