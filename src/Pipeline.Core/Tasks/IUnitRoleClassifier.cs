namespace Pipeline.Tasks;

/// <summary>
/// Decides the role of every candidate unit of a task. Called once per task with all its candidates; a learned
/// model batches them.
/// </summary>
public interface IUnitRoleClassifier
{
    string Name { get; }
    IReadOnlyList<UnitMentionRole> Classify(IReadOnlyList<UnitCandidate> candidates);
}

/// <summary>The rules' decisions, as UnitFinder and the inheritance from headings and the preamble made them.</summary>
public sealed class RuleUnitRoleClassifier : IUnitRoleClassifier
{
    public static readonly RuleUnitRoleClassifier Instance = new();

    public string Name => "rules";

    public IReadOnlyList<UnitMentionRole> Classify(IReadOnlyList<UnitCandidate> candidates) => candidates.Select(c => c.RuleRole).ToList();
}
