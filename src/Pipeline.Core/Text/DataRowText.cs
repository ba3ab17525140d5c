namespace Pipeline.Text;

/// <summary>
/// How a data table's row travels between stages: every reader (Word, HTML, markdown) writes the row as one line with
/// its cells joined by " | ", and the task stage reads the cells back from it (an assignment table's job, chủ trì,
/// phối hợp and deadline columns). One home for the convention, so writer and reader cannot drift apart.
/// </summary>
public static class DataRowText
{
    public const string Separator = " | ";

    public static string Join(IEnumerable<string> cells) => string.Join(Separator, cells);

    /// <summary>
    /// Whether the line is a data row: a row is one line by construction, so it never continues the line before it (a
    /// bare STT "1 | Luật …" is a row's first cell, not a number that runs on a cited sentence).
    /// </summary>
    public static bool IsRow(string line) => Cells(line).Count >= 2;

    /// <summary>
    /// The cells of a line written by <see cref="Join"/> (a markdown row's outer pipes dropped, bold marks trimmed);
    /// empty for a line that is no data row.
    /// </summary>
    public static List<string> Cells(string line)
    {
        var text = line.Trim();
        if (!text.Contains(Separator, StringComparison.Ordinal) && !text.StartsWith('|')) return [];
        if (text.StartsWith('|')) text = text[1..];
        if (text.EndsWith('|')) text = text[..^1];
        return text.Split('|').Select(c => c.Trim().Trim('*').Trim()).ToList();
    }
}
