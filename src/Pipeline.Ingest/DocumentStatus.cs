namespace Pipeline.Ingestion;

/// <summary>
/// What became of one document in a run. Ok: record written. Partial: record written, but the reader left
/// pages out or nothing was recognised — worth a look. Failed: no record; the status says why.
/// Skipped: not processed in this run (already done, failed earlier without --retry-failed, or a copy of
/// another input's content).
/// </summary>
public enum DocumentStatus { Ok, Partial, Failed, Skipped }

public static class DocumentStatusNames
{
    public static string Name(this DocumentStatus status) => status switch
    {
        DocumentStatus.Ok => "ok",
        DocumentStatus.Partial => "partial",
        DocumentStatus.Failed => "failed",
        _ => "skipped",
    };

    public static DocumentStatus Parse(string name) => name switch
    {
        "ok" => DocumentStatus.Ok,
        "partial" => DocumentStatus.Partial,
        "failed" => DocumentStatus.Failed,
        _ => DocumentStatus.Skipped,
    };
}
