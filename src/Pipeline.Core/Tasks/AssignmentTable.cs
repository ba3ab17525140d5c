using System.Globalization;
using Pipeline.Roles;
using Pipeline.Text;
using Pipeline.Vocabulary;

namespace Pipeline.Tasks;

/// <summary>
/// An assignment table in the body (corpus/expected/README.md, "Assignment tables"): a header row whose column labels name
/// the job ("Tên dự án", "Nội dung nhiệm vụ"), who leads ("Cơ quan chủ trì"), who co-operates ("Cơ quan phối hợp") and by
/// when ("Tiến độ", "Thời hạn hoàn thành"), then one row per job. The readers give each row as one line, cells joined by
/// " | ". Each row is one task; the header row and a group row (only its title filled) are none.
/// Column labels are data: table-columns.tsv (content, deadline) and the plan's field labels (unit-cues.tsv field-lead,
/// field-support) through <see cref="AssignmentFields"/>.
/// </summary>
public sealed class AssignmentTable
{
    private readonly PatternList _content;
    private readonly PatternList _deadline;
    private readonly AssignmentFields _fields;
    private readonly UnitFinder _units;
    private readonly DeadlineParser _deadlines;

    public AssignmentTable(Vocab vocab, AssignmentFields fields, UnitFinder units, DeadlineParser deadlines)
    {
        _content = vocab.TableColumns["content"];
        _deadline = vocab.TableColumns["deadline"];
        (_fields, _units, _deadlines) = (fields, units, deadlines);
    }

    /// <summary>The columns a header row names: the content column and at least one unit column, or null for any other line.</summary>
    public sealed record Header(int Width, int Content, IReadOnlyList<(int Column, UnitRole Role)> Units, int Deadline);

    /// <summary>One row read against its header: the row's STT as printed, its job, units and deadline.</summary>
    public sealed record Row(string Number, string Text, List<TaskUnit> Units, Deadline? Deadline);

    public Header? ReadHeader(OutlineNode node) =>
        node.Label is not null || node.Children.Count > 0 ? null : ReadHeader(node.Paragraph.Text);

    /// <summary>The columns a header row's text names (<see cref="ReadHeader(OutlineNode)"/>), for a row the outline carried as a continuation.</summary>
    public Header? ReadHeader(string row)
    {
        var cells = DataRowText.Cells(row);
        if (cells.Count < 3) return null;
        var content = cells.FindIndex(_content.OpensWith);
        var units = cells.Select((c, i) => (Column: i, Role: _fields.ColumnRole(c))).Where(c => c.Role is not null)
            .Select(c => (c.Column, c.Role!.Value)).ToList();
        if (content < 0 || units.Count == 0) return null;
        return new Header(cells.Count, content, units, cells.FindIndex(_deadline.OpensWith));
    }

    /// <summary>
    /// The row <paramref name="node"/> holds under <paramref name="header"/>: null when it is no row of the table (another
    /// width: the table has ended); a row whose text is empty is a group row ("I | Lĩnh vực …"), no task.
    /// </summary>
    public Row? ReadRow(OutlineNode node, Header header)
    {
        if (node.Children.Count > 0 || node.Continuations.Count > 0) return null;
        // The line parser takes a printed STT "1." for an item label; the cells follow it ("1. | Luật … | Chính phủ | …").
        var cells = node.Label is { } label && node.Paragraph.Text.TrimStart().StartsWith('|')
            ? DataRowText.Cells(node.Paragraph.Text.TrimStart()[1..]).Prepend(label.Value).ToList()
            : node.Label is null ? DataRowText.Cells(node.Paragraph.Text) : [];
        if (cells.Count != header.Width) return null;
        var units = new List<TaskUnit>();
        foreach (var (column, role) in header.Units) _units.AddAll(units, cells[column], role);
        var deadline = header.Deadline >= 0 ? _deadlines.InColumn(cells[header.Deadline]) : null;
        // A group row fills only its title: no units, no deadline.
        var text = units.Count == 0 && deadline is null ? "" : cells[header.Content];
        return new Row(cells[0].TrimEnd('.'), text, units, deadline);
    }

    /// <summary>The row's ordinal under its table: its printed STT when it is a number, else its place among the rows.</summary>
    public static string Number(Row row, int position) =>
        int.TryParse(row.Number, NumberStyles.None, CultureInfo.InvariantCulture, out _) ? row.Number : position.ToString(CultureInfo.InvariantCulture);
}
