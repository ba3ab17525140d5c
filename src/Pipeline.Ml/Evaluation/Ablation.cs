using Pipeline.Evaluation;
using Pipeline.Extraction;
using Pipeline.Ml.Annotations;
using Pipeline.Ml.Noise;
using Pipeline.Ml.Tasks;
using Pipeline.Ml.Training;
using Pipeline.Records;
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

        /// <summary>
        /// The same four extractions per rendering class of the file read (corpus/catalog.tsv, as <c>eval</c> groups the
        /// development set): held-out figures per rendering, which the in-sample development figures cannot give.
        /// </summary>
        public SortedDictionary<string, Slice> ByRendering { get; } = new(StringComparer.Ordinal);

        /// <summary>The same per level/branch of the catalog (province/state, central/party …).</summary>
        public SortedDictionary<string, Slice> ByLevel { get; } = new(StringComparer.Ordinal);

        internal void Add(string stem, DocumentRecord expected, DocumentRecord rules, DocumentRecord taskModels, DocumentRecord bodyModels, DocumentRecord models)
        {
            Rules.Add(stem, expected, rules);
            TaskModels.Add(stem, expected, taskModels);
            BodyModels.Add(stem, expected, bodyModels);
            Models.Add(stem, expected, models);
        }
    }

    public static List<Slice> Run(CorpusDocuments corpus, TrainingData data, int folds, TrainingOptions options, string? ocrDir = null, TextWriter? log = null)
    {
        var catalog = new AblationCatalog(corpus);
        var slices = new List<Slice> { new("text"), new("noisy text") };
        var ocr = ocrDir is not null && Directory.Exists(ocrDir) ? new Slice("OCR") : null;
        if (ocr is not null) slices.Add(ocr);
        // The OCR renderings once more with the other setting of DirectivePolicy.VetoesRecognisedText: the held-out
        // figures the setting was chosen by, before and after, in one run.
        var variant = DirectivePolicy.Default with { VetoesRecognisedText = !DirectivePolicy.Default.VetoesRecognisedText };
        var ocrVariant = ocr is null ? null : new Slice($"OCR, {(variant.VetoesRecognisedText ? "model vetoes OCR items" : "rules decide OCR items")}");
        if (ocrVariant is not null) slices.Add(ocrVariant);

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
            var variantTasks = rules.ToBuilder().UseTaskClassifiers(trained.Models.TaskClassifiersWith(variant)).Build();
            DocumentExtractor[] others = [rules, variantTasks, variantTasks.ToBuilder().UseLineRoles(trained.Models.BodyLineRoleClassifier).Build(),
                variantTasks.ToBuilder().UseLineRoles(trained.Models.LineRoleClassifier).Build()];
            var trainedOn = data.TaskDocuments.Count(d => fold.GetValueOrDefault(d.Stem, -1) != f);
            log?.WriteLine($"fold {f + 1}/{folds}: trained on {trainedOn} labelled documents (OCR renderings included), testing {string.Join(", ", test.Concat(scans).Select(t => t.Stem))}");
            foreach (var doc in test)
            {
                var source = corpus.ReadSource(corpus.InputPath(doc.Stem)!);
                var input = corpus.InputPath(doc.Stem)!;
                var entry = catalog.Find(input);
                Compare(slices[0], entry, doc, source, rules, taskModels, bodyModels, models);
                Compare(slices[1], entry, doc, NoisyDocuments.Source(source, NoiseSettings.Default, options.Seed), rules, taskModels, bodyModels, models);
                var ocrFile = ocr is null ? null : Path.Combine(ocrDir!, doc.Stem + ".txt");
                if (ocr is not null && File.Exists(ocrFile))
                {
                    var recognised = Recognised(corpus.ReadSource(ocrFile));
                    Compare(ocr, catalog.Find(ocrFile, input), doc, recognised, rules, taskModels, bodyModels, models);
                    Compare(ocrVariant!, catalog.Find(ocrFile, input), doc, recognised, others[0], others[1], others[2], others[3]);
                }
            }
            foreach (var scan in scans)
            {
                var stem = OcrRenderings.CleanStem(scan.Stem);
                var ocrFile = Path.Combine(ocrDir!, stem + ".txt");
                if (!File.Exists(ocrFile)) continue;
                var recognised = Recognised(corpus.ReadSource(ocrFile));
                Compare(ocr!, catalog.Find(ocrFile, corpus.InputPath(stem)), scan with { Stem = stem }, recognised, rules, taskModels, bodyModels, models);
                Compare(ocrVariant!, catalog.Find(ocrFile, corpus.InputPath(stem)), scan with { Stem = stem }, recognised, others[0], others[1], others[2], others[3]);
            }
        }
        return slices;
    }

    private static void Compare(Slice slice, CorpusCatalog.Entry? entry, TaskExamples.LabelledDocument doc, SourceDocument source, DocumentExtractor rules, DocumentExtractor taskModels, DocumentExtractor bodyModels, DocumentExtractor models)
    {
        DocumentRecord[] records = [rules.Extract(source), taskModels.Extract(source), bodyModels.Extract(source), models.Extract(source)];
        var rendering = entry?.Rendering ?? AblationCatalog.NotInCatalog;
        var level = entry is null ? AblationCatalog.NotInCatalog : $"{entry.Level}/{entry.Branch}";
        foreach (var s in new[] { slice, Group(slice.ByRendering, rendering), Group(slice.ByLevel, level) })
            s.Add(doc.Stem, doc.Expected, records[0], records[1], records[2], records[3]);
    }

    /// <summary>
    /// An OCR rendering read from its .txt file as what it is, text recognised from an image (<see cref="LineOrigin.Ocr"/>),
    /// so the extractors treat it as they treat a scan: the field repairs and DirectivePolicy.VetoesRecognisedText apply.
    /// </summary>
    public static SourceDocument Recognised(SourceDocument source) =>
        source with { Pages = [.. source.Pages.Select(p => p with { Origin = LineOrigin.Ocr })] };

    private static Slice Group(SortedDictionary<string, Slice> groups, string key)
    {
        if (!groups.TryGetValue(key, out var s)) groups[key] = s = new Slice(key);
        return s;
    }
}
