using System.Text.RegularExpressions;
using Pipeline.Text;
using Pipeline.Vocabulary;

namespace Pipeline.Tasks;

/// <summary>
/// A plan's assignment fields, printed as labelled paragraphs after a group of items: "Lãnh đạo phụ trách: Phó giám đốc …"
/// / "Đơn vị chủ trì: Phòng Quản lý Công nghiệp; Đơn vị phối hợp: Phòng Quản lý Năng lượng, Văn phòng Sở." They name who
/// carries out every item of the group, the way a table's chủ trì / phối hợp columns do, and are not the last item's text.
/// The labels are data (unit-cues.tsv, field-lead, field-support, field-other).
/// </summary>
public sealed class AssignmentFields
{
    private readonly Regex _label;
    private readonly Regex _column;
    private readonly UnitFinder _units;

    public AssignmentFields(Vocab vocab, UnitFinder units)
    {
        _units = units;
        string Cues(string group) => vocab.UnitCues[group].Alternation;
        _label = new(@"^[\s*_-]*(?:(?<lead>" + Cues("field-lead") + ")|(?<support>" + Cues("field-support") + ")|" + Cues("field-other") + @")\s*:",
            RegexOptions.CultureInvariant | RegexOptions.Compiled);
        // A table's column header carries the same labels without the colon ("Cơ quan chủ trì thẩm tra", "Cơ quan phối hợp").
        _column = new(@"^[\s*_]*(?:(?<lead>" + Cues("field-lead") + ")|(?<support>" + Cues("field-support") + @"))\b",
            RegexOptions.CultureInvariant | RegexOptions.Compiled);
    }

    /// <summary>The role of the units a table column labelled <paramref name="label"/> names, or null for another column.</summary>
    public UnitRole? ColumnRole(string label)
    {
        var m = _column.Match(VnText.Fold(label));
        return !m.Success ? null : m.Groups["lead"].Success ? UnitRole.Lead : UnitRole.Support;
    }

    /// <summary>True when the paragraph opens with a field's label.</summary>
    public bool Is(string paragraph) => _label.IsMatch(VnText.Fold(paragraph));

    /// <summary>Adds the units the fields of <paramref name="paragraph"/> name: the lead field's as leads, the other's as support.</summary>
    private void AddUnits(List<TaskUnit> units, string paragraph)
    {
        // Fields printed on one line are separated by ';' ("Đơn vị chủ trì: X; Đơn vị phối hợp: Y, Z.").
        foreach (var field in paragraph.Split(';'))
        {
            var m = _label.Match(VnText.FoldAligned(field));
            if (!m.Success || !(m.Groups["lead"].Success || m.Groups["support"].Success)) continue;
            _units.AddAll(units, field[m.Length..].Trim().TrimEnd('.', ' '), m.Groups["lead"].Success ? UnitRole.Lead : UnitRole.Support);
        }
    }

    /// <summary>
    /// The fields printed after the items of <paramref name="group"/>: unlabelled children that are fields, and the
    /// fields continuing its last item (the outline joins a paragraph after the last bullet to that bullet).
    /// </summary>
    public List<TaskUnit> Of(OutlineNode group)
    {
        if (group.Children.Count == 0) return [];
        var paragraphs = group.Children.Where(c => c.Label is null && c.Children.Count == 0 && Is(c.Paragraph.Text)).Select(c => c.Paragraph.Text)
            .Concat(group.Children[^1].Children.Count == 0 ? group.Children[^1].Continuations.Where(Is) : []);
        var units = new List<TaskUnit>();
        foreach (var paragraph in paragraphs) AddUnits(units, paragraph);
        return units;
    }

    /// <summary>The item's text without the fields that follow it.</summary>
    public string TextOf(OutlineNode node) =>
        node.Continuations.Count == 0 || !node.Continuations.Any(Is) ? node.Text
            : string.Join(' ', node.Continuations.Where(c => !Is(c)).Prepend(node.Paragraph.Text));
}
