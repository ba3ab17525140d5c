using Pipeline.Ml.Features;
using Pipeline.Ml.Training;
using Pipeline.Tasks;

namespace Pipeline.Ml.Tasks;

/// <summary>Lead / support / addressee / only mentioned for a task's candidate units, in one batch prediction.</summary>
public sealed class ModelUnitRoleClassifier(MulticlassModel model) : IUnitRoleClassifier
{
    public string Name => "model";

    public IReadOnlyList<UnitMentionRole> Classify(IReadOnlyList<UnitCandidate> candidates) =>
        candidates.Count == 0 ? [] : model.Predict(candidates.Select((c, i) => UnitFeatures.Of(c, i, candidates.Count)).ToList())
            .Select(p => Enum.Parse<UnitMentionRole>(p.Label)).ToList();
}
