using System.Text.Json;
using Pipeline.Records;

namespace Pipeline.Ingestion.Isolation;

/// <summary>
/// What parent and worker say over the worker's stdin and stdout: one JSON object per line, a request for each
/// document and a reply with its outcome. Only these lines go to the worker's stdout; everything else it prints
/// goes to stderr, so a library writing to the console cannot garble the channel.
/// </summary>
public static class WorkerProtocol
{
    /// <summary>The worker's first line, once its extractor is loaded: the document clock starts after it.</summary>
    public const string Ready = "{\"ready\":true}";

    public sealed record Request(long Id, string Path, string Sha256, long Bytes, int PreviousAttempts);

    /// <param name="Record">The record as compact JSON (records round-trip exactly), null when the document failed.</param>
    /// <param name="Recycle">The worker asks to be replaced: a reader it abandoned may still hold a thread and memory.</param>
    public sealed record Reply(long Id, string Status, string? Record, ErrorInfo? Error, IReadOnlyList<string> Warnings,
        IReadOnlyDictionary<string, double> TimingsMs, int Attempts, bool Recycle);

    public static string Line(Request request) => JsonSerializer.Serialize(request, RecordJson.Compact);

    public static string Line(Reply reply) => JsonSerializer.Serialize(reply, RecordJson.Compact);

    public static Request? ParseRequest(string line) => JsonSerializer.Deserialize<Request>(line, RecordJson.Compact);

    public static Reply? ParseReply(string line) => JsonSerializer.Deserialize<Reply>(line, RecordJson.Compact);

    public static Reply ToReply(long id, ProcessedDocument d) => new(id, d.Status.Name(),
        d.Record is null ? null : JsonSerializer.Serialize(d.Record, RecordJson.Compact), d.Error, d.Warnings, d.TimingsMs, d.Attempts,
        Recycle: d.Error?.Code is "timeout" or "out-of-memory");

    public static ProcessedDocument ToDocument(WorkItem item, Reply r) => new(item.Path, item.Sha256, item.Bytes,
        DocumentStatusNames.Parse(r.Status), r.Record is null ? null : RecordJson.Deserialize(r.Record), r.Error, r.Warnings, r.TimingsMs, r.Attempts);
}
