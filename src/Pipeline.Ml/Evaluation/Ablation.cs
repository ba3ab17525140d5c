using Pipeline.Evaluation;
using Pipeline.Extraction;
using Pipeline.Ml.Annotations;
using Pipeline.Ml.Noise;
using Pipeline.Ml.Training;
using Pipeline.Roles;
using Pipeline.Sources;

namespace Pipeline.Ml.Evaluation;

/// <summary>
/// Rules only vs rules + models, end to end (fields, tasks, units), cross-validated: per fold the models are
/// trained without the fold's document groups and the fold's documents are extracted both ways, on (a) the
/// corpus text, (b) a seeded noised copy of it (<see cref="NoisyDocuments.Source"/>) and, when given, (c) real
/// OCR output of the scans (<c>&lt;stem&gt;.txt</c> files in an OCR folder, read as text). Labelled OCR renderings
/// (<see cref="OcrRenderings"/>) are training data too; a fold's renderings are held out with their clean twins;
/// a scan with no text twin is scored on its OCR rendering, in the OCR slice only.
/// </summary>
public static class Ablation
{
    /// <summary>
    /// One input slice scored four ways: rules only, rules' line roles with the task models, the task models with the
    /// line-role model deciding body lines only, and all models.
    /// </summary>
    public sealed record Slice(string Name, Evaluator Rules, Evaluator TaskModels, Evaluator BodyModels, Evaluator Models)
    {
        public Slice(string name) : this(name, new(), new(), new(), new()) { }
    }

    public static List<Slice> Run(CorpusDocuments corpus, TrainingData data, int folds, TrainingOptions options, string? ocrDir = null, TextWriter? log = null)
    {
        var slices = new List<Slice> { new("text"), new("noisy text") };
        var ocr = ocrDir is not null && Directory.Exists(ocrDir) ? new Slice("OCR") : null;
        if (ocr is not null) slices.Add(ocr);

        var fold = DocumentFolds.Assign(data.LineDocuments, folds);
        var rules = corpus.Extractor.ToBuilder().UseLineRoles(r => r).UseTaskClassifiers(Pipeline.Tasks.TaskClassifiers.Rules).UseModels(null).Build();
        for (var f = 0; f < folds; f++)
        {
            var test = data.TaskDocuments.Where(d => !OcrRenderings.IsRendering(d.Stem) && fold.GetValueOrDefault(d.Stem, -1) == f).ToList();
            // A scan has no text twin: its OCR rendering is scored in the OCR slice only.
            var scans = ocr is null ? [] : data.TaskDocuments.Where(d => OcrRenderings.IsRendering(d.Stem) && fold.GetValueOrDefault(d.Stem, -1) == f
                && !data.TaskDocuments.Any(t => t.Stem == OcrRenderings.CleanStem(d.Stem))).ToList();
            if (test.Count + scans.Count == 0) continue;
            var trained = ModelTrainer.Train(data.Where(s => fold.GetValueOrDefault(s, -1) != f), options);
            var models = rules.ToBuilder().UseLineRoles(trained.Models.LineRoleClassifier).UseTaskClassifiers(trained.Models.TaskClassifiers).Build();
            var taskModels = rules.ToBuilder().UseTaskClassifiers(trained.Models.TaskClassifiers).Build();
            var bodyModels = taskModels.ToBuilder().UseLineRoles(trained.Models.BodyLineRoleClassifier).Build();
            var trainedOn = data.TaskDocuments.Count(d => fold.GetValueOrDefault(d.Stem, -1) != f);
            log?.WriteLine($"fold {f + 1}/{folds}: trained on {trainedOn} labelled documents (OCR renderings included), testing {string.Join(", ", test.Concat(scans).Select(t => t.Stem))}");
            foreach (var doc in test)
            {
                var source = corpus.ReadSource(corpus.InputPath(doc.Stem)!);
                Compare(slices[0], doc, source, rules, taskModels, bodyModels, models);
                Compare(slices[1], doc, NoisyDocuments.Source(source, NoiseSettings.Default, options.Seed), rules, taskModels, bodyModels, models);
                var ocrFile = ocr is null ? null : Path.Combine(ocrDir!, doc.Stem + ".txt");
                if (ocr is not null && File.Exists(ocrFile))
                    Compare(ocr, doc, corpus.ReadSource(ocrFile), rules, taskModels, bodyModels, models);
            }
            foreach (var scan in scans)
            {
                var ocrFile = Path.Combine(ocrDir!, OcrRenderings.CleanStem(scan.Stem) + ".txt");
                if (File.Exists(ocrFile)) Compare(ocr!, scan with { Stem = OcrRenderings.CleanStem(scan.Stem) }, corpus.ReadSource(ocrFile), rules, taskModels, bodyModels, models);
            }
        }
        return slices;
    }

    private static void Compare(Slice slice, TaskExamples.LabelledDocument doc, SourceDocument source, DocumentExtractor rules, DocumentExtractor taskModels, DocumentExtractor bodyModels, DocumentExtractor models)
    {
        slice.Rules.Add(doc.Stem, doc.Expected, rules.Extract(source));
        slice.TaskModels.Add(doc.Stem, doc.Expected, taskModels.Extract(source));
        slice.BodyModels.Add(doc.Stem, doc.Expected, bodyModels.Extract(source));
        slice.Models.Add(doc.Stem, doc.Expected, models.Extract(source));
    }
}
