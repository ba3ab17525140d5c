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
    public static bool LooksLaidOut(IReadOnlyList<string> lines, int minimumGappedLines = 2)
    {
        var gapped = lines.Count(l => InnerGap().IsMatch(l.TrimEnd()));
        return gapped >= minimumGappedLines;
    }

    /// <summary>
    /// <paramref name="spansPage"/>: runs that are a heading across the page wherever they start (a type word and its title
    /// on one line), never one side of a column.
    /// </summary>
    public static IReadOnlyList<Line> Segment(IReadOnlyList<string> rawLines, int page, Func<string, bool>? spansPage = null)
    {
        var width = PageWidth(rawLines);
        var rows = Math.Max(rawLines.Count, 1);
        var segments = new List<Line>();
        for (var row = 0; row < rawLines.Count; row++)
        {
            var raw = rawLines[row].Replace('\t', ' ').TrimEnd();
            foreach (var m in ReferenceFieldRuns(raw))
            {
                var text = m.Value.Trim();
                // A markdown file may keep its header laid out and still mark the rest ("# QUYẾT ĐỊNH",
                // "<b>KT. CHỦ TỊCH</b><br/>"): the marks are not the document's text.
                var cleaned = MarkdownCleaner.Clean(text);
                if (cleaned.Text.Length == 0) continue;
                // A run past the page width (a converter's one-line note, a wide table row) spans the page.
                var length = Math.Min(text.Length, Math.Max(width - m.Index, 1));
                // A markdown heading ("# QUYẾT ĐỊNH") is a block of its own across the page, never one side of a column.
                if (text.StartsWith('#') || spansPage is not null && spansPage(cleaned.Text)) length = Math.Max(width - m.Index, 1);
                var box = new Box((double)m.Index / width, (double)row / rows, (double)length / width, 1.0 / rows);
                segments.Add(new Line(cleaned.Text.Normalize(System.Text.NormalizationForm.FormC), page, box, Bold: cleaned.Bold, Indent: m.Index));
            }
        }
        return ReadingOrder.Arrange(segments);
    }

    /// <summary>
    /// The row's runs, with a number typed into the blank of the number field kept in its field: "Số:   69   /2024/QĐ-UBND"
    /// (a Hà Nội QĐ whose number was typed into the padding left for it) is one run, not "Số:", "69" and "/2024/QĐ-UBND",
    /// whose lone "69" would read as a page number; so is "Số: 04        /2025/QĐ-UBND", the number typed one space after
    /// the label and the padding after it. Only the label, a number and a "/symbol" join; the place-date
    /// beyond the next gap stays a run of its own.
    /// </summary>
    private static IEnumerable<(int Index, string Value)> ReferenceFieldRuns(string raw)
    {
        var runs = Run().Matches(raw).Select(m => (m.Index, m.Value)).ToList();
        for (var i = 0; i < runs.Count; i++)
        {
            var end = i;
            var label = NumberLabel().Match(runs[i].Value);
            if (label.Success)
            {
                // The number (unless typed one space after the label, in its run), then the symbol after its slash:
                // at most those two runs join the label.
                if (!label.Groups["number"].Success && end + 1 < runs.Count && FieldNumber().IsMatch(runs[end + 1].Value)) end++;
                if (end + 1 < runs.Count && runs[end + 1].Value.StartsWith('/')) end++;
            }
            if (end == i) { yield return runs[i]; continue; }
            var last = runs[end];
            yield return (runs[i].Index, raw[runs[i].Index..(last.Index + last.Value.Length)]);
            i = end;
        }
    }

    /// <summary>
    /// The page's text width: the length most lines reach (90th percentile), not the longest line, so one
    /// over-long line (the converter's note above the text, a wide table row) does not make every other
    /// run look narrow and turn whole paragraphs into a column.
    /// </summary>
    private static int PageWidth(IReadOnlyList<string> rawLines)
    {
        var lengths = rawLines.Select(l => l.Replace('\t', ' ').TrimEnd().Length).Where(n => n > 0).Order().ToList();
        if (lengths.Count == 0) return 80;
        return Math.Max(60, lengths[(int)Math.Floor((lengths.Count - 1) * 0.9)]);
    }

    // A run: text in which no gap of three or more spaces occurs.
    [GeneratedRegex(@"\S+(?: {1,2}\S+)*")] private static partial Regex Run();
    [GeneratedRegex(@"\S {4,}\S")] private static partial Regex InnerGap();
    [GeneratedRegex(@"^\d{1,6}[a-z]?$")] private static partial Regex FieldNumber();
    // The printed label ("Số:", "**Số:**"), alone or with the number typed one space after it ("Số: 04"). The line-role
    // stage reads the label in all its OCR forms (LinePatterns.IsBareReferenceWord); this stage may not name that one and
    // needs only the typed label of laid-out text.
    [GeneratedRegex(@"^\**\s*Số\s*[:.]?\**(?:\s?(?<number>\d{1,6}[a-z]?))?$")] private static partial Regex NumberLabel();
}
