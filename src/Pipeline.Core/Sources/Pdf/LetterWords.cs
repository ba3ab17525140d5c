using System.Text;
using Pipeline.Sources.Layout;
using UglyToad.PdfPig.Content;

namespace Pipeline.Sources.Pdf;

/// <summary>
/// Builds positioned words from a page's letters, in content-stream order. Words are split at space
/// letters and at visible gaps, because many producers position words without writing a space
/// ("tháng 4năm 2026" otherwise). Boxes come from the baseline and the font size rather than glyph
/// outlines, so every word on a text line gets the same height and rows group cleanly.
/// </summary>
internal static class LetterWords
{
    /// <summary>A gap wider than this share of the font size separates words.</summary>
    private const double WordGap = 0.17;

    public static List<PositionedWord> Build(UglyToad.PdfPig.Content.Page page, GlyphUnicodeRepair repair) =>
        Build(page.Letters, page, repair);

    /// <summary>Words of letters drawn elsewhere than the page content (annotation appearances), on that page.</summary>
    public static List<PositionedWord> Build(IEnumerable<Letter> pageLetters, UglyToad.PdfPig.Content.Page page, GlyphUnicodeRepair repair)
    {
        var words = new List<PositionedWord>();
        var text = new StringBuilder();
        var letters = new List<Letter>();
        var boldCount = 0;

        void Flush()
        {
            var value = text.ToString().Trim();
            if (value.Length > 0) words.Add(new PositionedWord(value, BoxOf(letters, page, repair), null, boldCount * 2 > letters.Count));
            text.Clear();
            letters.Clear();
            boldCount = 0;
        }

        Letter? previous = null;
        foreach (var letter in pageLetters)
        {
            // Rotated text is stamps and margin notes, never body text of a notice.
            if (letter.TextOrientation != TextOrientation.Horizontal) continue;
            var value = repair.TextOf(letter);
            if (value is null || string.IsNullOrWhiteSpace(value) || value.All(char.IsControl))
            {
                Flush();
                previous = null;
                continue;
            }
            if (previous is not null && StartsNewWord(previous, letter, repair)) Flush();
            text.Append(Pipeline.Text.Spaces.Plain(value));
            letters.Add(letter);
            if (IsBold(letter)) boldCount++;
            previous = letter;
        }
        Flush();
        return words;
    }

    private static bool StartsNewWord(Letter previous, Letter letter, GlyphUnicodeRepair repair)
    {
        var size = Math.Max(Size(previous), Size(letter));
        if (Math.Abs(letter.StartBaseLine.Y - previous.StartBaseLine.Y) > 0.4 * size) return true;
        var gap = letter.StartBaseLine.X - repair.EndX(previous);
        return gap > WordGap * size || gap < -0.5 * size;
    }

    private static double Size(Letter letter) =>
        letter.PointSize > 1 ? letter.PointSize : Math.Max(letter.BoundingBox.Height, 1);

    private static bool IsBold(Letter letter) =>
        letter.FontName?.Contains("Bold", StringComparison.OrdinalIgnoreCase) == true
        || letter.FontDetails?.IsBold == true;

    private static Box BoxOf(List<Letter> letters, UglyToad.PdfPig.Content.Page page, GlyphUnicodeRepair repair)
    {
        var left = letters.Min(l => Math.Min(l.StartBaseLine.X, l.BoundingBox.Left));
        var right = letters.Max(l => Math.Max(repair.EndX(l), l.BoundingBox.Right));
        var size = letters.Max(Size);
        var baseline = letters.Average(l => l.StartBaseLine.Y);
        var top = baseline + 0.8 * size;
        var bottom = baseline - 0.2 * size;
        // PdfPig measures from the bottom-left; Box wants the top-left.
        var width = Math.Max(page.Width, 1);
        var height = Math.Max(page.Height, 1);
        return new Box(
            Clamp(left / width),
            Clamp((height - top) / height),
            Math.Max(0, (right - left) / width),
            Math.Max(0, (top - bottom) / height));
    }

    private static double Clamp(double v) => Math.Clamp(v, 0, 1);
}
