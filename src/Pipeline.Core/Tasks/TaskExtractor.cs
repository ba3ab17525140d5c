using System.Globalization;
using Pipeline.Roles;
using Pipeline.Text;
using Pipeline.Vocabulary;

namespace Pipeline.Tasks;

/// <summary>
/// The task stage: the outline's leaf directive items, each with its ordinal, heading, units and deadline.
/// A numbered item with sub-items is not a task; its sub-items are. Items in findings sections are not
/// tasks; items under "Chỉ tiêu"/"Mục tiêu" are targets.
/// </summary>
public sealed partial class TaskExtractor(Vocab vocab, TaskClassifiers classifiers)
{
    private readonly UnitFinder _units = new(vocab);
    private readonly DirectiveTest _directives = new(vocab);
    private readonly ObjectList _objectLists = new(vocab);
    private readonly DeadlineParser _deadlines = new(vocab);
    private readonly ClosingFormula _closing = new(vocab);
    private readonly MandateTitle _mandates = new(vocab);
    private readonly ConductTitle _conduct = new(vocab);
    private readonly SelfReferenceClause _selfReferences = new(vocab);
    private readonly QuotedProvision _quotedProvisions = new(vocab);
    private readonly ExampleText _examples = new(vocab);
    private readonly PortalNote _portalNotes = new(vocab);
    private RuleClause? _ruleClauses;
    private ListedUnit? _listedUnits;
    private AssignmentFields? _fields;
    private AssignmentTable? _tables;
    // Every item under a heading asks what units the heading names (its units, its strong construct, an assigning
    // clause above it); the heading's text is read once.
    private readonly System.Runtime.CompilerServices.ConditionalWeakTable<OutlineNode, IReadOnlyList<TaskUnit>> _headingUnits = new();
    private readonly System.Runtime.CompilerServices.ConditionalWeakTable<OutlineNode, IReadOnlyList<TaskUnit>> _inheritedUnits = new();
    private readonly string[] _enactmentKeys = vocab.EnactmentOpenings.Keys.ToArray();

    public TaskExtractor(Vocab vocab) : this(vocab, TaskClassifiers.Rules) { }

    // Shares the stage's unit finder, which a field initializer cannot reach.
    private RuleClause RuleClauses => _ruleClauses ??= new(vocab, _units);
    private ListedUnit ListedUnits => _listedUnits ??= new(_units);
    private AssignmentFields Fields => _fields ??= new(vocab, _units);
    private AssignmentTable Tables => _tables ??= new(vocab, Fields, _units, _deadlines);

    /// <summary>Who decides tasks and units: the rules unless learned models were given.</summary>
    public TaskClassifiers Classifiers => classifiers;

