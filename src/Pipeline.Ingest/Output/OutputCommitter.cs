using System.Text.Json;
using Pipeline.Ingestion.Delivery;
using Pipeline.Ingestion.State;
using Pipeline.IO;
using Pipeline.Records;

namespace Pipeline.Ingestion.Output;

/// <summary>
/// Writes one finished document's outputs, in an order that makes a crash at any point harmless:
/// record and status files by temp + rename (whole or absent), journal lines appended, then one database
/// transaction that marks the document done with the journals' new lengths and queues its delivery.
/// Until that commit the document counts as unfinished; the next run redoes it, overwriting the files and
/// cutting the journals back first, so nothing is duplicated. Runs on a single thread.
/// </summary>
public sealed class OutputCommitter(OutputLayout layout, StateStore store, JsonlJournal documents, JsonlJournal tasks, EngineInfo engine, Uri? webhook)
{
    public void Commit(ProcessedDocument d)
    {
        if (d.Sha256 is not { } sha)
        {
            if (d.Status == DocumentStatus.Failed) CommitPathFailure(d);
            return;
        }
        if (d.Status == DocumentStatus.Skipped)
        {
            AddNewPaths(sha);
            return;
        }
        var record = d.Record;
        var compact = record is null ? null : JsonSerializer.Serialize(record, RecordJson.Compact);
        var recordText = record is null ? null : RecordJson.Serialize(record) + "\n";
        if (recordText is not null) AtomicFile.Write(layout.RecordPath(sha), recordText);
        else File.Delete(layout.RecordPath(sha)); // left by an attempt that crashed before its commit

        var status = new StatusRecord(sha, Path.GetFileName(d.Path), store.PathsOf(sha), d.Status.Name(), d.Error, d.Warnings,
            record?.Source.Pages, record?.Tasks.Count, d.Bytes, d.TimingsMs, engine,
            record?.SchemaVersion ?? DocumentRecord.CurrentSchemaVersion, d.Attempts, DateTimeOffset.UtcNow);
        var statusJson = JsonSerializer.Serialize(status, RecordJson.Indented);
        AtomicFile.Write(layout.StatusPath(sha), statusJson + "\n");

        var lengths = new Dictionary<string, long>();
        OutboxItem? delivery = null;
        if (record is not null)
        {
            lengths[documents.Name] = documents.Append([compact!]);
            lengths[tasks.Name] = tasks.Append(record.Tasks.Select(t => RecordJson.TaskLine(record, t)));
            if (webhook is not null) delivery = new OutboxItem(0, webhook.ToString(), DeliveryKey.For(record), sha, compact!, 0);
        }
        store.CommitDocument(status, statusJson, lengths, delivery, recordText is null ? null : RecordCheck.Hash(recordText));
    }

    /// <summary>A path that failed before hashing: its status file and row are keyed by the path, so later runs know it.</summary>
    private void CommitPathFailure(ProcessedDocument d)
    {
        var status = new StatusRecord(null, Path.GetFileName(d.Path), [d.Path], d.Status.Name(), d.Error, d.Warnings, null, null, d.Bytes,
            d.TimingsMs, engine, DocumentRecord.CurrentSchemaVersion, d.Attempts, DateTimeOffset.UtcNow);
        var statusJson = JsonSerializer.Serialize(status, RecordJson.Indented);
        AtomicFile.Write(layout.PathStatusPath(d.Path), statusJson + "\n");
        store.CommitPathFailure(status, d.Path, statusJson);
    }

    /// <summary>
    /// A copy met after its content was committed (later in this run, or a file added to the archive since)
    /// joins the status record's paths, so the status lists every name the document goes by. Written only
    /// when the paths changed: a resume over a large archive rewrites nothing.
    /// </summary>
    private void AddNewPaths(string sha)
    {
        if (store.StatusJson(sha) is not { } json) return; // not committed yet: its commit will list the path
        var status = JsonSerializer.Deserialize<StatusRecord>(json, RecordJson.Indented)!;
        var paths = store.PathsOf(sha);
        if (paths.SequenceEqual(status.Paths)) return;
        var updated = JsonSerializer.Serialize(status with { Paths = paths }, RecordJson.Indented);
        AtomicFile.Write(layout.StatusPath(sha), updated + "\n");
        store.UpdateStatusJson(sha, updated);
    }
}
