using System.Text;
using Pipeline.Tests.Support;
using Pipeline.Text;

namespace Pipeline.Tests.Rules;

/// <summary>
/// VnText builds its keys from per-character pieces (CharFolds) instead of whole-string ICU calls; the keys must not
/// change: every key equals the one its definition (lower case, NFD, tone moved, NFC) gives the whole string.
/// </summary>
public class KeyPiecesTests
{
    private static readonly string[] Folders = ["seeds", "text", "markdown", "layout"];
    private static readonly string[] Tones = ["", "\u0300", "\u0301", "\u0303", "\u0309", "\u0323"];

    /// <summary>Every line of the text corpus, each word of it, and its decomposed (NFD) and unaccented forms.</summary>
    public static IEnumerable<string> CorpusTexts()
    {
        foreach (var folder in Folders)
            foreach (var file in Directory.EnumerateFiles(Repo.Path("corpus", folder)).Order(StringComparer.Ordinal))
                foreach (var line in File.ReadLines(file))
                {
                    yield return line;
                    yield return line.Normalize(NormalizationForm.FormD);
                    foreach (var word in line.Split(' ', StringSplitOptions.RemoveEmptyEntries)) yield return word;
                }
    }

    [Fact]
    public void Keys_of_corpus_lines_and_words_equal_their_definition()
    {
        var checkedTexts = 0;
        foreach (var text in CorpusTexts())
        {
            AssertSameKeys(text);
            checkedTexts++;
        }
        Assert.True(checkedTexts > 10_000, $"only {checkedTexts} texts read from the corpus");
    }

    [Fact]
    public void Keys_of_every_pair_of_latin_and_vietnamese_letters_equal_their_definition()
    {
        // Every character the pieces are used for, after each Vietnamese letter with every tone, then a space
        // and a punctuation mark: a tone carried over a syllable end, a composition across two pieces.
        var vietnamese = "aăâeêioôơuưyAĂÂEÊIOÔƠUƯY".SelectMany(v => Tones.Select(t => (v + t).Normalize(NormalizationForm.FormC))).Append("đ").Append("Đ").ToList();
        var pieceWise = Enumerable.Range(0, 0x2100).Select(i => (char)i).Where(c => c < '\u0300' || c is >= '\u1E00' and <= '\u1EFF' or >= '\u2000' and < '\u20D0').ToList();
        foreach (var first in vietnamese)
            foreach (var c in pieceWise)
            {
                AssertSameKeys(first + c);
                AssertSameKeys(first + c + " ," + first);
            }
    }

    [Fact]
    public void Aligned_fold_of_every_character_equals_its_definition()
    {
        // FoldAligned keeps offsets: each character becomes its NFD's first character, lower case, đ → d.
        for (var i = 0; i <= char.MaxValue; i++)
        {
            var c = (char)i;
            if (char.IsSurrogate(c)) continue;
            string decomposed;
            try { decomposed = c.ToString().Normalize(NormalizationForm.FormD); }
            catch (ArgumentException)
            {
                // A character Normalize refuses (invalid code point): FoldAligned refuses it too, as it always did.
                Assert.Throws<ArgumentException>(() => VnText.FoldAligned(c.ToString()));
                continue;
            }
            var expected = c is 'đ' or 'Đ' ? 'd' : char.ToLowerInvariant(decomposed[0]);
            Assert.Equal(expected.ToString(), VnText.FoldAligned(c.ToString()));
        }
    }

    [Fact]
    public void Tone_split_of_corpus_words_equals_its_definition()
    {
        // VietnameseSyllable.IsSyllable's split: lower case, NFD, tone marks counted and taken out, the rest NFC.
        foreach (var word in CorpusTexts().SelectMany(t => t.Split(' ', StringSplitOptions.RemoveEmptyEntries)))
        {
            if (!CharFolds.TrySplitTones(word, out var rest, out var tones)) continue;
            var d = word.ToLowerInvariant().Normalize(NormalizationForm.FormD);
            var marks = d.Count(c => c is '\u0300' or '\u0301' or '\u0303' or '\u0309' or '\u0323');
            var bare = new string(d.Where(c => c is not ('\u0300' or '\u0301' or '\u0303' or '\u0309' or '\u0323')).ToArray()).Normalize(NormalizationForm.FormC);
            Assert.Equal((bare, marks), (rest, tones));
        }
    }

    [Theory]
    [InlineData("Thủy lợi, thuỷ sản: Ủy ban")]
    [InlineData("Giáo viên giao nhiệm vụ")]
    [InlineData("ĐẢNG CỘNG SẢN VIỆT NAM — số 12/TB-UBND")]
    [InlineData("tiếng Việt 😀 emoji and Ελληνικά, 한국어")]
    [InlineData("decomposed: a\u0302\u0301 u\u031b\u0300")]
    public void Keys_of_mixed_scripts_equal_their_definition(string text) => AssertSameKeys(text);

    private static void AssertSameKeys(string text)
    {
        Assert.Equal(VnText.ToneKeyWhole(text), VnText.ToneKey(text));
        Assert.Equal(VnText.FoldWhole(text), VnText.Fold(text));
    }
}