    /// <summary>
    /// Collects the outline's leaf items, asks the classifiers which are tasks (one batch per
    /// document) and which named bodies are their units (one batch per task), then builds the tasks.
    /// </summary>
    public List<ExtractedTask> Extract(RoledDocument doc)
    {
        var paragraphs = ParagraphBuilder.Build(doc, _portalNotes.Strip, vocab.EndsOnAssignWord);
        var outline = OutlineBuilder.Build(paragraphs, _closing, IsAdoptionClause, _selfReferences.Is);
        var preambleUnits = outline.Preamble.Count > 0 ? _units.FromPreamble(outline.Preamble[^1].Text) : [];
        var tasks = new List<ExtractedTask>();
        var unlabelledDocument = outline.Items.All(n => n.Label is null);
        // The number may sit on a header line of its own that lost its "Số:" ("Nghị quyết số:" / "132/2020/QH14"), so any
        // header line before the type word counts.
        var regulation = doc.Lines.Any(l => l.Role == LineRole.Reference && NormativeArticle.IsRegulationReference(l.Text))
            || doc.Lines.TakeWhile(l => l.Role is not (LineRole.DocType or LineRole.Title or LineRole.Body or LineRole.SectionHeading or LineRole.ListItem))
                .Any(l => NormativeArticle.IsRegulationReference(l.Text));
        var mandateSubjects = regulation ? MandateSubjects(outline) : [];
        // A letter (công văn: no type word) that answers or guides restates the law's cases and procedures ("Trường hợp … thì
        // hướng dẫn người khai …"): like a regulation's, such a clause is a task only when it names who must act.
        var letter = !doc.Lines.Any(l => l.Role == LineRole.DocType);
        // A letter that asks its addressees to carry out the points it lists ("Sở … đề nghị một số nội dung cụ thể như sau:")
        // makes even a quoted provision among them a point to carry out; one that gives its opinion ("… có ý kiến như sau:")
        // or recounts a new rule ("…, cụ thể:") only restates the law.
        var listAsked = outline.Preamble.Count > 0 && _directives.HasStrongCue(outline.Preamble[^1].Text);
        var decisionDocument = outline.Preamble.Concat(outline.Items.SelectMany(n => n.Descendants().Prepend(n)))
            .Any(n => n.Label?.Kind == LabelKind.Article || IsEnactingFormula(n));

        // An assignment table's rows are tasks by construction (their columns assign them); they are placed among the
        // classified leaves by the leaf index they precede.
        var rowTasks = new List<(int Before, ExtractedTask Task)>();
        var leaves = new List<(OutlineNode Node, string Text, List<string> Ordinal, List<OutlineNode> Ancestors, SectionKind Section, double Score, List<TaskUnit> Inherited, List<TaskUnit>? Fields, Deadline? OwnDeadline)>();
        var noCueLeaves = new List<bool>();
        VisitAll(outline.Items, [], preambleUnits);
        var parallel = ParallelItems.Lift([.. leaves.Select(l => l.Node)], [.. leaves.Select(l => l.Score)], noCueLeaves,
            [.. leaves.Select(l => l.Text)], _objectLists.OpensWithAction);
        for (var i = 0; i < leaves.Count; i++) leaves[i] = leaves[i] with { Score = parallel[i] };
        var recognised = doc.Prepared.Source.Pages.Any(p => p.Origin == Sources.LineOrigin.Ocr);
        var candidates = leaves.Select((l, i) => new DirectiveCandidate(l.Text, l.Node.Parent is { } p ? HeadingText(p) : null,
            l.Node.Label, l.Ancestors.Count, l.Section, l.Score, i, leaves.Count, HasStrongConstruct(l.Score, l.Ancestors), recognised)).ToList();
        var kinds = candidates.Count == 0 ? [] : classifiers.Directives.Classify(candidates);

        var pendingRow = 0;
        for (var i = 0; i < leaves.Count; i++)
        {
            while (pendingRow < rowTasks.Count && rowTasks[pendingRow].Before <= i) tasks.Add(rowTasks[pendingRow++].Task);
            if (kinds[i] == DirectiveKind.NotDirective) continue;
            var (node, text, ordinal, ancestors, _, ruleScore, inherited, fields, ownDeadline) = leaves[i];
            var target = kinds[i] == DirectiveKind.Target;
            // A model may call an item a task that the rules scored 0; it gets a middling confidence.
            var score = ruleScore > 0 ? ruleScore : 0.6;
            // "Quyết định này có hiệu lực … . Chánh Văn phòng …; Giám đốc … chịu trách nhiệm thi hành …": the execution
            // paragraph opens with its subject; the sentence about the document before it names no one.
            var actorText = node.StatesItself && node.Continuations.Count > 0 ? string.Join(' ', node.Continuations) : text;
            var units = Units(actorText, ancestors, target, inherited, classifiers.Units);
            // An item that assigns itself: its own fields first, then the bodies its text names acting. A name read on past one of
            // the fields ("Chính phủ quy định chi tiết Điều này" for the delegation's "Chính phủ") is that field misread.
            if (fields is { Count: > 0 })
                units = [.. fields, .. units.Where(u => !fields.Any(f => VnText.ToneKey(u.Name) is var key && (key == VnText.ToneKey(f.Name)
                    || key.StartsWith(VnText.ToneKey(f.Name) + " ", StringComparison.Ordinal))))];
            tasks.Add(new ExtractedTask(string.Join('.', ordinal), candidates[i].Heading, text, units, _deadlines.Find(text) ?? ownDeadline,
                target ? TaskKind.Target : TaskKind.Task, node.Paragraph.Page, Math.Round(units.Count > 0 ? score : score * 0.8, 2))
            { Lines = [.. node.SourceLines, .. node.Descendants().SelectMany(d => d.SourceLines)] });
        }
        while (pendingRow < rowTasks.Count) tasks.Add(rowTasks[pendingRow++].Task);
        if (unlabelledDocument)
        {
            // A document without numbering: its directive paragraphs are numbered by position.
            for (var i = 0; i < tasks.Count; i++) tasks[i] = tasks[i] with { Ordinal = (i + 1).ToString(CultureInfo.InvariantCulture) };
        }
        return tasks;

        // A lead-in paragraph ("… yêu cầu đơn vị nêu trên thực hiện một số nội dung sau:") is not a task;
        // the units it names are inherited by the items after it that name no one.
        // A lead-in among an article's clauses that names who acts with a strong cue ("Các cơ quan chủ quản cơ sở dữ liệu có
        // trách nhiệm:") assigns the clauses after it, as an assigning clause does; "… có nhiệm vụ, quyền hạn sau:" states a
        // mandate and "… quyết định sắp xếp … như sau:" enacts.
        void VisitAll(List<OutlineNode> nodes, List<string> path, List<TaskUnit> inherited)
        {
            var assignedByLeadIn = false;
            for (var index = 0; index < nodes.Count; index++)
            {
                var child = nodes[index];
                if (Tables.ReadHeader(child) is { } header)
                {
                    index = VisitTable(nodes, index, header, path);
                    continue;
                }
                // "1. Phân công cơ quan trình, … như sau:" + "STT | Tên dự án | …" + "1. | Luật Thủ đô (sửa đổi) | Chính phủ | …" (NQ
                // 119/2026/UBTVQH15): a numbered lead-in whose header row the outline took for its only child or continuation; the rows,
                // numbered like items, are its siblings.
                if (CarriedHeader(child) is { } carried)
                {
                    index = VisitTable(nodes, index, carried, path, numberedLeadIn: child);
                    continue;
                }
                // "Đơn vị chủ trì: X; Đơn vị phối hợp: Y" after a group's items assigns them; it is no item itself.
                if (child.Label is null && child.Children.Count == 0 && Fields.Is(child.Paragraph.Text)) continue;
                if (child.Parent is { } group && Fields.AssignsNumberedItems(group) && Fields.IsGroupField(child)) continue;
                // The cited provision's own points ("a) …", "b) …") are the citing paragraph's text, not items.
                if (_quotedProvisions.PointsAfter(nodes, index) is > 0 and var points)
                {
                    var quoted = nodes.Skip(index + 1).Take(points).Select(p => p.Label!.Printed + " " + Fields.TextOf(p));
                    Visit(child, path, inherited, assignedByLeadIn, VnText.Squash(Fields.TextOf(child) + " " + string.Join(' ', quoted)));
                    index += points;
                    continue;
                }
                if (IsLeadIn(child, nodes))
                {
                    var named = _units.FromPreamble(child.Text);
                    if (named.Count > 0) (inherited, assignedByLeadIn) = (named, _directives.HasStrongCue(child.Text));
                    continue;
                }
                Visit(child, path, inherited, assignedByLeadIn);
            }
        }

        // "Phân công cơ quan trình, cơ quan chủ trì thẩm tra … như sau:" + "STT | Tên dự án | Cơ quan trình | …" + one line
        // per row: each row is a task numbered under the lead-in (its ordinal as an item, then the row's STT) and headed by
        // it; without a lead-in, under the table's section. Returns the index of the table's last row.
        AssignmentTable.Header? CarriedHeader(OutlineNode node)
        {
            if (node.Label is null || !node.Paragraph.Text.TrimEnd('*', ' ').EndsWith(':')) return null;
            if (node.Children.Count == 1 && node.Continuations.Count == 0) return Tables.ReadHeader(node.Children[0]);
            return node.Children.Count == 0 && node.Continuations.Count == 1 ? Tables.ReadHeader(node.Continuations[0]) : null;
        }

        int VisitTable(List<OutlineNode> siblings, int headerIndex, AssignmentTable.Header header, List<string> path, OutlineNode? numberedLeadIn = null)
        {
            var leadIn = numberedLeadIn is null && headerIndex > 0 && IsLeadIn(siblings[headerIndex - 1], siblings) ? siblings[headerIndex - 1] : null;
            List<string> basePath = path;
            var heading = siblings[headerIndex].Parent is { } parent ? HeadingText(parent) : null;
            if (numberedLeadIn is not null) (basePath, heading) = (Ordinal(numberedLeadIn, path), HeadingText(numberedLeadIn));
            else if (leadIn is not null)
            {
                var place = siblings.Take(headerIndex).Where(s => (s.Label is null || s.Label.Kind == LabelKind.Bullet) && (s == leadIn || !IsLeadIn(s, siblings))).Count();
                basePath = [.. path, place.ToString(CultureInfo.InvariantCulture)];
                heading = HeadingText(leadIn);
            }
            var last = headerIndex;
            string? group = null;
            var position = 0;
            for (var j = headerIndex + 1; j < siblings.Count && Tables.ReadRow(siblings[j], header) is { } row; j++)
            {
                last = j;
                position++;
                // A group row ("I | Lĩnh vực …") numbers the rows under it, as a roman heading numbers its items.
                if (row.Text.Length == 0)
                {
                    if (row.Number.Length > 0) (group, position) = (row.Number, 0);
                    continue;
                }
                var node = siblings[j];
                var rowPath = group is null ? basePath : [.. basePath, group];
                rowTasks.Add((leaves.Count, new ExtractedTask(string.Join('.', rowPath.Append(AssignmentTable.Number(row, position))), heading, row.Text,
                    row.Units, row.Deadline, TaskKind.Task, node.Paragraph.Page, 0.9) { Lines = [.. node.SourceLines] }));
            }
            return last;
        }

        void Visit(OutlineNode node, List<string> path, List<TaskUnit> inherited, bool assignedByLeadIn, string? folded = null)
        {
            var ordinal = Ordinal(node, path);
            // A heading that names who must act ("Trách nhiệm của Chi cục Hải quan …:", "Đối với X:") heads tasks, not objects.
            var objectList = _objectLists.Is(node) && HeadingUnits(node).Count == 0;
            var selfAssigned = Fields.AssignsItself(node);
            var citing = !objectList && !selfAssigned && _quotedProvisions.Under(node);
            if (node.Children.Count > 0 && !objectList && !selfAssigned && !citing)
            {
                VisitAll(node.Children, ordinal, inherited);
                return;
            }
            var ancestors = node.Ancestors().ToList();
            var section = ancestors.Select(SectionOf).FirstOrDefault(k => k != Section.Other);
            var inTasksSection = section == Section.Directives;
            if (inTasksSection) section = Section.Other;
            // What an enacting article approves ("Điều 1. Chấp thuận chủ trương đầu tư … 3. Mục tiêu dự án: …") is the content
            // of the decision, its aims included: neither this document's tasks nor its targets.
            var enacted = decisionDocument && Enacts(node, ancestors);
            var kind = enacted ? SectionKind.Other : section switch { Section.Findings => SectionKind.Findings, Section.Targets => SectionKind.Targets, _ => SectionKind.Other };
            var text = folded ?? (selfAssigned ? Fields.SelfAssignedText(node) : objectList ? ObjectList.Text(node) : citing ? QuotedProvision.TextUnder(node) : Fields.TextOf(node));
            if (text.Length == 0) return;
            // A clause that asks a named body to act ("2. Đề nghị Chính phủ chỉ đạo …", request-openings.txt) is work assigned, as a
            // clause under an assigning lead-in is, even among an article's rules.
            var assigned = assignedByLeadIn || ancestors.Any(IsAssigningClause) || OpensRequest(text);
            var delegatedBody = regulation && kind == SectionKind.Other ? DelegatedBody(text) : null;
            // "… thì Ủy ban nhân dân tỉnh trình Thường trực Hội đồng nhân dân tỉnh xem xét …": a decision's clause that charges a named
            // body with acting in a case it foresees is that body's standing duty (expected/README.md, regulation convention), in an
            // HĐND resolution printed without its number as in a regulation; not under a procedure, status or mandate article.
            var caseActor = decisionDocument && kind == SectionKind.Other && !enacted ? _units.CaseActor(text) : null;
            var caseDuty = caseActor is not null && !InRuleArticle(ancestors, mandateSubjects);
            // An item its own fields assign is work given to the bodies they name, as an assignment table's row is.
            var noCue = false;
            var score = enacted ? 0
                : selfAssigned && kind == SectionKind.Other ? DirectiveTest.StrongScore
                // "Chính phủ quy định chi tiết Điều này.": a regulation's delegation hands work to the body it names, wherever it stands.
                : delegatedBody is not null ? DirectiveTest.StrongScore
                : caseDuty ? DirectiveTest.StrongScore
                : kind == SectionKind.Targets ? 0.85
                : decisionDocument && !assigned && ancestors.Prepend(node).Any(a => IsNormativeArticle(a, regulation, mandateSubjects))
                    && !(regulation && IsStandingDuty(text, ancestors, mandateSubjects)) ? 0
                // "Việc thực hiện nhiệm vụ được ủy quyền phải tuân thủ …" (rule-clauses.tsv "statement") lays down a rule in any
                // document, as a regulation's conditions do, unless a strong cue asks someone to act.
                : (regulation || letter || RuleClauses.OpensStatement(text) && !_directives.HasStrongCue(text)) && IsRuleClause(text, ancestors) ? 0
                : letter && !assigned && !listAsked && IsQuotedProvision(text, ancestors) ? 0
                : decisionDocument && StatesOnly(text, vocab.TransitionalClauses, vocab.StandingClauses) ? 0
                : StatesOnly(text, vocab.CitedDocumentClauses) ? 0
                // "9. Thông qua Báo cáo của Bộ Chính trị …", "1. Đồng ý về chủ trương Ủy ban nhân dân tỉnh … nghiên cứu, lập Đề án …":
                // what the issuer agreed to or adopted, in any document, unless the item also assigns (a strong cue: "Giao …").
                : OpensApproval(text) && !_directives.HasStrongCue(text) ? 0
                : UnderApproval(text, ancestors) ? 0
                : _examples.IsCaseOf(node) ? 0
                : node.Label is not null && ListedUnits.Is(text) ? 0
                : decisionDocument && _selfReferences.Is(text) ? 0
                : ancestors.Any(a => IsProgrammeHeading(a) || IsFundingHeading(a)) && !_directives.HasStrongCue(text) ? 0
                : inTasksSection && node.Label is not null ? _directives.ScoreInTasksSection(_examples.Before(text))
                : PlainScore();
            double PlainScore()
            {
                var plain = _directives.Score(_examples.Before(text), strictOpening: node.Label is null && node.Parent is null);
                noCue = plain == 0 && _directives.ScoreInTasksSection(_examples.Before(text)) > 0;
                return plain;
            }
            noCueLeaves.Add(noCue);
            // A delegation's body is its subject, read up to the delegation verb ("Chính phủ" of "Chính phủ quy định chi tiết …"),
            // which the unit finder, knowing no verb there, would read on to the clause's end.
            leaves.Add((node, text, ordinal, ancestors, kind, score, inherited,
                selfAssigned ? Fields.OwnFields(node) : delegatedBody is not null ? [new TaskUnit(delegatedBody, UnitRole.Lead)]
                // The body a case charges is the lead the unit finder, reading subjects at clause openings, does not see.
                : caseDuty && _units.Find(WithoutAddress(text)).All(u => u.Role != UnitRole.Lead) ? [.. _units.Split(caseActor!).Select(n => new TaskUnit(n, UnitRole.Lead))]
                : null,
                selfAssigned ? Fields.OwnDeadline(node, _deadlines) : null));
        }

        List<string> Ordinal(OutlineNode node, List<string> parentPath)
        {
            string part;
            if (node.Label is { Kind: LabelKind.Decimal } d)
            {
                var joined = string.Join('.', parentPath);
                if (joined.Length > 0 && d.Value.StartsWith(joined.Split('.').Last() + ".", StringComparison.Ordinal) && d.Depth > 1)
                    return [.. parentPath.Take(parentPath.Count - 1), d.Value];
                part = d.Value;
            }
            else if (node.Label is { Kind: LabelKind.Bullet } || node.Label is null)
            {
                var siblings = node.Parent?.Children ?? outline.Items;
                part = (siblings.Where(s => (s.Label is null || s.Label.Kind == LabelKind.Bullet) && !IsLeadIn(s, siblings)).ToList().IndexOf(node) + 1).ToString(CultureInfo.InvariantCulture);
            }
            else part = node.Label!.Value;
            return [.. parentPath, part];
        }
    }

