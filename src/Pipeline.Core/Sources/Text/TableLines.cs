using Pipeline.Sources.Blocks;
using Pipeline.Text;

namespace Pipeline.Sources.Text;

/// <summary>
/// Turns one table row of a transcription into lines. A row of one or two filled cells is a two-column block
/// (issuer | motto, Số | place-date, Nơi nhận | signer): each cell is split into its printed lines and read
/// left side first, then right, as <see cref="Layout.ReadingOrder"/> reads laid-out pages. A wider row holds data
/// (an annex table with chủ trì / phối hợp / thời gian columns) and stays one line, cells joined by " | ", as
/// the Word reader writes data tables.
/// </summary>
public static class TableLines
{
    public static void Add(List<Line> lines, IReadOnlyList<string> cells, int page, CellLines cellLines)
    {
        var filled = cells.Count(c => MarkdownCleaner.Clean(c.Replace('\n', ' ')).Text.Length > 0);
        if (filled == 0) return;
        if (filled > 2)
        {
            var joined = DataRowText.Join(cells.Select(c => MarkdownCleaner.Clean(c.Replace('\n', ' ')).Text));
            lines.Add(new Line(joined.Trim(), page, Bold: cells.Any(c => MarkdownCleaner.Clean(c).Bold)));
            return;
        }
        var sides = cells.Where(c => MarkdownCleaner.Clean(c.Replace('\n', ' ')).Text.Length > 0).ToList();
        var column = Column.Left;
        foreach (var cell in sides)
        {
            var side = sides.Count == 2 ? column : Column.Full;
            foreach (var part in cellLines.Split(cell))
            {
                var cleaned = MarkdownCleaner.Clean(part);
                if (cleaned.Text.Length > 0) lines.Add(new Line(cleaned.Text, page, Column: side, Bold: cleaned.Bold));
            }
            column = Column.Right;
        }
    }
}
