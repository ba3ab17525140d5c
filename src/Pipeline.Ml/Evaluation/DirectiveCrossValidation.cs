using Pipeline.Ml.Annotations;
using Pipeline.Ml.Features;
using Pipeline.Ml.Tasks;
using Pipeline.Ml.Training;
using Pipeline.Tasks;

namespace Pipeline.Ml.Evaluation;

/// <summary>
/// Cross-validated choice of how the directive model combines with the rules (<see cref="DirectivePolicy"/>): per fold
/// (document groups, <see cref="DocumentFolds"/>) the directive model is trained on the other folds' items (with
/// their seeded noised copies, as <c>pipeline train</c> does) and every policy decides the held-out items. Scored per
/// item against the record (a held-out item is a task when eval would match it to one of the record's tasks), so
/// the figures say what an unseen notice can expect, not how well the model fits the set it was trained on.
/// </summary>
public static class DirectiveCrossValidation
{
    public sealed record Score(string Policy, int TruePositives, int FalsePositives, int FalseNegatives)
    {
        public double Precision => TruePositives / (double)Math.Max(1, TruePositives + FalsePositives);
        public double Recall => TruePositives / (double)Math.Max(1, TruePositives + FalseNegatives);
        public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);
        public override string ToString() =>
            $"{Policy,-48} F1 {100 * F1,5:F1}  P {100 * Precision,5:F1}  R {100 * Recall,5:F1}  (tp {TruePositives}, fp {FalsePositives}, fn {FalseNegatives})";
    }

    private static readonly double[] Thresholds = [0.6, 0.7, 0.75, 0.8, 0.85, 0.9];

    public static readonly IReadOnlyList<DirectivePolicy> Policies =
    [
        new(false, null), new(true, null),
        .. Thresholds.SelectMany(t => new DirectivePolicy[] { new(false, t), new(true, t), new(true, t, AddsItems: false) }),
    ];

    /// <summary>Rules alone first, then every policy, on the held-out clean documents and on the held-out OCR renderings.</summary>
    public static (List<Score> Clean, List<Score> Ocr, int Documents) Run(TrainingData data, int folds, TrainingOptions options, TextWriter? log = null)
    {
        var fold = DocumentFolds.Assign(data.LineDocuments, folds);
        var items = new Dictionary<string, List<(DirectiveCandidate Item, DirectiveKind Label)>>();
        var noisy = new List<(string Stem, List<(DirectiveCandidate Item, DirectiveKind Label)> Items)>();
        foreach (var doc in data.TaskDocumentsWithNoise(options))
        {
            var labelled = TaskExamples.LabelledItems(doc, data.Extractor);
            if (!items.ContainsKey(doc.Stem)) items[doc.Stem] = labelled; // the first of a stem is the document itself
            noisy.Add((doc.Stem, labelled));
        }
        List<string> names = ["rules", .. Policies.Select(p => "model: " + p)];
        var clean = names.Select(n => new int[3]).ToList();
        var ocr = names.Select(n => new int[3]).ToList();
        var tested = 0;
        for (var f = 0; f < folds; f++)
        {
            var held = items.Keys.Where(s => fold.GetValueOrDefault(s, -1) == f).ToList();
            if (held.Count == 0) continue;
            var rows = noisy.Where(n => fold.GetValueOrDefault(n.Stem, -1) != f)
                .SelectMany(n => n.Items).Select(x => new FeatureRow { Label = x.Label.ToString(), Features = DirectiveFeatures.Of(x.Item) }).ToList();
            var model = MulticlassModel.Train(rows, DirectiveFeatures.Length, options.Iterations);
            var classifier = new ModelDirectiveClassifier(model);
            log?.WriteLine($"fold {f + 1}/{folds}: trained on {rows.Count} items, testing {held.Count} documents");
            foreach (var stem in held)
            {
                tested++;
                var docItems = items[stem];
                var scores = docItems.Count == 0 ? [] : model.Score(docItems.Select(x => DirectiveFeatures.Of(x.Item)).ToList());
                var counts = OcrRenderings.IsRendering(stem) ? ocr : clean;
                for (var i = 0; i < docItems.Count; i++)
                {
                    var (item, label) = docItems[i];
                    var truth = label != DirectiveKind.NotDirective;
                    Count(counts[0], RuleDirectiveClassifier.Decide(item) != DirectiveKind.NotDirective, truth);
                    for (var p = 0; p < Policies.Count; p++)
                        Count(counts[p + 1], Policies[p].IsDirective(item, classifier.NotDirective(scores[i]), classifier.ArgmaxIsNot(scores[i])), truth);
                }
            }
        }
        List<Score> Scores(List<int[]> counts) => names.Select((n, i) => new Score(n, counts[i][0], counts[i][1], counts[i][2])).ToList();
        return (Scores(clean), Scores(ocr), tested);
    }

    private static void Count(int[] counts, bool predicted, bool truth)
    {
        if (predicted && truth) counts[0]++;
        else if (predicted) counts[1]++;
        else if (truth) counts[2]++;
    }
}