    /// <summary>
    /// The task's units. Candidates are the rules' picks in the rules' order (the inherited heading or preamble
    /// addressees when the text names no lead, then UnitFinder's units), then every other body named in the text
    /// or above it, marked as only mentioned; the classifier decides each one's role.
    /// </summary>
    private List<TaskUnit> Units(string text, List<OutlineNode> ancestors, bool target, List<TaskUnit> preambleUnits, IUnitRoleClassifier classifier)
    {
        var found = _units.Find(WithoutAddress(text));
        var fromHeading = ancestors.Select(InheritedUnits).FirstOrDefault(u => u.Count > 0);
        var inheritsHeading = fromHeading is not null;
        var inherited = found.All(u => u.Role != UnitRole.Lead) || _units.OpensDirecting(text) ? fromHeading ?? (target ? [] : preambleUnits) : [];
        var inheritedSource = inheritsHeading ? UnitSource.Heading : UnitSource.Preamble;

        var candidates = new List<UnitCandidate>();
        // A group's assignment fields name its co-operating units too ("Đơn vị phối hợp: …"); every other inherited unit is an addressee.
        candidates.AddRange(inherited.Select(u => new UnitCandidate(u.Name, text, -1, inheritedSource,
            u.Role == UnitRole.Support ? UnitMentionRole.Support : UnitMentionRole.Addressee)));
        candidates.AddRange(found.Select(u => new UnitCandidate(u.Name, text, Math.Max(0, text.IndexOf(u.Name, StringComparison.Ordinal)), UnitSource.Text,
            u.Role == UnitRole.Lead ? UnitMentionRole.Lead : UnitMentionRole.Support)));
        void AddMentioned(string name, int offset, UnitSource source)
        {
            if (candidates.Any(c => VnText.ToneKey(c.Name) == VnText.ToneKey(name))) return;
            candidates.Add(new UnitCandidate(name, text, offset, source, UnitMentionRole.MentionedOnly));
        }
        foreach (var u in fromHeading ?? []) AddMentioned(u.Name, -1, UnitSource.Heading);
        foreach (var u in preambleUnits) AddMentioned(u.Name, -1, UnitSource.Preamble);
        foreach (var (name, offset) in _units.Mentions(text)) AddMentioned(name, offset, UnitSource.Text);

        var roles = classifier.Classify(candidates);
        var units = new List<TaskUnit>();
        for (var i = 0; i < candidates.Count; i++)
        {
            if (roles[i] == UnitMentionRole.MentionedOnly) continue;
            units.Add(new TaskUnit(candidates[i].Name, roles[i] == UnitMentionRole.Support ? UnitRole.Support : UnitRole.Lead));
        }
        return units;
    }

