using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Pipeline.Ingestion.State;
using Pipeline.IO;
using Pipeline.Records;

namespace Pipeline.Ingestion.Output;

/// <summary>
/// On resume, each committed record file must exist and hash to what was committed: a power cut can undo a
/// rename, and a file can be cut or edited outside the pipeline. A missing or damaged record is rebuilt from its
/// line in documents.jsonl (the same record, compact) with a warning; one that cannot be rebuilt is forgotten so
/// the run processes its document again (its journal lines are then absent too, so nothing is duplicated).
/// </summary>
public static class RecordCheck
{
    public static string Hash(string recordText) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(recordText)));

    public static List<string> Repair(StateStore store, OutputLayout layout)
    {
        var bad = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (sha, recordSha) in store.CommittedRecords())
        {
            var path = layout.RecordPath(sha);
            if (!File.Exists(path)) bad[sha] = "missing";
            else if (!Intact(path, recordSha)) bad[sha] = "damaged";
        }
        var warnings = new List<string>();
        if (bad.Count == 0) return warnings;

        var rebuilt = new HashSet<string>(StringComparer.Ordinal);
        foreach (var record in JournalRecords(layout.DocumentsJsonl, bad.Keys.ToHashSet(StringComparer.Ordinal)))
        {
            AtomicFile.Write(layout.RecordPath(record.Source.Sha256), RecordJson.Serialize(record) + "\n");
            rebuilt.Add(record.Source.Sha256);
        }
        foreach (var (sha, why) in bad.OrderBy(b => b.Key, StringComparer.Ordinal))
        {
            if (rebuilt.Contains(sha))
                warnings.Add($"records/{sha}.json was {why}: rebuilt from documents.jsonl");
            else
            {
                store.Forget(sha);
                warnings.Add($"records/{sha}.json was {why} and is not in documents.jsonl: the document is processed again");
            }
        }
        return warnings;
    }

    private static bool Intact(string path, string? recordSha)
    {
        var text = File.ReadAllText(path);
        if (recordSha is not null) return Hash(text) == recordSha;
        try { RecordJson.Deserialize(text); return true; } // committed before hashes were kept: at least whole JSON
        catch (JsonException) { return false; }
    }

    private static IEnumerable<DocumentRecord> JournalRecords(string journal, HashSet<string> wanted)
    {
        using var stream = new FileStream(journal, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
        using var reader = new StreamReader(stream, new UTF8Encoding(false));
        while (reader.ReadLine() is { } line && wanted.Count > 0)
        {
            DocumentRecord record;
            try { record = RecordJson.Deserialize(line); }
            catch (JsonException) { continue; }
            if (wanted.Remove(record.Source.Sha256)) yield return record;
        }
    }
}
