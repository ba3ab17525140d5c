namespace Pipeline.Ingestion;

/// <summary>A document queued for a worker: its first path in this run, content hash, size, and earlier attempts.</summary>
public sealed record WorkItem(string Path, string Sha256, long Bytes, int PreviousAttempts);