    /// <summary>
    /// The units a heading gives its items: "Đối với X", "Trách nhiệm của X", a heading that is a body's name, or a numbered
    /// lead-in that asks a body to act ("Điều 2. Hội đồng nhân dân tỉnh yêu cầu Ủy ban nhân dân tỉnh tập trung thực hiện …
    /// sau:"), which works like the preamble's addressees for the items under it.
    /// </summary>
    private IReadOnlyList<TaskUnit> HeadingUnits(OutlineNode heading) => _headingUnits.GetValue(heading, ReadHeadingUnits);

    /// <summary>
    /// What a heading gives the items under it, read once per heading: the units it names, else its assignment fields, else
    /// a directing body and the body it directs (<see cref="UnitFinder.FromDirectingHeading"/>, inheritance only).
    /// </summary>
    private IReadOnlyList<TaskUnit> InheritedUnits(OutlineNode heading) => _inheritedUnits.GetValue(heading, h =>
        HeadingUnits(h) is { Count: > 0 } named ? named : Fields.Of(h) is { Count: > 0 } fields ? fields : _units.FromDirectingHeading(h.Paragraph.Text));

    private List<TaskUnit> ReadHeadingUnits(OutlineNode heading)
    {
        var named = _units.FromHeading(heading.Paragraph.Text);
        if (named.Count > 0 || !heading.Paragraph.Text.TrimEnd('*', ' ').EndsWith(':')) return named;
        return _units.Asked(heading.Paragraph.Text);
    }

