using System.Security.Cryptography;
using System.Text;
using Pipeline.Ml.Annotations;
using Pipeline.Ml.Noise;

namespace Pipeline.Ml.Training;

/// <summary>
/// Everything a training run reads: the line-role annotations and the labelled records (expected records and
/// clerks' corrections), with their inputs read and prepared. <see cref="Include"/> restricts it to some stems
/// (cross-validation folds, small test subsets).
/// </summary>
public sealed class TrainingData
{
    public required List<AnnotatedDocument> LineDocuments { get; init; }
    public required List<TaskExamples.LabelledDocument> TaskDocuments { get; init; }
    public required List<string> Files { get; init; }

    /// <summary>The extractor whose vocabulary and rules the examples are built with (the corpus's).</summary>
    public required Extraction.DocumentExtractor Extractor { get; init; }

    public static TrainingData Load(CorpusDocuments corpus, Func<string, bool>? include = null)
    {
        var lineDocs = AnnotationSet.Load(corpus, include).Select(l => l.Document).ToList();
        var taskDocs = new List<TaskExamples.LabelledDocument>();
        var files = new List<string>();
        foreach (var stem in corpus.StemsWithRecords())
        {
            if (include is not null && !include(stem)) continue;
            var prepared = lineDocs.FirstOrDefault(d => d.Stem == stem)?.Prepared ?? corpus.TryPrepare(corpus.InputPath(stem)!);
            if (prepared is null) continue; // a scan: learnt from its OCR rendering below, when it has one
            taskDocs.Add(new TaskExamples.LabelledDocument(stem, prepared, corpus.Expected(stem)!));
            files.Add(corpus.ExpectedPath(stem)!);
        }
        // A labelled OCR rendering is scored against its clean twin's record: the same tasks, read through real noise.
        foreach (var rendering in lineDocs.Where(d => OcrRenderings.IsRendering(d.Stem)))
            if (corpus.Expected(OcrRenderings.CleanStem(rendering.Stem)) is { } record)
            {
                taskDocs.Add(new TaskExamples.LabelledDocument(rendering.Stem, rendering.Prepared, record));
                files.Add(Path.Combine(corpus.OcrDir, OcrRenderings.CleanStem(rendering.Stem) + ".txt"));
            }
        files.AddRange(lineDocs.Select(d => Path.Combine(corpus.AnnotationsDir, d.Stem + ".tsv")));
        return new TrainingData { LineDocuments = lineDocs, TaskDocuments = taskDocs, Files = files.Order(StringComparer.Ordinal).ToList(), Extractor = corpus.Extractor };
    }

    public TrainingData Where(Func<string, bool> include) => new()
    {
        LineDocuments = LineDocuments.Where(d => include(d.Stem)).ToList(),
        TaskDocuments = TaskDocuments.Where(d => include(d.Stem)).ToList(),
        Files = Files,
        Extractor = Extractor,
    };

    /// <summary>SHA-256 over the training files' names and bytes and the options: equal hash, equal models.</summary>
    public string Hash(TrainingOptions options, string root)
    {
        using var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var file in Files)
        {
            sha.AppendData(Encoding.UTF8.GetBytes(Path.GetRelativePath(root, file).Replace('\\', '/') + "\n"));
            sha.AppendData(File.ReadAllBytes(file));
        }
        sha.AppendData(Encoding.UTF8.GetBytes(options.ToString()));
        return Convert.ToHexStringLower(sha.GetHashAndReset());
    }

    /// <summary>Task documents with seeded noised copies added, so the task models also see OCR-like text.</summary>
    public IEnumerable<TaskExamples.LabelledDocument> TaskDocumentsWithNoise(TrainingOptions options)
    {
        foreach (var doc in TaskDocuments)
        {
            yield return doc;
            if (OcrRenderings.IsRendering(doc.Stem)) continue; // already real noise
            var rng = new Random(NoisyDocuments.SeedFor(doc.Stem, options.Seed + 7));
            for (var copy = 0; copy < options.NoisyCopies; copy++)
            {
                var roles = doc.Prepared.Lines.Select(_ => Pipeline.Roles.LineRole.Body).ToList();
                var (lines, _) = NoisyDocuments.Labelled(doc.Prepared.Lines, roles, NoiseSettings.Default, rng);
                yield return doc with { Prepared = doc.Prepared with { Lines = lines } };
            }
        }
    }
}
