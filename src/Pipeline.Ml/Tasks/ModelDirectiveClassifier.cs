using Pipeline.Ml.Features;
using Pipeline.Ml.Training;
using Pipeline.Tasks;

namespace Pipeline.Ml.Tasks;

/// <summary>
/// How the directive model's verdict combines with the rules'. <paramref name="KeepStrongCues"/>: an item the rules see
/// as a strong directive construct (<see cref="DirectiveCandidate.StrongCue"/>) stays a task whatever the model says, so
/// the model vetoes only items without one. <paramref name="VetoProbability"/>: the model drops an item when its
/// probability of "not a directive" reaches this; null takes the model's most probable class.
/// <paramref name="AddsItems"/>: whether the model may make a task of an item the rules scored 0.
/// <paramref name="VetoesRecognisedText"/>: whether the model decides at all on an item recognised from an image
/// (<see cref="DirectiveCandidate.Recognised"/>); when false the rules decide such items, as with <c>--rules-only</c>.
/// True by default: held out (`eval --ablation --ocr corpus/ocr`, 5 folds, 25 OCR renderings, 2026-12-01) the veto
/// removed 8 of the rules' 15 extra items and no real task (tasks F1 70.7 → 78.4 %); docs/models.md.
/// </summary>
public sealed record DirectivePolicy(bool KeepStrongCues, double? VetoProbability, bool AddsItems = true, bool VetoesRecognisedText = true)
{
    /// <summary>
    /// The rules decide, strong constructs are kept, and the model only vetoes an item it is sure of (P(not) ≥ 0.70); it
    /// adds none. Chosen by `pipeline cv --directives` (5 folds by document group, held-out items of 132 development
    /// documents, clean text, 2026-11-30): this policy F1 90.1 % (P 88.0 / R 92.3), its neighbours at 0.60 and 0.75
    /// 89.8 and 90.0, the rules alone 88.6 %, the previous default (strong kept, the model's best class) 88.4 %, the
    /// model's best class alone 86.5 %. Held out, a model that may also add or freely drop items is worse than the rules.
    /// </summary>
    public static readonly DirectivePolicy Default = new(KeepStrongCues: true, VetoProbability: 0.70, AddsItems: false);

    /// <summary>The model's most probable class decides every item (the default until 2026-11-30).</summary>
    public static readonly DirectivePolicy ModelAlone = new(false, null);

    public bool IsDirective(DirectiveCandidate c, float notDirective, bool argmaxNotDirective) =>
        c.Recognised && !VetoesRecognisedText ? RuleDirectiveClassifier.Decide(c) != DirectiveKind.NotDirective
        : c.Section != SectionKind.Findings
        && (KeepStrongCues && c.StrongCue
            || (AddsItems || c.RuleScore > 0) && (VetoProbability is { } t ? notDirective < t : !argmaxNotDirective));

    public override string ToString() =>
        (VetoesRecognisedText ? "" : "rules decide OCR items, ") + (KeepStrongCues ? "strong kept, " : "") + (AddsItems ? "" : "no additions, ")
        + (VetoProbability is { } t ? $"veto at P(not) >= {t:0.00}" : "model's best class");
}

/// <summary>
/// Task / target / neither for a document's leaf items, in one batch prediction. The model decides whether an
/// item is a directive, as <see cref="DirectivePolicy"/> combines it with the rules; whether a directive is a target
/// follows the section heading ("Chỉ tiêu", "Mục tiêu"), as the rules do: targets occur in one notice of the corpus,
/// too few to learn from (cross-validated kind accuracy fell from 100 % to 91 % when the model chose the kind). Items
/// under a findings heading ("Tình hình", "Kết quả kiểm tra") stay non-directives, as the rules have them:
/// cross-validated, the model took findings of NQ 003 for tasks.
/// </summary>
public sealed class ModelDirectiveClassifier(MulticlassModel model, DirectivePolicy? policy = null) : IDirectiveClassifier
{
    private readonly DirectivePolicy _policy = policy ?? DirectivePolicy.Default;
    private readonly int _not = Array.IndexOf(model.Labels, nameof(DirectiveKind.NotDirective));

    public string Name => "model";

    public IReadOnlyList<DirectiveKind> Classify(IReadOnlyList<DirectiveCandidate> candidates)
    {
        if (candidates.Count == 0) return [];
        var scores = model.Score(candidates.Select(DirectiveFeatures.Of).ToList());
        return candidates.Select((c, i) => !_policy.IsDirective(c, NotDirective(scores[i]), ArgmaxIsNot(scores[i])) ? DirectiveKind.NotDirective
            : c.Section == SectionKind.Targets ? DirectiveKind.Target : DirectiveKind.Task).ToList();
    }

    /// <summary>The probability of "not a directive" in a row of scores (0 when the model never saw the class).</summary>
    public float NotDirective(float[] scores) => _not < 0 ? 0 : scores[_not];

    public bool ArgmaxIsNot(float[] scores)
    {
        var best = 0;
        for (var k = 1; k < scores.Length; k++) if (scores[k] > scores[best]) best = k;
        return best == _not;
    }
}
