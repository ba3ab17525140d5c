using Pipeline.Roles;
using Pipeline.Text;
using Pipeline.Vocabulary;

namespace Pipeline.Tasks;

/// <summary>
/// The task stage: the outline's leaf directive items, each with its ordinal, heading, units and deadline.
/// A numbered item with sub-items is not a task; its sub-items are. Items in findings sections are not
/// tasks; items under "Chỉ tiêu"/"Mục tiêu" are targets.
/// </summary>
public static class TaskExtractor
{
    public static List<ExtractedTask> Extract(RoledDocument doc)
    {
        var paragraphs = ParagraphBuilder.Build(doc);
        var outline = OutlineBuilder.Build(paragraphs);
        var preambleUnits = outline.Preamble.Count > 0 ? UnitFinder.FromPreamble(outline.Preamble[^1].Text) : [];
        var tasks = new List<ExtractedTask>();
        var unlabelledDocument = outline.Items.All(n => n.Label is null);

        VisitAll(outline.Items, [], preambleUnits);
        if (unlabelledDocument)
        {
            // A document without numbering: its directive paragraphs are numbered by position.
            for (var i = 0; i < tasks.Count; i++) tasks[i] = tasks[i] with { Ordinal = (i + 1).ToString() };
        }
        return tasks;

        // A lead-in paragraph ("… yêu cầu đơn vị nêu trên thực hiện một số nội dung sau:") is not a task;
        // the units it names are inherited by the items after it that name no one.
        void VisitAll(List<OutlineNode> nodes, List<string> path, List<TaskUnit> inherited)
        {
            foreach (var child in nodes)
            {
                if (IsLeadIn(child, nodes))
                {
                    var named = UnitFinder.FromPreamble(child.Text);
                    if (named.Count > 0) inherited = named;
                    continue;
                }
                Visit(child, path, inherited);
            }
        }

        void Visit(OutlineNode node, List<string> path, List<TaskUnit> inherited)
        {
            var ordinal = Ordinal(node, path);
            if (node.Children.Count > 0)
            {
                VisitAll(node.Children, ordinal, inherited);
                return;
            }
            var ancestors = node.Ancestors().ToList();
            var section = ancestors.Select(SectionKind).FirstOrDefault(k => k != Section.Other);
            if (section == Section.Directives) section = Section.Other;
            if (section == Section.Findings) return;
            var target = section == Section.Targets;
            var text = node.Text;
            if (text.Length == 0) return;
            var score = target ? 0.85 : DirectiveTest.Score(text, strictOpening: node.Label is null && node.Parent is null);
            if (score <= 0) return;

            var units = UnitFinder.Find(text);
            if (units.All(u => u.Role != UnitRole.Lead))
            {
                var fromHeading = ancestors.Select(a => UnitFinder.FromHeading(a.Paragraph.Text)).FirstOrDefault(u => u.Count > 0);
                units = (fromHeading ?? (target ? [] : inherited)).Concat(units).ToList();
            }
            var heading = node.Parent is { } parent ? HeadingText(parent) : null;
            tasks.Add(new ExtractedTask(string.Join('.', ordinal), heading, text, units, DeadlineParser.Find(text),
                target ? TaskKind.Target : TaskKind.Task, node.Paragraph.Page, Math.Round(units.Count > 0 ? score : score * 0.8, 2)));
        }

        List<string> Ordinal(OutlineNode node, List<string> parentPath)
        {
            string part;
            if (node.Label is { Kind: LabelKind.Decimal } d)
            {
                var joined = string.Join('.', parentPath);
                if (joined.Length > 0 && d.Value.StartsWith(joined.Split('.').Last() + ".") && d.Depth > 1)
                    return [.. parentPath.Take(parentPath.Count - 1), d.Value];
                part = d.Value;
            }
            else if (node.Label is { Kind: LabelKind.Bullet } || node.Label is null)
            {
                var siblings = node.Parent?.Children ?? outline.Items;
                part = (siblings.Where(s => (s.Label is null || s.Label.Kind == LabelKind.Bullet) && !IsLeadIn(s, siblings)).ToList().IndexOf(node) + 1).ToString();
            }
            else part = node.Label!.Value;
            return [.. parentPath, part];
        }
    }

    private static bool IsLeadIn(OutlineNode node, List<OutlineNode> siblings) =>
        node.Label is null && node.Children.Count == 0 && node.Text.TrimEnd().EndsWith(':') && siblings.IndexOf(node) < siblings.Count - 1;

    private enum Section { Other, Findings, Targets, Directives }

    /// <summary>
    /// What the nearest telling heading says its items are. A heading that names tasks as well
    /// ("MỤC TIÊU, CHỈ TIÊU, NHIỆM VỤ, GIẢI PHÁP") decides nothing; its sub-headings do.
    /// </summary>
    private static Section SectionKind(OutlineNode node)
    {
        if (!OutlineBuilder.IsHeading(node)) return Section.Other;
        var folded = VnText.Fold(node.Paragraph.Text);
        bool Has(IEnumerable<string> words) => words.Any(w => folded.StartsWith(w) || folded.Length < 60 && folded.Contains(w));
        if (Has(["nhiem vu", "giai phap", "to chuc thuc hien", "kien nghi", "de xuat"])) return Section.Directives;
        if (Has(Vocab.Default.TargetSections)) return Section.Targets;
        if (Has(Vocab.Default.FindingSections)) return Section.Findings;
        return Section.Other;
    }

    private static string HeadingText(OutlineNode parent) => VnText.Squash(parent.Paragraph.Text.Trim('*', ' ')).TrimEnd(':').Trim();
}
