using Pipeline.Extraction;
using Pipeline.Ingestion;
using Pipeline.Tests.Support;

namespace Pipeline.Tests.Ingest;

/// <summary>Runs the ingestion engine in-process and reads back what it wrote.</summary>
internal static class IngestRun
{
    /// <summary>The four document folders of the corpus (the scans need OCR, not built yet).</summary>
    public static readonly string[] CorpusSources =
        ["seeds", "text", "docx", "pdf"];

    public static string[] CorpusPaths() => CorpusSources.Select(s => Repo.Path("corpus", s)).ToArray();

    /// <summary>How many readable inputs the folders hold: what a complete run must record, once each.</summary>
    public static int InputCount(IEnumerable<string> folders) => folders
        .SelectMany(f => Directory.EnumerateFiles(f, "*", SearchOption.AllDirectories))
        .Count(f => Pipeline.Sources.SourceReaders.KnownExtensions.Contains(Path.GetExtension(f)) && !Path.GetFileName(f).StartsWith("README", StringComparison.OrdinalIgnoreCase));

    public static string TempDir(string name) => Directory.CreateTempSubdirectory($"pipeline-{name}-").FullName;

    public static (RunSummary Summary, Recorder Events) Run(IngestOptions options, DocumentExtractor? extractor = null)
    {
        var recorder = new Recorder();
        var summary = new IngestEngine(extractor ?? Full.Value.Extractor).RunAsync(options, recorder).GetAwaiter().GetResult();
        return (summary, recorder);
    }

    /// <summary>The CLI's own composition (typed readers and OCR), so in-process runs match the child processes.</summary>
    public static readonly Lazy<Pipeline.Cli.Composition> Full = new(() => new Pipeline.Cli.Composition());

    /// <summary>One uninterrupted single-process run over the corpus, made once and shared by the tests that compare against it.</summary>
    public static readonly Lazy<string> Reference = new(() =>
    {
        var dir = TempDir("reference");
        var (summary, _) = Run(new IngestOptions { Sources = CorpusPaths(), OutDir = dir, Jobs = 2 }, Full.Value.Extractor);
        Assert.Equal(0, summary.Failed);
        return dir;
    });

    /// <summary>The records written, each checked against the contract (and so is every status record beside them).</summary>
    public static SortedDictionary<string, string> Records(string outDir)
    {
        var records = new SortedDictionary<string, string>(Directory.GetFiles(Path.Combine(outDir, "records")).ToDictionary(f => Path.GetFileName(f)!, File.ReadAllText), StringComparer.Ordinal);
        foreach (var (name, json) in records) SchemaCheck.AssertValid(SchemaCheck.Document, json, name);
        var statusDir = Path.Combine(outDir, "status");
        if (Directory.Exists(statusDir))
            foreach (var status in Directory.GetFiles(statusDir, "*.json")) SchemaCheck.AssertValid(SchemaCheck.Status, File.ReadAllText(status), status);
        return records;
    }

    /// <summary>A journal's lines, each checked against its schema (documents.jsonl: records, tasks.jsonl: task lines).</summary>
    public static string[] Lines(string outDir, string jsonl)
    {
        var lines = File.ReadAllLines(Path.Combine(outDir, jsonl));
        var schema = jsonl == "tasks.jsonl" ? SchemaCheck.Task : jsonl == "documents.jsonl" ? SchemaCheck.Document : null;
        if (schema is not null) foreach (var line in lines) SchemaCheck.AssertValid(schema, line);
        return lines;
    }

    public static string[] TempFiles(string outDir) =>
        Directory.GetFiles(outDir, "*.tmp-*", SearchOption.AllDirectories);

    public sealed class Recorder : IIngestObserver
    {
        public List<ProcessedDocument> Documents { get; } = [];
        public int Inputs { get; private set; }
        public RunProgress? Last { get; private set; }

        public void Started(int inputs, ShardSpec shard) => Inputs = inputs;

        public void Finished(ProcessedDocument document, RunProgress progress)
        {
            Documents.Add(document);
            Last = progress;
        }

        public void Completed(RunSummary summary) { }
    }
}