    /// <summary>
    /// In a decision (QĐ/NQ/TT: articles, or the enacting formula "QUYẾT ĐỊNH:" / "QUYẾT NGHỊ:" when OCR lost the
    /// article labels), an item that approves, issues, repeals or amends ("Điều 1. Phê duyệt …", "1. Đồng ý chủ
    /// trương …", "Sửa đổi khoản 6 Điều 3 …") is the decision itself: neither it nor the items and quoted wording
    /// under it are tasks (<c>enactment-openings.txt</c>, compared without diacritics, which OCR damages).
    /// Inside an article whose title assigns duties ("Điều 2. Tổ chức thực hiện": duty-article-titles.txt) and that does not
    /// itself open with such a verb, the verb opens a duty of the body the clause names ("1. Bảo hiểm xã hội Việt Nam" /
    /// "c) Bổ sung, nâng cấp Cổng tiếp nhận dữ liệu …", "đ) Điều chỉnh thời gian cho phép …", QĐ 3176/QĐ-BYT): it amends
    /// nothing of the decision's own.
    /// </summary>
    private bool Enacts(OutlineNode node, List<OutlineNode> ancestors)
    {
        bool Opens(OutlineNode n)
        {
            var folded = VnText.Fold(n.Paragraph.Text.TrimStart('*', ' ', '“', '"'));
            return _enactmentKeys.Any(k => Words.IndexOf(folded, k) == 0);
        }
        var article = ancestors.FirstOrDefault(a => a.Label?.Kind == LabelKind.Article);
        // "Điều 3. Bãi bỏ mức thu học phí … ." / "Giao Ủy ban nhân dân tỉnh, tổ chức thực hiện Nghị quyết" (NQ 19/2017 Bắc Giang):
        // an article printed as sentences whose own paragraph after the enacting one assigns a body is also the execution
        // article, and its unlabelled paragraphs belong to it (corpus/expected/README.md, "Articles"): work is assigned.
        if (node.Label?.Kind == LabelKind.Article && node.Children.Count == 0 && node.Continuations.Any(OpensAssignment)) return false;
        // "2. Đề nghị Chính phủ chỉ đạo nghiên cứu …" under "Điều 1. Điều chỉnh Chương trình lập pháp …": a clause that asks a
        // named body to act (request-openings.txt) addresses someone the decision does not command; it enacts nothing.
        if (node != article && node.Children.Count == 0 && OpensRequest(node.Paragraph.Text)) return false;
        // "3. Ủy ban Thường vụ Quốc hội hướng dẫn thi hành Nghị quyết này." under "Điều 22. Hiệu lực thi hành": a delegation
        // hands work to the body it names; it enacts nothing.
        if (node != article && node.Children.Count == 0 && DelegatedBody(node.Paragraph.Text) is not null) return false;
        var dutiesArticle = article is not null && OutlineBuilder.IsHeading(article) && !Opens(article)
            && vocab.DutyArticleTitles.CountIn(MarkAwareKey.Of(article.Paragraph.Text.Trim('*', ' '))) > 0;
        return ancestors.Prepend(node).Any(n => Opens(n) && (!dutiesArticle || n == article));
    }

