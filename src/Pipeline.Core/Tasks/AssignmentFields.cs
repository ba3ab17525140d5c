using System.Text.RegularExpressions;
using Pipeline.Roles;
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
        // A field run into the item above it by the line joining: a text's wrapped last line fills the width, so the
        // field's line does not look like a new paragraph ("… từ cấp tỉnh đến cấp xã. Trách nhiệm chỉ đạo thực hiện: Đảng
        // ủy Ủy ban nhân dân tỉnh."). It opens a sentence and runs to the end of the item.
        _itemField = new(@"^[\s*_-]*(?:(?<time>" + Cues("field-time") + ")|" + Cues("field-result") + @")\s*:",
            RegexOptions.CultureInvariant | RegexOptions.Compiled);
        _embedded = new(@"(?<=[.!?]\s+)(?:" + Cues("field-lead") + "|" + Cues("field-support") + @")\s*:",
            RegexOptions.CultureInvariant | RegexOptions.Compiled | RegexOptions.RightToLeft);
    }

    private readonly Regex _embedded;
    private readonly Regex _itemField;

    /// <summary>Where a field run into the end of <paramref name="text"/> starts, or -1.</summary>
    private int EmbeddedAt(string text)
    {
        var m = _embedded.Match(VnText.FoldAligned(text));
        return m.Success ? m.Index : -1;
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
        // Fields printed on one line are separated by ';' ("Đơn vị chủ trì: X; Đơn vị phối hợp: Y, Z."); a piece without a
        // label carries on the field before it, whose bodies the ';' separates ("Trách nhiệm chỉ đạo thực hiện: Đảng ủy Ủy ban
        // nhân dân tỉnh; các cấp ủy, tổ chức đảng.": two leads).
        UnitRole? role = null;
        foreach (var field in paragraph.Split(';'))
        {
            var m = _label.Match(VnText.FoldAligned(field));
            if (m.Success) role = m.Groups["lead"].Success ? UnitRole.Lead : m.Groups["support"].Success ? UnitRole.Support : null;
            if (role is not { } r) continue;
            _units.AddAll(units, field[(m.Success ? m.Length : 0)..].Trim().TrimEnd('.', ' '), r);
        }
    }

    /// <summary>
    /// The fields printed after the items of <paramref name="group"/>: unlabelled children that are fields, and the
    /// fields continuing its last item (the outline joins a paragraph after the last bullet to that bullet).
    /// </summary>
    public List<TaskUnit> Of(OutlineNode group)
    {
        if (group.Children.Count == 0) return [];
        var last = group.Children[^1];
        var numbered = AssignsNumberedItems(group);
        var paragraphs = group.Children.Where(c => (c.Label is null || numbered && IsFieldBullet(c)) && c.Children.Count == 0 && Is(c.Paragraph.Text)).Select(c => c.Paragraph.Text)
            .Concat(last.Children.Count == 0 ? last.Continuations.Where(Is) : []);
        if (last.Children.Count == 0 && EmbeddedAt(last.Text) is var at and > 0) paragraphs = paragraphs.Append(last.Text[at..]);
        var units = new List<TaskUnit>();
        foreach (var paragraph in paragraphs) AddUnits(units, paragraph);
        return units;
    }

    /// <summary>True when the paragraph opens with the label of a field that names units (chủ trì, phối hợp).</summary>
    private bool NamesUnits(string paragraph) => _label.Match(VnText.Fold(paragraph)) is { Success: true } m && (m.Groups["lead"].Success || m.Groups["support"].Success);

    /// <summary>
    /// A bullet of an item that is one of the item's own assignment fields ("1.1. Xây dựng và ban hành Hướng dẫn …" / "- Thời
    /// gian hoàn thành: …" / "- Đơn vị chủ trì: Đồng chí Phó chủ tịch Thường trực …" / "- Đơn vị phối hợp: …").
    /// </summary>
    public bool IsFieldBullet(OutlineNode child) =>
        child.Children.Count == 0 && child.Label is { Kind: LabelKind.Bullet } && Is(child.Paragraph.Text);

    /// <summary>
    /// An item whose bullets assign it (a chủ trì or phối hợp field among them) is one task, not a group of tasks: its fields
    /// name its units, and its other bullets say how it is done or what it yields.
    /// </summary>
    public bool AssignsItself(OutlineNode node) =>
        node.Children.Count > 0 && node.Children.Any(c => IsFieldBullet(c) && NamesUnits(c.Paragraph.Text)) && !AssignsNumberedItems(node);

    /// <summary>
    /// "2.1. Chuẩn bị …" / "(1) Tổ chức hiệp thương lần thứ nhất …" / "(2) …" / "- Đơn vị chủ trì: …": field bullets printed after
    /// numbered sub-items assign every one of them, as fields after a group's items do (KH-16 of the MTTQ xã Lương Minh);
    /// the sub-items are the tasks.
    /// </summary>
    public bool AssignsNumberedItems(OutlineNode node) =>
        node.Children.Any(c => c.Label is { Kind: LabelKind.Parenthesised }) && node.Children.Any(c => IsFieldBullet(c) && NamesUnits(c.Paragraph.Text));

    /// <summary>A bullet that is a field of its group, no item of it: a unit field, or the time or result of the work.</summary>
    public bool IsGroupField(OutlineNode child) => IsFieldBullet(child) || IsItemField(child);

    /// <summary>The text of an item that assigns itself: its own text and its bullets that are no unit field, marks kept.</summary>
    public string SelfAssignedText(OutlineNode node) => VnText.Squash(string.Join(' ', node.Children
        .Where(c => !IsFieldBullet(c) && !IsItemField(c))
        .Select(c => (c.Label?.Printed is { } mark ? mark + " " : "") + TextOf(c)).Prepend(TextOf(node))));

    /// <summary>A bullet of an item that assigns itself giving its time or its result ("- Thời gian hoàn thành: Quý I/2026;").</summary>
    private bool IsItemField(OutlineNode child) =>
        child.Children.Count == 0 && child.Label is { Kind: LabelKind.Bullet } && _itemField.IsMatch(VnText.Fold(child.Paragraph.Text));

    /// <summary>
    /// The deadline an item that assigns itself gives in its time bullet, read as a table's time column is ("Dự kiến tháng
    /// 11/2025 (sau khi …)" → 2025-11, "Từ tháng 11/2025 đến tháng 4/2026" → 2026-04), or null.
    /// </summary>
    public Deadline? OwnDeadline(OutlineNode node, DeadlineParser deadlines)
    {
        foreach (var child in node.Children.Where(IsItemField))
        {
            var m = _itemField.Match(VnText.FoldAligned(child.Paragraph.Text));
            if (m.Groups["time"].Success && deadlines.InColumn(child.Paragraph.Text[m.Length..]) is { Date: not null } found) return found;
        }
        return null;
    }

    /// <summary>The units an item that assigns itself names in its field bullets.</summary>
    public List<TaskUnit> OwnFields(OutlineNode node)
    {
        var units = new List<TaskUnit>();
        foreach (var child in node.Children.Where(IsFieldBullet)) AddUnits(units, child.Paragraph.Text);
        return units;
    }

    /// <summary>The item's text without the fields that follow it.</summary>
    public string TextOf(OutlineNode node)
    {
        var text = node.Continuations.Count == 0 || !node.Continuations.Any(Is) ? node.Text
            : string.Join(' ', node.Continuations.Where(c => !Is(c)).Prepend(node.Paragraph.Text));
        return EmbeddedAt(text) is var at and > 0 ? text[..at].TrimEnd() : text;
    }
}
