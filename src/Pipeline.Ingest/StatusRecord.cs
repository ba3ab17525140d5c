namespace Pipeline.Ingestion;

/// <summary>
/// The per-document status an archivist reads to find and re-run what failed: kept in the state database
/// and written as DIR/status/&lt;sha256&gt;.json. Names are camelCase on disk like the records.
/// </summary>
/// <param name="Sha256">The content's hash; null for a path that failed before it could be hashed (its status is keyed by the path).</param>
/// <param name="Paths">Every path seen with this content (copies included), as far as known at commit.</param>
/// <param name="TimingsMs">Milliseconds per stage: guard, read, prepare, roles, fields, tasks, record, total.</param>
/// <param name="Attempts">How many runs have processed this document (a retried failure counts again).</param>
public sealed record StatusRecord(
    string? Sha256,
    string File,
    IReadOnlyList<string> Paths,
    string Status,
    ErrorInfo? Error,
    IReadOnlyList<string> Warnings,
    int? Pages,
    int? Tasks,
    long Bytes,
    IReadOnlyDictionary<string, double> TimingsMs,
    EngineInfo Engine,
    string SchemaVersion,
    int Attempts,
    DateTimeOffset FinishedAt);

/// <summary>Which code made a record: engine build, line-role classifier, readers — so a later, better build can re-run exactly the affected documents.</summary>
public sealed record EngineInfo(string Name, string Version, string LineRoles, IReadOnlyList<string> Readers);
