using Pipeline.Records;

namespace Pipeline.Ingestion;

/// <summary>
/// What a worker hands the committer: the outcome for one input. Skipped inputs come straight from the
/// producer with a reason and no record.
/// </summary>
public sealed record ProcessedDocument(
    string Path,
    string? Sha256,
    long Bytes,
    DocumentStatus Status,
    DocumentRecord? Record,
    ErrorInfo? Error,
    IReadOnlyList<string> Warnings,
    IReadOnlyDictionary<string, double> TimingsMs,
    int Attempts,
    string? SkipReason = null)
{
    public int Pages => Record?.Source.Pages ?? 0;

    public double TotalMs => TimingsMs.GetValueOrDefault("total");
}
