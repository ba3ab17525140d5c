using Pipeline.Extraction;
using Pipeline.Ingestion.Isolation;

namespace Pipeline.Ingestion;

/// <summary>Picks how documents are processed: in worker processes when a launch is given, else in this process (debugging, tests with a custom extractor).</summary>
public static class DocumentProcessors
{
    public static IDocumentProcessor Create(DocumentExtractor extractor, IngestLimits limits, WorkerLaunch? workers, TimeSpan delayPerDocument = default) =>
        workers is null ? new DocumentProcessor(extractor, limits, delayPerDocument) : new IsolatedDocumentProcessor(workers, limits);
}
