using System.Diagnostics;
using System.Threading.Channels;
using Pipeline.Ingestion;

namespace Pipeline.Cli.Commands.Extract;

/// <summary>
/// Runs documents through ingest's per-document processing (<see cref="DocumentProcessor"/>: size and page
/// limits, header guards, the watchdog's timeout), <c>jobs</c> at a time, and hands the outcomes to
/// <paramref name="commit"/> on one thread in input order, so the outputs are the same whatever the number
/// of jobs. At most 2 × jobs documents are in flight, so memory stays bounded however many inputs there are.
/// </summary>
public sealed class ExtractRun(IDocumentProcessor processor, int jobs)
{
    public async Task<RunSummary> RunAsync(IReadOnlyList<ExtractInput> inputs, Action<int, ProcessedDocument> commit, IIngestObserver observer, CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        int ok = 0, partial = 0, failed = 0, skipped = 0;
        long pages = 0;
        var failures = new List<ProcessedDocument>();
        observer.Started(inputs.Count, ShardSpec.All);

        using var slots = new SemaphoreSlim(jobs);
        var inFlight = Channel.CreateBounded<Task<ProcessedDocument>>(new BoundedChannelOptions(jobs * 2) { SingleReader = true, SingleWriter = true });
        var producer = Task.Run(async () =>
        {
            try
            {
                foreach (var input in inputs)
                {
                    await slots.WaitAsync(cancellationToken).ConfigureAwait(false);
                    var document = Task.Run(async () =>
                    {
                        try { return await ProcessAsync(input, cancellationToken).ConfigureAwait(false); }
                        finally { slots.Release(); }
                    }, CancellationToken.None);
                    await inFlight.Writer.WriteAsync(document, cancellationToken).ConfigureAwait(false);
                }
            }
            finally { inFlight.Writer.TryComplete(); }
        }, CancellationToken.None);

        var interrupted = false;
        var index = 0;
        try
        {
            await foreach (var pending in inFlight.Reader.ReadAllAsync(cancellationToken).ConfigureAwait(false))
            {
                var done = await pending.ConfigureAwait(false);
                commit(index++, done);
                switch (done.Status)
                {
                    case DocumentStatus.Ok: ok++; break;
                    case DocumentStatus.Partial: partial++; break;
                    case DocumentStatus.Failed: failed++; failures.Add(done); break;
                    default: skipped++; break;
                }
                pages += done.Pages;
                observer.Finished(done, new RunProgress(index, inputs.Count, pages, clock.Elapsed));
            }
            await producer.ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested) { interrupted = true; }

        var summary = new RunSummary(ok, partial, failed, skipped, pages, clock.Elapsed, PeakMemory.Bytes(), 0, 0, interrupted, failures);
        observer.Completed(summary);
        return summary;
    }

    private async Task<ProcessedDocument> ProcessAsync(ExtractInput input, CancellationToken cancellationToken)
    {
        string sha;
        try { sha = ContentHash.OfFile(input.Path); }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return new ProcessedDocument(input.Path, null, input.Bytes, DocumentStatus.Failed, null, ErrorMapping.From(e), [], new Dictionary<string, double>(), 1);
        }
        return await processor.ProcessAsync(new WorkItem(input.Path, sha, input.Bytes, 0), cancellationToken).ConfigureAwait(false);
    }
}
