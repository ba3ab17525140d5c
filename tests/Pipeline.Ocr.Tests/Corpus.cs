using System.Text.Json;

namespace Pipeline.Ocr.Tests;

/// <summary>Paths to the committed scans and their hand-checked transcriptions.</summary>
internal static class Corpus
{
    public static string Root { get; } = FindRoot();

    public static string Scans => Path.Combine(Root, "corpus", "scans");

    public static string Scan(string name) => Path.Combine(Scans, name);

    /// <summary>doc_id → transcription of page 1, from nomvn-real-metadata.jsonl.</summary>
    public static IReadOnlyDictionary<string, string> Transcriptions { get; } = File
        .ReadLines(Path.Combine(Scans, "nomvn-real-metadata.jsonl"))
        .Where(l => l.Trim().Length > 0)
        .Select(l => JsonDocument.Parse(l).RootElement)
        .ToDictionary(e => e.GetProperty("doc_id").GetString()!, e => e.GetProperty("text").GetString()!);

    /// <summary>The transcribed page images, doc_id and path.</summary>
    public static IEnumerable<(string Id, string Path)> TranscribedPages =>
        Transcriptions.Keys.Order().Select(id => (id, Scan(id + "_p1.png")));

    private static string FindRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Pipeline.sln"))) dir = dir.Parent;
        return dir?.FullName ?? throw new InvalidOperationException("Pipeline.sln not found above " + AppContext.BaseDirectory);
    }
}
