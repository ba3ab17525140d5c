using Pipeline.Extraction;
using System.Diagnostics;
using Pipeline.Ml.Annotations;
using Pipeline.Ml.Training;

namespace Pipeline.Cli.Commands;

/// <summary>`pipeline train`: rebuilds every model from the annotations and labelled records into models/.</summary>
public static class TrainCommand
{
    public static int Run(string corpusDir, DocumentExtractor extractor, string outDir, TextWriter stdout)
    {
        var watch = Stopwatch.StartNew();
        var corpus = new CorpusDocuments(corpusDir, extractor);
        var data = TrainingData.Load(corpus);
        var options = TrainingOptions.Default;
        var trained = ModelTrainer.Train(data, options);
        var root = Path.GetDirectoryName(Path.GetFullPath(corpusDir).TrimEnd(Path.DirectorySeparatorChar))!;
        var manifest = new ModelManifest(data.Hash(options, root), DateTime.UtcNow.ToString("yyyy-MM-ddTHH:mm:ssZ", System.Globalization.CultureInfo.InvariantCulture), options, trained.Entries,
            data.Files.Select(f => Path.GetRelativePath(root, f).Replace('\\', '/')).ToList());
        ModelStore.Save(outDir, trained, manifest);
        foreach (var e in trained.Entries)
            stdout.WriteLine($"{e.File}: {e.Rows} rows, {e.Classes.Count} classes, training accuracy {e.TrainingAccuracy:P1}");
        stdout.WriteLine($"data hash {manifest.DataHash}; {data.LineDocuments.Count} annotated documents, {data.TaskDocuments.Count} labelled records; written to {outDir} ({watch.Elapsed.TotalSeconds:F0} s)");
        return ExitCodes.Ok;
    }
}
