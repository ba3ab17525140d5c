namespace Pipeline.Ingestion;

/// <summary>
/// Takes one queued document to its outcome: in this process (<see cref="DocumentProcessor"/>) or in a pool of
/// worker processes (<see cref="Isolation.IsolatedDocumentProcessor"/>). Never throws for a bad document: every
/// failure is a status with a code; only the run's own cancellation escapes.
/// </summary>
public interface IDocumentProcessor : IAsyncDisposable
{
    Task<ProcessedDocument> ProcessAsync(WorkItem item, CancellationToken runToken);
}
