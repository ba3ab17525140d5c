using System.Globalization;
using System.Text;

namespace Pipeline.Text;

/// <summary>
/// Per-character pieces of <see cref="VnText"/>'s keys, each computed once with the same ICU calls the keys are
/// defined by (lower-casing, NFD, NFC) and then looked up: the task stage asks for thousands of keys per document
/// and the ICU calls were half its CPU time. A key built from the pieces equals the key of the whole string
/// only where no composition or reordering crosses characters, so <see cref="IsPieceWise"/> admits the scripts
/// where that holds (Latin, Vietnamese, punctuation); any other text takes the whole-string path.
/// </summary>
internal static class CharFolds
{
    private const char Grave = '\u0300', Acute = '\u0301', Tilde = '\u0303', Hook = '\u0309', DotBelow = '\u0323';

    /// <summary>One character's share of the keys.</summary>
    internal sealed class Piece
    {
        /// <summary>Lower case, NFD, non-spacing marks removed, đ → d: its <see cref="VnText.Fold"/>.</summary>
        public required string Fold { get; init; }

        /// <summary>Lower case, NFD with the tone marks taken out, recomposed (NFC): what it adds to a tone key.</summary>
        public required string ToneRest { get; init; }

        /// <summary>The last tone mark it carries, or '\0': it becomes the syllable's pending tone.</summary>
        public required char Tone { get; init; }

        /// <summary>How many tone marks it carries (one for a precomposed Vietnamese letter with a tone).</summary>
        public required int ToneCount { get; init; }

        /// <summary>True when it ends a syllable (neither a letter nor a non-spacing mark): a pending tone is written before it.</summary>
        public required bool EndsSyllable { get; init; }
    }

    private static readonly Piece?[] Pieces = new Piece?[char.MaxValue + 1];
    // The aligned character with bit 16 set once known, 0 before: one write publishes an entry.
    private const int Known = 0x10000;
    private static readonly int[] Aligned = new int[char.MaxValue + 1];

    /// <summary>
    /// Characters whose pieces concatenate to the whole string's key: basic and extended Latin (not the combining
    /// marks, which compose with what precedes them), Vietnamese letters (Latin Extended Additional), general
    /// punctuation, super- and subscripts and currency signs. Each decomposes to a starter followed by
    /// non-spacing marks, and none composes with a neighbour.
    /// </summary>
    public static bool IsPieceWise(char c) => c < '\u0300' || c is >= '\u1E00' and <= '\u1EFF' or >= '\u2000' and < '\u20D0';

    /// <summary>As <see cref="IsPieceWise"/>, for the fold key, which drops every non-spacing mark wherever it is.</summary>
    public static bool IsFoldPieceWise(char c) => IsPieceWise(c) || c is >= '\u0300' and < '\u0370';

    /// <summary>The pieces of a <see cref="IsPieceWise"/> or <see cref="IsFoldPieceWise"/> character.</summary>
    public static Piece Of(char c) => Pieces[c] ??= Compute(c);

    /// <summary>
    /// <see cref="VnText.FoldAligned"/>'s character for <paramref name="c"/> (not a surrogate): its NFD's first
    /// character, lower case; đ → d. Two threads may both compute an entry; they write the same value.
    /// </summary>
    public static char AlignedOf(char c)
    {
        var entry = Aligned[c];
        if (entry != 0) return (char)(entry & 0xFFFF);
        var d = c.ToString().Normalize(NormalizationForm.FormD);
        var folded = c is 'đ' or 'Đ' ? 'd' : char.ToLowerInvariant(d[0]);
        Aligned[c] = folded | Known;
        return folded;
    }

    /// <summary>
    /// A text lower-cased and decomposed, split into its tone marks (counted) and the rest recomposed (NFC), piece
    /// by piece; false when the text is not <see cref="IsPieceWise"/> throughout.
    /// </summary>
    public static bool TrySplitTones(string s, out string rest, out int tones)
    {
        rest = "";
        tones = 0;
        foreach (var c in s)
            if (!IsPieceWise(c)) return false;
        var sb = new StringBuilder(s.Length);
        foreach (var c in s)
        {
            var piece = Of(c);
            sb.Append(piece.ToneRest);
            tones += piece.ToneCount;
        }
        rest = sb.ToString();
        return true;
    }

    private static Piece Compute(char c)
    {
        var s = c.ToString();
        var d = s.ToLowerInvariant().Normalize(NormalizationForm.FormD);
        var fold = new StringBuilder(d.Length);
        var rest = new StringBuilder(d.Length);
        var tone = '\0';
        var tones = 0;
        foreach (var x in d)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(x) != UnicodeCategory.NonSpacingMark) fold.Append(x == 'đ' ? 'd' : x);
            if (x is Grave or Acute or Tilde or Hook or DotBelow) { tone = x; tones++; }
            else rest.Append(x);
        }
        var first = d.Length > 0 ? d[0] : c;
        return new Piece
        {
            Fold = fold.ToString(),
            ToneRest = rest.ToString().Normalize(NormalizationForm.FormC),
            Tone = tone,
            ToneCount = tones,
            EndsSyllable = !char.IsLetter(first) && CharUnicodeInfo.GetUnicodeCategory(first) != UnicodeCategory.NonSpacingMark,
        };
    }
}
