using System.Text.RegularExpressions;
using Pipeline.Sources.Layout;

namespace Pipeline.Sources.Text;

/// <summary>
/// Reads text that kept the page layout (pdftotext -layout): two-column header and signature rows are runs
/// of spaces apart. Each run of text becomes a segment with a box made from its character columns, so the
/// same <see cref="ReadingOrder"/> that arranges PDF and OCR lines arranges these.
/// </summary>
public static partial class LayoutText
{
    /// <summary>True when enough lines hold a wide internal gap between two runs of text.</summary>
    public static bool LooksLaidOut(IReadOnlyList<string> lines)
    {
        var gapped = lines.Count(l => InnerGap().IsMatch(l.TrimEnd()));
        return gapped >= 2;
    }

    public static IReadOnlyList<Line> Segment(IReadOnlyList<string> rawLines, int page)
    {
        var width = Math.Max(60, rawLines.Count == 0 ? 80 : rawLines.Max(l => l.TrimEnd().Length));
        var rows = Math.Max(rawLines.Count, 1);
        var segments = new List<Line>();
        for (var row = 0; row < rawLines.Count; row++)
        {
            var raw = rawLines[row].Replace('\t', ' ').TrimEnd();
            foreach (Match m in Run().Matches(raw))
            {
                var text = m.Value.Trim();
                if (text.Length == 0) continue;
                var box = new Box((double)m.Index / width, (double)row / rows, (double)text.Length / width, 1.0 / rows);
                segments.Add(new Line(text.Normalize(System.Text.NormalizationForm.FormC), page, box, Indent: m.Index));
            }
        }
        return ReadingOrder.Arrange(segments);
    }

    // A run: text in which no gap of three or more spaces occurs.
    [GeneratedRegex(@"\S+(?: {1,2}\S+)*")] private static partial Regex Run();
    [GeneratedRegex(@"\S {4,}\S")] private static partial Regex InnerGap();
}
