using Pipeline.Lines;
using Pipeline.Ml.Annotations;
using Pipeline.Ml.Noise;
using Pipeline.Ml.Roles;
using Pipeline.Ml.Training;
using Pipeline.Roles;

namespace Pipeline.Ml.Evaluation;

/// <summary>
/// Cross-validated line-role scores by document group (<see cref="DocumentFolds"/>): per fold, a model is
/// trained on the other folds' documents (and their noised copies) and the held-out documents are classified by
/// the rules, the model alone, and rules + model, on their clean text and on a seeded noised copy. Labelled OCR
/// renderings (<see cref="OcrRenderings"/>) are scored on their own, as the real-noise slice.
/// </summary>
public sealed class LineRoleCrossValidation
{
    public sealed record Result(
        RoleScores RulesClean, RoleScores ModelClean, RoleScores CombinedClean,
        RoleScores RulesNoisy, RoleScores ModelNoisy, RoleScores CombinedNoisy,
        RoleScores RulesOcr, RoleScores ModelOcr, RoleScores CombinedOcr, int Folds, int Documents, int OcrDocuments);

    public static Result Run(IReadOnlyList<AnnotatedDocument> docs, int folds, TrainingOptions options, RuleLineRoleClassifier rules)
    {
        var fold = DocumentFolds.Assign(docs, folds);
        var r = new Result(new(), new(), new(), new(), new(), new(), new(), new(), new(), folds,
            docs.Count(d => !OcrRenderings.IsRendering(d.Stem)), docs.Count(d => OcrRenderings.IsRendering(d.Stem)));
        for (var f = 0; f < folds; f++)
        {
            var train = docs.Where(d => fold[d.Stem] != f).ToList();
            var test = docs.Where(d => fold[d.Stem] == f).ToList();
            if (test.Count == 0) continue;
            var model = new ModelLineRoleClassifier(MulticlassModel.Train(LineRoleExamples.Build(train, rules.Recognizer, options.NoisyCopies, options.Seed), Features.LineFeatures.Length, options.Iterations), rules.Recognizer);
            var combined = new CombinedLineRoleClassifier(rules, model, options.CombineThreshold, options.DefaultRoleThreshold);
            foreach (var doc in test)
            {
                var ocr = OcrRenderings.IsRendering(doc.Stem);
                Score(doc.Prepared, doc.Roles, rules, ocr ? r.RulesOcr : r.RulesClean);
                Score(doc.Prepared, doc.Roles, model, ocr ? r.ModelOcr : r.ModelClean);
                Score(doc.Prepared, doc.Roles, combined, ocr ? r.CombinedOcr : r.CombinedClean);
                if (ocr) continue; // real noise already; no seeded copy
                var rng = new Random(NoisyDocuments.SeedFor(doc.Stem, options.Seed + 1000));
                var (lines, roles) = NoisyDocuments.Labelled(doc.Prepared.Lines, doc.Roles, NoiseSettings.Default, rng);
                var noisy = doc.Prepared with { Lines = lines };
                Score(noisy, roles, rules, r.RulesNoisy);
                Score(noisy, roles, model, r.ModelNoisy);
                Score(noisy, roles, combined, r.CombinedNoisy);
            }
        }
        return r;
    }

    private static void Score(PreparedDocument doc, IReadOnlyList<LineRole> gold, ILineRoleClassifier classifier, RoleScores scores)
    {
        var roled = classifier.Classify(doc);
        for (var i = 0; i < gold.Count; i++)
        {
            if (AnnotationSet.IsUnknown(gold[i]) || doc.Lines[i].IsBlank) continue;
            scores.Add(gold[i].ToString(), roled.Lines[i].Role.ToString());
        }
    }
}
