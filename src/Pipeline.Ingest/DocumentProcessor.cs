using System.Diagnostics;
using Pipeline.Extraction;
using Pipeline.Ingestion.Guards;
using Pipeline.Sources;

namespace Pipeline.Ingestion;

/// <summary>
/// One document through the limits and the extractor: size cap, read, header guards, extraction with stage
/// timings under the watchdog, page cap; every failure becomes a status with a code, never an exception.
/// </summary>
public sealed class DocumentProcessor(DocumentExtractor extractor, IngestLimits limits, TimeSpan delayPerDocument = default) : IDocumentProcessor
{
    public async Task<ProcessedDocument> ProcessAsync(WorkItem item, CancellationToken runToken)
    {
        var started = Stopwatch.GetTimestamp();
        var timings = new StageTimings();
        var attempts = item.PreviousAttempts + 1;
        try
        {
            if (delayPerDocument > TimeSpan.Zero) await Task.Delay(delayPerDocument, runToken).ConfigureAwait(false);
            if (item.Bytes > limits.MaxBytes)
                throw new SourceException($"the file is {item.Bytes / (1024.0 * 1024):0.#} MB, over the {limits.MaxBytes / (1024.0 * 1024):0.#} MB limit (--max-bytes)") { Code = "too-large" };

            var record = await Watchdog.RunAsync(token =>
            {
                var file = timings.Time("load", () => SourceFile.Load(item.Path));
                if (file.Sha256 != item.Sha256)
                    throw new SourceException("the file changed while the run was going on (its hash differs from when it was listed)") { Code = "changed" };
                timings.Time("guard", () => { InputGuard.Check(file, limits); return 0; });
                return extractor.Extract(file, timings, source => InputGuard.CheckPages(source, limits), token);
            }, limits.Timeout, runToken).ConfigureAwait(false);

            timings.Add("total", Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            return new ProcessedDocument(item.Path, item.Sha256, item.Bytes, OutcomeRules.Judge(record), record, null,
                record.Warnings, timings.Milliseconds, attempts);
        }
        catch (OperationCanceledException) when (runToken.IsCancellationRequested)
        {
            throw; // the run is stopping: the document stays unfinished and is done next run
        }
        catch (Exception e)
        {
            timings.Add("total", Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            return new ProcessedDocument(item.Path, item.Sha256, item.Bytes, DocumentStatus.Failed, null, ErrorMapping.From(e),
                [], timings.Milliseconds, attempts);
        }
    }

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;
}
