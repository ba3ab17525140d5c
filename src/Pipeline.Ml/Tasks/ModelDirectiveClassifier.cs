using Pipeline.Ml.Features;
using Pipeline.Ml.Training;
using Pipeline.Tasks;

namespace Pipeline.Ml.Tasks;

/// <summary>
/// Task / target / neither for a document's leaf items, in one batch prediction. The model decides whether an
/// item is a directive; whether a directive is a target follows the section heading ("Chỉ tiêu", "Mục tiêu"),
/// as the rules do: targets occur in one notice of the corpus, too few to learn from (cross-validated kind
/// accuracy fell from 100 % to 91 % when the model chose the kind). Items under a findings heading ("Tình hình",
/// "Kết quả kiểm tra") stay non-directives, as the rules have them: cross-validated, the model took findings of
/// NQ 003 for tasks.
/// </summary>
public sealed class ModelDirectiveClassifier(MulticlassModel model) : IDirectiveClassifier
{
    public string Name => "model";

    public IReadOnlyList<DirectiveKind> Classify(IReadOnlyList<DirectiveCandidate> candidates) =>
        candidates.Count == 0 ? [] : model.Predict(candidates.Select(DirectiveFeatures.Of).ToList())
            .Select((p, i) => Enum.Parse<DirectiveKind>(p.Label) == DirectiveKind.NotDirective || candidates[i].Section == SectionKind.Findings ? DirectiveKind.NotDirective
                : candidates[i].Section == SectionKind.Targets ? DirectiveKind.Target : DirectiveKind.Task).ToList();
}
