namespace Pipeline.Sources.Pdf;

/// <summary>
/// Decides whether a page's text layer is real text worth reading, or whether the page must be OCR'd:
/// too few letters (a scan, perhaps with a signature stamp) or letters that do not read as Vietnamese
/// (glyph ids that could not be repaired, a legacy 8-bit font encoding).
/// </summary>
public static class TextLayerQuality
{
    /// <summary>Fewer letters than this is a scan's stray text, not a page of a notice.</summary>
    public const int MinLetters = 200;

    /// <summary>Real notice pages score 0.75–0.95; garbage well under 0.4.</summary>
    public const double MinSyllableShare = 0.55;

    /// <summary>
    /// A short page (the foot block alone on a last page) is trusted when other pages of the same file
    /// have real text; a scan never has more than a stamp or a page number in its text layer.
    /// </summary>
    public const int MinLettersBesideText = 30;

    public static bool IsRealText(IReadOnlyList<Line> lines, bool otherPagesHaveText = false) =>
        LetterCount(lines) >= (otherPagesHaveText ? MinLettersBesideText : MinLetters)
        && VietnameseSyllable.Share(lines.Select(l => l.Text)) >= MinSyllableShare;

    public static int LetterCount(IEnumerable<Line> lines) => lines.Sum(l => l.Text.Count(char.IsLetter));

    public static double SyllableShare(IEnumerable<Line> lines) => VietnameseSyllable.Share(lines.Select(l => l.Text));
}
