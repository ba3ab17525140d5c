namespace Pipeline.Tasks;

/// <summary>
/// Decides which leaf items are tasks or targets. Called once per document with all its candidates, so a learned
/// model can predict them in one batch.
/// </summary>
public interface IDirectiveClassifier
{
    string Name { get; }
    IReadOnlyList<DirectiveKind> Classify(IReadOnlyList<DirectiveCandidate> candidates);
}

/// <summary>The rules: items in findings sections are not tasks, items under targets are, others when DirectiveTest scores them.</summary>
public sealed class RuleDirectiveClassifier : IDirectiveClassifier
{
    public static readonly RuleDirectiveClassifier Instance = new();

    public string Name => "rules";

    public IReadOnlyList<DirectiveKind> Classify(IReadOnlyList<DirectiveCandidate> candidates) =>
        candidates.Select(Decide).ToList();

    public static DirectiveKind Decide(DirectiveCandidate c) => c.Section switch
    {
        SectionKind.Findings => DirectiveKind.NotDirective,
        SectionKind.Targets => DirectiveKind.Target,
        _ => c.RuleScore > 0 ? DirectiveKind.Task : DirectiveKind.NotDirective,
    };
}
