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
            if (block.Count == 0) return;
            var twoSided = block.Any(r => r.Any(IsLeft) && r.Any(IsRight));
            if (!twoSided)
            {
                output.AddRange(block.SelectMany(r => r));
            }
            else
            {
                output.AddRange(block.SelectMany(r => r).Where(IsLeft).Select(l => l with { Column = Column.Left }));
                output.AddRange(block.SelectMany(r => r).Where(l => !IsLeft(l)).Select(l => l with { Column = Column.Right }));
            }
            block.Clear();
        }

        bool IsNarrow(Line l) => l.Box!.Value.Width / width < NarrowShare;
        bool IsLeft(Line l) => IsNarrow(l) && l.Box!.Value.CenterX < middle - width * 0.04 && l.Box!.Value.Right < middle + width * 0.12;
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

    private static List<List<Line>> GroupRows(List<Line> lines)
    {
        var rows = new List<List<Line>>();
        foreach (var line in lines.OrderBy(l => l.Box!.Value.Y).ThenBy(l => l.Box!.Value.X))
        {
            var row = rows.Count > 0 && rows[^1].Any(o => o.Box!.Value.VerticalOverlap(line.Box!.Value) > 0.5) ? rows[^1] : null;
            if (row is null) rows.Add(row = []);
            row.Add(line);
        }
        foreach (var row in rows) row.Sort((a, b) => a.Box!.Value.X.CompareTo(b.Box!.Value.X));
        return rows;
    }
}