    /// <summary>The text opens with an assigning word (assign-words.txt) followed by the body assigned ("Giao Ủy ban nhân dân tỉnh …").</summary>
    private bool OpensAssignment(string text) =>
        vocab.AssignWords.MatchPrefix(ToneKey.Of(text.TrimStart('*', ' '))) > 0 && _units.Asked(text).Count > 0;

    /// <summary>The text opens with a word recording an approval or adoption (approval-openings.txt: "Đồng ý chủ trương …", "Nghe báo cáo …").</summary>
    private bool OpensApproval(string text) => vocab.ApprovalOpenings.MatchPrefix(ToneKey.Of(text.TrimStart('*', ' ', '-', '+'))) > 0;

    /// <summary>The text opens with a request word (request-openings.txt) followed by the body asked ("Đề nghị Chính phủ …").</summary>
    private bool OpensRequest(string text)
    {
        var key = ToneKey.Of(text.TrimStart('*', ' ', '-', '+')).Value;
        return vocab.RequestOpenings.MatchPrefix(key) > 0 && _units.Asked(text).Count > 0;
    }

    /// <summary>
    /// A clause (not an article) that heads its items with who must act, in a strong cue: "1. Bộ trưởng, Thủ trưởng cơ quan
    /// ngang bộ có trách nhiệm:", "Giao Sở Tư pháp thực hiện các nội dung sau:". Inside an article that otherwise lays down rules (NQ 66.7 "Điều 7. Tái cấu
    /// trúc quy trình …") its items are duties assigned, not rules. A clause that opens with a case or condition
    /// ("Đối với trường hợp …", rule-clauses.tsv) is left to the rule-clause test.
    /// </summary>
    private bool IsAssigningClause(OutlineNode node)
    {
        if (node.Label?.Kind == LabelKind.Article || RuleClauses.Opens(node.Paragraph.Text) || !_directives.HasStrongCue(node.Paragraph.Text)) return false;
        return HeadingUnits(node).Count > 0 || node.Paragraph.Text.TrimEnd('*', ' ').EndsWith(':') && _units.FromPreamble(node.Paragraph.Text).Count > 0;
    }

