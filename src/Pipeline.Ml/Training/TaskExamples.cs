using Pipeline.Evaluation;
using Pipeline.Lines;
using Pipeline.Ml.Features;
using Pipeline.Records;
using Pipeline.Roles;
using Pipeline.Tasks;

namespace Pipeline.Ml.Training;

/// <summary>
/// Training rows for the directive-item and unit-role models, derived from expected (or clerk-corrected) records:
/// the document's leaf items are collected as the task stage sees them (rules' line roles), each item is matched
/// to the record's tasks by text as <c>pipeline eval</c> matches them (similarity ≥ 0.6); a matched item is a task
/// or target of the record's kind, an unmatched one is not a task. The units of a matched item are labelled by
/// the record's units (name similarity ≥ 0.8): lead, support, addressee (a lead inherited from a heading or the
/// preamble) or only mentioned.
/// </summary>
public static class TaskExamples
{
    public sealed record LabelledDocument(string Stem, PreparedDocument Prepared, DocumentRecord Expected);

    public sealed record Collected(List<FeatureRow> Directives, List<FeatureRow> Units);

    public static Collected Build(IEnumerable<LabelledDocument> docs, Extraction.DocumentExtractor pipeline)
    {
        var result = new Collected([], []);
        var rules = pipeline.Rules;
        foreach (var doc in docs)
        {
            var (candidates, unitCalls, matches) = Matched(doc, rules, pipeline.Vocab);
            var expectedTasks = doc.Expected.Tasks;
            for (var i = 0; i < candidates.Count; i++)
            {
                var label = LabelOf(i, matches, expectedTasks);
                result.Directives.Add(new FeatureRow { Label = label.ToString(), Features = DirectiveFeatures.Of(candidates[i]) });
                if (!matches.TryGetValue(i, out var e)) continue;
                var units = unitCalls[i];
                var expectedUnits = expectedTasks[e].Units;
                var unitMatches = Evaluator.Match(expectedUnits.Select(u => u.Name).ToList(), units.Select(u => u.Name).ToList(), 0.8)
                    .ToDictionary(p => p.Value, p => p.Key);
                for (var k = 0; k < units.Count; k++)
                {
                    var role = !unitMatches.TryGetValue(k, out var ue) ? UnitMentionRole.MentionedOnly
                        : expectedUnits[ue].Role == "support" ? UnitMentionRole.Support
                        : units[k].Source == UnitSource.Text ? UnitMentionRole.Lead : UnitMentionRole.Addressee;
                    result.Units.Add(new FeatureRow { Label = role.ToString(), Features = UnitFeatures.Of(units[k], k, units.Count, UnitFeatures.HasRuleLead(units)) });
                }
            }
        }
        return result;
    }

    /// <summary>
    /// A document's leaf items, each with the kind its record gives it (matched by text as <c>pipeline eval</c> matches):
    /// what the directive model is trained on, kept per document so that cross-validation can hold documents out.
    /// </summary>
    public static List<(DirectiveCandidate Item, DirectiveKind Label)> LabelledItems(LabelledDocument doc, Extraction.DocumentExtractor pipeline)
    {
        var (candidates, _, matches) = Matched(doc, pipeline.Rules, pipeline.Vocab);
        return candidates.Select((c, i) => (c, LabelOf(i, matches, doc.Expected.Tasks))).ToList();
    }

    private static (List<DirectiveCandidate> Items, List<IReadOnlyList<UnitCandidate>> Units, Dictionary<int, int> Matches) Matched(
        LabelledDocument doc, RuleLineRoleClassifier rules, Vocabulary.Vocab vocab)
    {
        var (candidates, unitCalls) = CollectCandidates(rules.Classify(doc.Prepared), vocab);
        var matches = Evaluator.Match(doc.Expected.Tasks.Select(t => t.Text).ToList(), candidates.Select(c => c.Text).ToList(), 0.6)
            .ToDictionary(p => p.Value, p => p.Key);
        return (candidates, unitCalls, matches);
    }

    private static DirectiveKind LabelOf(int item, Dictionary<int, int> matches, IReadOnlyList<TaskRecord> expectedTasks) =>
        !matches.TryGetValue(item, out var e) ? DirectiveKind.NotDirective
            : expectedTasks[e].Kind == "target" ? DirectiveKind.Target : DirectiveKind.Task;

    /// <summary>
    /// Every leaf item of a document, with the unit candidates of each (the task stage is run with a directive
    /// classifier that takes every item, so that units are collected for all of them).
    /// </summary>
    public static (List<DirectiveCandidate> Items, List<IReadOnlyList<UnitCandidate>> Units) CollectCandidates(RoledDocument roled, Vocabulary.Vocab vocab)
    {
        var directives = new TakeAll();
        var units = new Record();
        new TaskExtractor(vocab, new TaskClassifiers(directives, units)).Extract(roled);
        return (directives.Seen, units.Seen);
    }

    private sealed class TakeAll : IDirectiveClassifier
    {
        public List<DirectiveCandidate> Seen { get; } = [];
        public string Name => "take-all";

        public IReadOnlyList<DirectiveKind> Classify(IReadOnlyList<DirectiveCandidate> candidates)
        {
            Seen.AddRange(candidates);
            return candidates.Select(c => c.Section == SectionKind.Targets ? DirectiveKind.Target : DirectiveKind.Task).ToList();
        }
    }

    private sealed class Record : IUnitRoleClassifier
    {
        public List<IReadOnlyList<UnitCandidate>> Seen { get; } = [];
        public string Name => "record";

        public IReadOnlyList<UnitMentionRole> Classify(IReadOnlyList<UnitCandidate> candidates)
        {
            Seen.Add(candidates.ToList());
            return RuleUnitRoleClassifier.Instance.Classify(candidates);
        }
    }
}
