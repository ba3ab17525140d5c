namespace Pipeline.Sources.Layout;

/// <summary>
/// Groups positioned words into lines: words sharing a baseline, split where a horizontal gap is wider
/// than a few spaces. The split matters: on a notice's header row "UBND TỈNH LÀO CAI" and "CỘNG HÒA XÃ HỘI…"
/// share a baseline but belong to different columns.
/// </summary>
public static class LineAssembler
{
    /// <param name="words">Words of one page, in any order.</param>
    /// <param name="page">1-based page number for the produced lines.</param>
    /// <param name="gapFactor">A gap wider than this many median word heights starts a new line segment.</param>
    public static IReadOnlyList<Line> Assemble(IEnumerable<PositionedWord> words, int page, double gapFactor = 1.6)
    {
        var sorted = words.Where(w => !string.IsNullOrWhiteSpace(w.Text))
            .OrderBy(w => w.Box.CenterY).ThenBy(w => w.Box.X).ToList();
        if (sorted.Count == 0) return [];

        // Rows: a word joins the row whose horizontally nearest word it overlaps vertically by more than
        // half. Comparing with a neighbour, not the union of the row, keeps a tall word (a 14 pt signer line
        // beside 11 pt recipient lines) from stretching one row over the next ones and swallowing them,
        // and still follows a line that drifts slightly on a skewed scan.
        var rows = new List<List<PositionedWord>>();
        foreach (var word in sorted)
        {
            List<PositionedWord>? row = null;
            var best = 0.5;
            for (var i = rows.Count - 1; i >= 0 && i >= rows.Count - 4; i--)
            {
                var neighbour = rows[i].MinBy(w => HorizontalDistance(w.Box, word.Box))!;
                var overlap = neighbour.Box.VerticalOverlap(word.Box);
                if (overlap > best) (row, best) = (rows[i], overlap);
            }
            if (row is null) rows.Add(row = []);
            row.Add(word);
        }

        var lines = new List<Line>();
        foreach (var row in rows.OrderBy(r => RowBox(r).Y))
        {
            row.Sort((a, b) => a.Box.X.CompareTo(b.Box.X));
            var height = Median(row.Select(w => w.Box.Height));
            var segment = new List<PositionedWord> { row[0] };
            for (var i = 1; i < row.Count; i++)
            {
                var gap = row[i].Box.X - segment[^1].Box.Right;
                if (gap > gapFactor * height)
                {
                    lines.Add(ToLine(segment, page));
                    segment = [];
                }
                segment.Add(row[i]);
            }
            lines.Add(ToLine(segment, page));
        }
        return lines;
    }

    private static Line ToLine(List<PositionedWord> words, int page)
    {
        var box = words.Select(w => w.Box).Aggregate(Box.Union);
        var confidences = words.Where(w => w.Confidence.HasValue).Select(w => w.Confidence!.Value).ToList();
        double? confidence = confidences.Count == 0 ? null : confidences.Average();
        var text = string.Join(' ', words.Select(w => w.Text.Trim())).Normalize(System.Text.NormalizationForm.FormC);
        var bold = words.Count(w => w.Bold) * 2 > words.Count;
        return new Line(text, page, box, Column.Full, confidence, bold);
    }

    private static double HorizontalDistance(Box a, Box b) => Math.Max(0, Math.Max(a.X - b.Right, b.X - a.Right));

    private static Box RowBox(List<PositionedWord> row) => row.Select(w => w.Box).Aggregate(Box.Union);

    private static double Median(IEnumerable<double> values)
    {
        var list = values.OrderBy(v => v).ToList();
        return list.Count == 0 ? 0 : list[list.Count / 2];
    }
}
