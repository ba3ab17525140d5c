using Pipeline.Ocr.Imaging;
using Pipeline.Roles;
using Pipeline.Text;

namespace Pipeline.Ocr.Engine;

/// <summary>
/// The signer's name read again from the red channel when the layout pass read the signature column but no name
/// in it. Nghị định 30/2020 prints the name at the foot of the signature column, below the signature, where the
/// round red seal (con dấu) overlaps it: in gray the seal's ink sits on the letters and Tesseract drops the line
/// (GP-184: "Hà Minh Hiệp" under the seal of Tổng cục Tiêu chuẩn Đo lường Chất lượng). In the red channel the seal
/// and a red signature turn nearly white while the black print stays. Only colour pages are read again, only
/// the signature column below "Nơi nhận", and only lines that look like a person's name are kept (two to six
/// capitalised words, each read at confidence 50 or more); they replace what the gray pass read in their place.
/// </summary>
internal static class SignerNameRecovery
{
    private const int SingleBlock = 6;

    /// <summary>Line number given to recovered words, apart from the layout pass's lines and SignatureRecovery's.</summary>
    private const int RecoveredLine = 1_000_001;

    /// <summary>A recovered word below this confidence is a stroke of the signature, not a letter.</summary>
    private const float MinConfidence = 50;

    public static OcrPageResult Apply(OcrEngine engine, DecodedImage image, ImagePreparation preparation, OcrPageResult raw)
    {
        if (preparation.DropRedInk || image.Pix.Depth != 32) return raw;
        if (SignatureRecovery.RecipientsTop(raw) is not { } footTop) return raw;
        var top = Math.Max(0, footTop - raw.Height / 50);
        var left = raw.Width * 45 / 100;
        var column = raw.Words.Where(w => w.Top >= top && w.Left >= left).GroupBy(w => w.Line).SelectMany(Segments).Select(Text).ToList();
        // Nothing of the signature column read is SignatureRecovery's case; a name already read needs nothing.
        if (column.Count == 0 || column.Any(PersonNames.LooksLikeName)) return raw;

        using var red = PagePreparer.Prepare(image, preparation with { DropRedInk = true });
        if (red.Pix.Width != raw.Width || red.Pix.Height != raw.Height) return raw;
        var reread = engine.Recognize(red, SingleBlock, (left, top, raw.Width - left, raw.Height - top));
        var names = reread.Words
            .GroupBy(w => w.Line)
            .Select(g => Name([.. g]))
            .OfType<IReadOnlyList<OcrWord>>()
            .Select(Joined)
            .ToList();
        if (names.Count == 0) return raw;
        // What the gray pass read where the name is ("Ng" / "uyên Tuấn Anh" under QĐ-2336's seal) gives way to it.
        return raw with { Words = [.. raw.Words.Where(o => !names.Any(n => Overlaps(o, n))), .. names] };
    }

    /// <summary>
    /// The line's words when they read as a person's name, else null. Marks without a letter (a stroke of the signature
    /// read "`" or "@") are left out first. The seal sits on the left of the name, so its first word, the surname, may be
    /// read with little confidence ("Phẩm(1) Huy Nam Sơn"): it is kept when the name has three words or more, the
    /// others are read with confidence, and it folds to exactly one surname (<see cref="Surnames"/>), whose printed form
    /// it then takes, with the lowest confidence accepted.
    /// </summary>
    internal static IReadOnlyList<OcrWord>? Name(IReadOnlyList<OcrWord> line)
    {
        var words = line.Where(w => w.Text.Any(char.IsLetter)).ToList();
        if (words.Count == 0 || !PersonNames.LooksLikeName(Text(words)) || words.Skip(1).Any(w => w.Confidence < MinConfidence)) return null;
        if (words[0].Confidence >= MinConfidence) return words;
        if (words.Count < 3 || Surnames.Repair(words[0].Text) is not { } surname) return null;
        // At the acceptance line, not its own near-zero reading: the noise filter would drop the word again.
        return [words[0] with { Text = surname, Confidence = MinConfidence }, .. words.Skip(1)];
    }

    /// <summary>
    /// A recovered name as one word: the layout pass must not cut it at a gap the seal left between its words
    /// (QĐ-26's "Phùng | Mạnh Ngọc" on a page whose rows are split at narrow gaps).
    /// </summary>
    private static OcrWord Joined(IReadOnlyList<OcrWord> name) => new(Text(name), name.Min(w => w.Left), name.Min(w => w.Top),
        name.Max(w => w.Right), name.Max(w => w.Bottom), name.Min(w => w.Confidence), RecoveredLine);

    /// <summary>Vietnamese family names (Vocabulary/Data/surnames.txt).</summary>
    private static readonly Lazy<SurnameVocabulary> SurnameList = new(() => new SurnameVocabulary(
        Pipeline.Vocabulary.VocabularyFile.Entries(Pipeline.Vocabulary.VocabularySource.Embedded.Lines("surnames.txt"))));

    private static SurnameVocabulary Surnames => SurnameList.Value;

    /// <summary>
    /// A Tesseract line cut at gaps wider than <see cref="SegmentGap"/> word heights: the end of a recipient line that
    /// reaches past the column's edge ("… Vận Trình", GP-428) is not part of the post beside it ("THỨ TRƯỞNG"), and
    /// "Trình THỨ TRƯỞNG" read as one line looks like a name.
    /// </summary>
    private static IEnumerable<List<OcrWord>> Segments(IEnumerable<OcrWord> line)
    {
        var words = line.OrderBy(w => w.Left).ToList();
        var segment = new List<OcrWord>();
        foreach (var word in words)
        {
            if (segment.Count > 0 && word.Left - segment[^1].Right > SegmentGap * Math.Max(word.Bottom - word.Top, segment[^1].Bottom - segment[^1].Top))
            {
                yield return segment;
                segment = [];
            }
            segment.Add(word);
        }
        if (segment.Count > 0) yield return segment;
    }

    /// <summary>The layout pass's gap between segments, in word heights (AdministrativeLayout).</summary>
    private const double SegmentGap = 2.0;

    private static string Text(IEnumerable<OcrWord> line) => string.Join(' ', line.Select(w => w.Text));

    private static bool Overlaps(OcrWord a, OcrWord b) =>
        Math.Min(a.Right, b.Right) > Math.Max(a.Left, b.Left) && Math.Min(a.Bottom, b.Bottom) > Math.Max(a.Top, b.Top);
}
