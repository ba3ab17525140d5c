using Pipeline.Ml.Roles;
using Pipeline.Ml.Tasks;
using Pipeline.Roles;
using Pipeline.Tasks;

namespace Pipeline.Ml.Training;

/// <summary>The three learned models, loaded once and shared: line roles, directive items, unit roles.</summary>
public sealed record ModelSet(MulticlassModel LineRoles, MulticlassModel Directives, MulticlassModel Units, TrainingOptions Options)
{
    /// <summary>Rules anchor the line roles, the model decides uncertain lines (<see cref="CombinedLineRoleClassifier"/>).</summary>
    public ILineRoleClassifier LineRoleClassifier(RuleLineRoleClassifier rules) => Combined(rules, scope: null);

    /// <summary>The model decides only among the body's roles: the header and foot keep the rules' roles.</summary>
    public ILineRoleClassifier BodyLineRoleClassifier(RuleLineRoleClassifier rules) => Combined(rules, CombinedLineRoleClassifier.BodyScope);

    private CombinedLineRoleClassifier Combined(RuleLineRoleClassifier rules, IReadOnlySet<LineRole>? scope) =>
        new(rules, new ModelLineRoleClassifier(LineRoles, rules.Recognizer), Options.CombineThreshold, Options.DefaultRoleThreshold, scope);

    public TaskClassifiers TaskClassifiers => TaskClassifiersWith(DirectivePolicy.Default);

    /// <summary>The task models with another way of combining the directive model with the rules (the ablation's variant).</summary>
    public TaskClassifiers TaskClassifiersWith(DirectivePolicy policy) => new(new ModelDirectiveClassifier(Directives, policy), new ModelUnitRoleClassifier(Units));
}
