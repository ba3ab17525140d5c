namespace Pipeline.Sources.Layout;

/// <summary>
/// Puts the line segments of one page into reading order and marks two-column blocks.
/// A two-column block is a run of rows made only of narrow segments, at least one row holding both sides
/// (issuer | motto, number | place and date, Nơi nhận | signer). Inside a block the left side is read
/// first, then the right, so each side stays one contiguous run of lines.
/// </summary>
public static class ReadingOrder
{
    /// <summary>A segment narrower than this share of the text width can be one side of a block.</summary>
    private const double NarrowShare = 0.62;

    public static IReadOnlyList<Line> Arrange(IEnumerable<Line> segments)
    {
        var lines = segments.Where(l => l.Box is not null).ToList();
        if (lines.Count == 0) return segments.ToList();

        var left = lines.Min(l => l.Box!.Value.X);
        var right = lines.Max(l => l.Box!.Value.Right);
        var width = Math.Max(right - left, 1e-6);
        var middle = left + width / 2;

        var rows = GroupRows(lines);
        var output = new List<Line>();
        var block = new List<List<Line>>();

        void FlushBlock()
        {
            // Rows before the first row holding both sides are not part of the block: they are the short
            // last lines of body paragraphs that happen to sit on the left just above "Nơi nhận:".
            var firstTwoSided = block.FindIndex(r => r.Any(IsLeft) && r.Any(IsRight));
            if (firstTwoSided < 0) firstTwoSided = block.Count;
            output.AddRange(block.Take(firstTwoSided).SelectMany(r => r));
            var sided = block.Skip(firstTwoSided).ToList();
            output.AddRange(sided.SelectMany(r => JoinSide(r.Where(IsLeft))).Select(l => l with { Column = Column.Left }));
            output.AddRange(sided.SelectMany(r => JoinSide(r.Where(l => !IsLeft(l)))).Select(l => l with { Column = Column.Right }));
            block.Clear();
        }

        bool IsNarrow(Line l) => l.Box!.Value.Width / width < NarrowShare;
        // A left-side segment starts in the left fifth or sits well left of the middle: a centred type word ("THÔNG BÁO") that happens to sit
        // left of the middle is not the issuer's column.
        bool IsLeft(Line l) => IsNarrow(l) && l.Box!.Value.CenterX < middle - width * 0.04 && l.Box!.Value.Right < middle + width * 0.12
                               && (l.Box!.Value.X < left + width * 0.22 || l.Box!.Value.CenterX < middle - width * 0.15);
        bool IsRight(Line l) => IsNarrow(l) && l.Box!.Value.CenterX > middle + width * 0.04 && l.Box!.Value.X > middle - width * 0.12;

        foreach (var row in rows)
        {
            var sided = row.All(l => IsLeft(l) || IsRight(l));
            if (sided) block.Add(row);
            else
            {
                FlushBlock();
                output.AddRange(row);
            }
        }
        FlushBlock();
        return output;
    }

    /// <summary>
    /// Segments of one side on one row are one line whose gap is a blank left for the number or the day
    /// ("Số:      /SCT-CN", "Lào Cai, ngày      tháng 3 năm 2026"), filled in by hand at signing.
    /// </summary>
    private static List<Line> JoinSide(IEnumerable<Line> side)
    {
        var parts = side.ToList();
        if (parts.Count <= 1) return parts;
        var box = parts.Select(l => l.Box!.Value).Aggregate(Box.Union);
        var joined = parts[0] with
        {
            Text = string.Join(' ', parts.Select(l => l.Text)),
            Box = box,
            Bold = parts.Count(l => l.Bold) * 2 > parts.Count,
        };
        return [joined];
    }

    private static List<List<Line>> GroupRows(List<Line> lines)
    {
        var rows = new List<List<Line>>();
        foreach (var line in lines.OrderBy(l => l.Box!.Value.Y).ThenBy(l => l.Box!.Value.X))
        {
            // Compare with the row's horizontally nearest segment, not any of them: a taller segment (the
            // signer's title beside 11 pt recipient lines) must not chain neighbouring rows together.
            List<Line>? row = null;
            var best = 0.5;
            for (var i = rows.Count - 1; i >= 0 && i >= rows.Count - 4; i--)
            {
                var box = line.Box!.Value;
                var neighbour = rows[i].MinBy(o => Math.Max(0, Math.Max(o.Box!.Value.X - box.Right, box.X - o.Box!.Value.Right)))!;
                var overlap = neighbour.Box!.Value.VerticalOverlap(box);
                if (overlap > best) (row, best) = (rows[i], overlap);
            }
            if (row is null) rows.Add(row = []);
            row.Add(line);
        }
        foreach (var row in rows) row.Sort((a, b) => a.Box!.Value.X.CompareTo(b.Box!.Value.X));
        return rows;
    }
}