    /// <summary>
    /// "Chính phủ quy định chi tiết Điều này.": the clause opens with the body it names and goes on with a delegation verb
    /// (delegation-verbs.txt); that body, or null. A task wherever it stands in a regulation (expected/README.md, regulation
    /// convention).
    /// </summary>
    private string? DelegatedBody(string text)
    {
        var trimmed = text.TrimStart('*', ' ');
        // The subject is the words before the first delegation verb, when they are a body's name and nothing else.
        for (var at = trimmed.IndexOf(' '); at > 0 && at < 120; at = trimmed.IndexOf(' ', at + 1))
        {
            if (vocab.DelegationVerbs.MatchPrefix(MarkAwareKey.Of(trimmed[(at + 1)..])) == 0) continue;
            var subject = trimmed[..at].Trim();
            return _units.IsNamesOnly(subject) ? subject : null;
        }
        return null;
    }

    /// <summary>
    /// A regulation's clause that gives the body it names a standing duty ("Bộ Tư pháp có trách nhiệm gửi văn bản …",
    /// duty-clause-cues.txt) under an article that otherwise lays down a rule ("Điều 24. Thông báo thẻ ABTC … không còn giá
    /// trị …"): a task (expected/README.md, regulation convention). Not under a procedure or time-limit article, whose steps
    /// are the rule even where one names its actor, nor under a mandate or a rights-and-obligations article, which state
    /// competence or legal standing.
    /// </summary>
    private bool IsStandingDuty(string text, List<OutlineNode> ancestors, IReadOnlyCollection<string> mandateSubjects)
    {
        // The bearer may be a bare kind after the case ("… thì Tòa án có trách nhiệm …"), which names no unit but bears the duty.
        if (vocab.DutyClauseCues.CountIn(MarkAwareKey.Of(text)) == 0
            || _units.Find(text).All(u => u.Role != UnitRole.Lead) && !_units.BearsDuty(text)) return false;
        return !InRuleArticle(ancestors, mandateSubjects);
    }

    // Under a procedure or time-limit article a named step is the rule; under a mandate or rights-and-obligations article it
    // states competence or legal standing.
    private bool InRuleArticle(List<OutlineNode> ancestors, IReadOnlyCollection<string> mandateSubjects) =>
        ancestors.Any(a => a.Label?.Kind == LabelKind.Article && a.Paragraph.Text.Trim('*', ' ') is var title
            && (_conduct.IsProcedure(title) || _conduct.IsStatus(title) || _mandates.Is(title) || _mandates.IsDutyListOf(title, mandateSubjects)));

    /// <summary>
    /// A strong cue in the item's text that no structural rule overruled (<see cref="DirectiveTest.StrongScore"/>), or a
    /// directive cue under a heading that assigns its items to a body ("Đối với Phòng Nội vụ:", "Trách nhiệm của X",
    /// "Điều 2. … yêu cầu Ủy ban nhân dân tỉnh … sau:"): the item is assigned work whoever else weighs in.
    /// </summary>
    private bool HasStrongConstruct(double score, List<OutlineNode> ancestors) =>
        score >= DirectiveTest.StrongScore || score > 0 && ancestors.Any(a => HeadingUnits(a).Count > 0);

    /// <summary>
    /// A clause that only states how things stand, not work assigned, unless it also holds a strong directive cue: a
    /// decision's transitional provision keeps something in operation or in force ("Chính quyền địa phương … trước sắp xếp
    /// tiếp tục hoạt động cho đến khi …", <c>transitional-clauses.txt</c>); a council or team it sets up stands as its
    /// members serve and it dissolves ("… theo chế độ kiêm nhiệm", "Đoàn kiểm tra tự giải thể sau khi hoàn thành nhiệm vụ",
    /// <c>standing-clauses.txt</c>); the clause on cited documents says which text governs once a cited one is replaced
    /// ("… nếu những văn bản nêu trong Phụ lục … được thay thế bằng văn bản mới thì thực hiện theo văn bản mới ban hành",
    /// <c>cited-document-clauses.txt</c>), in any kind of document.
    /// </summary>
    private bool StatesOnly(string text, params MarkAwareLexicon[] clauses)
    {
        var key = MarkAwareKey.Of(text);
        return clauses.Any(c => c.CountIn(key) > 0) && !_directives.HasStrongCue(text);
    }

    // "5. Nội dung kiểm tra:" (programme-sections.txt): its items say what an inspection looks at.
    private bool IsProgrammeHeading(OutlineNode node) =>
        vocab.ProgrammeSections.MatchPrefix(VnText.Fold(node.Paragraph.Text.Trim('*', ' '))) > 0;

    // "IV. VỐN ĐẦU TƯ" (funding-sections.txt): its items say how much money goes where, not who must act.
    private bool IsFundingHeading(OutlineNode node) =>
        vocab.FundingSections.MatchPrefix(VnText.Fold(node.Paragraph.Text.Trim('*', ' '))) > 0;

    // Headings that are conditions themselves ("Đối với trường hợp quy định tại khoản 1 Điều 18 …") name cases, not addressees.
    private bool IsRuleClause(string text, List<OutlineNode> ancestors) =>
        RuleClauses.Opens(text) && RuleClauses.Is(text,
            ancestors.Where(a => !RuleClauses.Opens(a.Paragraph.Text)).Select(HeadingUnits).FirstOrDefault(u => u.Count > 0) ?? []);

