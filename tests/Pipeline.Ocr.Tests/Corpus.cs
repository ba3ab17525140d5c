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

    /// <summary>doc_id → the transcription corrected against the scan (corpus/text; corpus/README.md lists the corrections).</summary>
    public static IReadOnlyDictionary<string, string> CorrectedTranscriptions { get; } = new Dictionary<string, string>
    {
        ["real_hanoi_tb_453_flag"] = "04_", ["real_cv_3722_metro"] = "18_", ["real_hanoi_qd_2280_water"] = "19_",
        ["real_qd_729_ttg"] = "20_", ["real_nq_115_ba_vi"] = "21_", ["real_hanoi_kh_173_festival"] = "22_",
        ["real_qd_707_ttg"] = "23_", ["real_tt_21_bct_fuel"] = "24_", ["real_tt_37_bca_vehicle"] = "25_",
    }.ToDictionary(p => p.Key, p => File.ReadAllText(Directory.GetFiles(Path.Combine(Root, "corpus", "text"), p.Value + "*.txt").Single()));

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
