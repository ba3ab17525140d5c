namespace Pipeline.Tasks;

/// <summary>The classifiers the task stage asks; rules unless learned models are loaded.</summary>
public sealed record TaskClassifiers(IDirectiveClassifier Directives, IUnitRoleClassifier Units)
{
    public static readonly TaskClassifiers Rules = new(RuleDirectiveClassifier.Instance, RuleUnitRoleClassifier.Instance);
}
