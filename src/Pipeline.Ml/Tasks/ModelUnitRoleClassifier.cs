using Pipeline.Ml.Features;
using Pipeline.Ml.Training;
using Pipeline.Tasks;

namespace Pipeline.Ml.Tasks;

/// <summary>
/// Lead / support / addressee / only mentioned for a task's candidate units, in one batch prediction. A body the
/// rules picked is dropped only when the model is at least <see cref="DropThreshold"/> sure it is only mentioned:
/// cross-validated, the model alone dropped inherited addressees of unseen documents it had no words for.
/// </summary>
public sealed class ModelUnitRoleClassifier(MulticlassModel model) : IUnitRoleClassifier
{
    public const double DropThreshold = 0.8;

    public string Name => "model";

    public IReadOnlyList<UnitMentionRole> Classify(IReadOnlyList<UnitCandidate> candidates)
    {
        if (candidates.Count == 0) return [];
        var hasLead = UnitFeatures.HasRuleLead(candidates);
        var predicted = model.Predict(candidates.Select((c, i) => UnitFeatures.Of(c, i, candidates.Count, hasLead)).ToList());
        return candidates.Select((c, i) =>
        {
            var role = Enum.Parse<UnitMentionRole>(predicted[i].Label);
            var keepRules = c.RuleRole != UnitMentionRole.MentionedOnly && role == UnitMentionRole.MentionedOnly && predicted[i].Probability < DropThreshold;
            return keepRules ? c.RuleRole : role;
        }).ToList();
    }
}