    // "Khoản 2 Điều 3 của Thông tư số … quy định: "…"" restates the law unless a heading above it asks someone to act.
    private bool IsQuotedProvision(string text, List<OutlineNode> ancestors) =>
        _quotedProvisions.Is(text) && !ancestors.Any(a => _directives.HasStrongCue(a.Paragraph.Text) || HeadingUnits(a).Count > 0);

    private bool IsNormativeArticle(OutlineNode node, bool regulation, IReadOnlyCollection<string> mandateSubjects) =>
        NormativeArticle.Is(node, vocab.DutyArticleTitles, title => _units.FromHeading(title).Count > 0, n => SectionOf(n) == Section.Targets,
            title => regulation && (_mandates.Is(title) || _mandates.IsDutyListOf(title, mandateSubjects) || _conduct.Is(title)));

    // The bodies whose mandate the document's titled articles set out ("Điều 3. Vị trí, chức năng của Ban Chỉ huy …").
    private HashSet<string> MandateSubjects(OutlineBuilder.Outline outline) =>
        outline.Items.SelectMany(n => n.Descendants().Prepend(n))
            .Where(n => n.Label?.Kind == LabelKind.Article)
            .Select(n => _mandates.Subject(n.Paragraph.Text.Trim('*', ' ')))
            .OfType<string>().ToHashSet(StringComparer.Ordinal);

    /// <summary>"Nghị quyết này đã được Hội đồng nhân dân … thông qua ngày …" (<c>adoption-clauses.tsv</c>): the closing formula.</summary>
    private bool IsAdoptionClause(string text) => vocab.IsAdoptionClause(text);

    /// <summary>
    /// The officials after the address that opens an execution article ("Các Ông/Bà: Chánh Văn phòng Bộ Y tế, …";
    /// address-openings.txt): the address is no body, and read as one it swallows the list after its colon.
    /// </summary>
    private string WithoutAddress(string text)
    {
        var length = vocab.AddressOpenings.MatchPrefix(VnText.FoldAligned(text));
        if (length == 0) return text;
        var end = length;
        while (end < text.Length && text[end] is ':' or ' ') end++;
        return text[end..];
    }

    // "QUYẾT NGHỊ:" alone on its line (enacting-words.txt).
    private bool IsEnactingFormula(OutlineNode node) =>
        node.Label is null && vocab.EnactingWords.IsOne(node.Paragraph.Text.Trim('*', ' ').TrimEnd().TrimEnd(':').TrimEnd());

    // A paragraph that cites a provision and prints its points is an item, not a lead-in (QuotedProvision.PointsAfter).
    private bool IsLeadIn(OutlineNode node, List<OutlineNode> siblings) =>
        node.Label is null && node.Children.Count == 0 && node.Text.TrimEnd().EndsWith(':') && siblings.IndexOf(node) < siblings.Count - 1
        && _quotedProvisions.PointsAfter(siblings, siblings.IndexOf(node)) == 0;

    private enum Section { Other, Findings, Targets, Directives }

    /// <summary>
    /// What the nearest telling heading says its items are. A heading that names tasks as well
    /// ("MỤC TIÊU, CHỈ TIÊU, NHIỆM VỤ, GIẢI PHÁP") decides nothing; its sub-headings do.
    /// </summary>
    private Section SectionOf(OutlineNode node)
    {
        if (!OutlineBuilder.IsHeading(node)) return Section.Other;
        var folded = VnText.Fold(node.Paragraph.Text);
        // A word marked '^' counts only as the heading's opening ("Khó khăn, vướng mắc", not "Các cơ chế xử lý khó khăn, vướng mắc").
        bool Has(IEnumerable<string> words) => words.Any(w => w.StartsWith('^') ? folded.StartsWith(w[1..], StringComparison.Ordinal)
            : folded.StartsWith(w, StringComparison.Ordinal) || folded.Length < 60 && folded.Contains(w, StringComparison.Ordinal));
        if (Has(vocab.DirectiveSections)) return Section.Directives;
        // "Điều 1. Hội đồng nhân dân tỉnh thống nhất đánh giá kết quả …": a long heading that opens with the body, not the section word.
        if (vocab.AssessingClauses.OccursIn(folded)) return Section.Findings;
        if (Has(vocab.TargetSections)) return Section.Targets;
        // "Căn cứ vào Điều 1 của Quyết định này, Sở Tài nguyên và Môi trường, UBND huyện Châu Thành, Văn phòng UBND tỉnh có
        // trách nhiệm tổ chức thực hiện các công việc sau:" (QĐ 3745/QĐ-UBND Tây Ninh, an untitled execution article): a basis
        // phrase that leads into a clause assigning the items heads a list of duties, not a "Căn cứ" section of the grounds.
        if (LeadsFromBasis(node.Paragraph.Text)) return Section.Other;
        if (Has(vocab.FindingSections)) return Section.Findings;
        return Section.Other;
    }

    private bool LeadsFromBasis(string heading) =>
        vocab.OpensWithBasisOrRestatement(MarkAwareKey.Of(heading.Trim('*', ' '))) && _directives.HasStrongCue(heading);

    private static string HeadingText(OutlineNode parent) => VnText.Squash(parent.Paragraph.Text.Trim('*', ' ')).TrimEnd(':').Trim();
}
