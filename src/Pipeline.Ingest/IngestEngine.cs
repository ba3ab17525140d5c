using System.Diagnostics;
using System.Text.Json;
using System.Threading.Channels;
using Pipeline.Extraction;
using Pipeline.Ingestion.Delivery;
using Pipeline.Ingestion.Output;
using Pipeline.Ingestion.State;
using Pipeline.Ingestion.Walking;
using Pipeline.Records;

namespace Pipeline.Ingestion;

/// <summary>
/// One ingest run: a producer lists, hashes and filters the inputs (shard, copies, already done) into a
/// bounded channel; N workers process documents through the extractor (whatever readers it has) under the
/// limits; one committer writes outputs and state; a delivery worker drains the outbox to the webhook.
/// The bounded channels keep memory flat however large the archive: at most 2·N documents wait anywhere.
/// </summary>
public sealed class IngestEngine(DocumentExtractor extractor)
{
    public async Task<RunSummary> RunAsync(IngestOptions options, IIngestObserver observer, CancellationToken cancellationToken = default)
    {
        options.Validate();
        var clock = Stopwatch.StartNew();
        var layout = new OutputLayout(options.OutDir);
        layout.Create();
        using var runLock = RunLock.Acquire(layout.LockFile);
        layout.SweepTemporaryFiles();
        using var store = StateStore.Open(layout.StateDb);
        using var documents = JsonlJournal.Open(layout.DocumentsJsonl, store.CommittedBytes("documents.jsonl"));
        using var tasks = JsonlJournal.Open(layout.TasksJsonl, store.CommittedBytes("tasks.jsonl"));
        var repairs = RecordCheck.Repair(store, layout);

        var pathFailures = new List<PathFailure>();
        var inputs = SourceWalker.List(options.Sources, options.OutDir, pathFailures.Add);
        var tally = new RunTally(inputs.Count + pathFailures.Count, clock);
        observer.Started(tally.Total, options.Shard);

        var committer = new OutputCommitter(layout, store, documents, tasks, EngineVersion.Describe(extractor), options.Webhook);
        void Finish(ProcessedDocument d)
        {
            committer.Commit(d);
            tally.Add(d);
            observer.Finished(d, tally.Progress());
        }
        foreach (var failure in pathFailures)
            if (PathOutcome(failure, options, store, tally) is { } outcome) Finish(outcome);

        using var webhook = options.Webhook is null ? null : new WebhookClient(options.Webhook, options.WebhookSettings);
        DeliveryWorker? deliverer = null;
        Task delivery = Task.CompletedTask;
        var committing = true;
        if (options.Webhook is not null)
        {
            QueueEarlierRecords(store, layout, options.Webhook);
            deliverer = new DeliveryWorker(store, webhook!, options.Webhook, options.WebhookSettings.Concurrency);
            delivery = Task.Run(() => deliverer.RunAsync(() => Volatile.Read(ref committing), cancellationToken), CancellationToken.None);
        }

        var work = Channel.CreateBounded<WorkItem>(new BoundedChannelOptions(options.Jobs * 2) { SingleWriter = true });
        var results = Channel.CreateBounded<ProcessedDocument>(new BoundedChannelOptions(options.Jobs * 2) { SingleReader = true });
        await using var processor = DocumentProcessors.Create(extractor, options.Limits, options.Workers, options.DelayPerDocument);

        var producer = Task.Run(() => ProduceAsync(inputs, options, store, tally, work.Writer, results.Writer, cancellationToken), CancellationToken.None);
        var workers = Enumerable.Range(0, options.Jobs).Select(_ => Task.Run(async () =>
        {
            await foreach (var item in work.Reader.ReadAllAsync(cancellationToken).ConfigureAwait(false))
                await results.Writer.WriteAsync(await processor.ProcessAsync(item, cancellationToken).ConfigureAwait(false), cancellationToken).ConfigureAwait(false);
        }, CancellationToken.None)).ToList();
        var feeding = Task.WhenAll([producer, .. workers]);
        _ = feeding.ContinueWith(_ => results.Writer.TryComplete(), TaskScheduler.Default);

        // The committer: this thread, until every producer and worker is done.
        await foreach (var done in results.Reader.ReadAllAsync(CancellationToken.None).ConfigureAwait(false))
            Finish(done);
        var interrupted = false;
        try { await feeding.ConfigureAwait(false); }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested) { interrupted = true; }

        Volatile.Write(ref committing, false);
        try { await delivery.ConfigureAwait(false); }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested) { interrupted = true; }

        await processor.DisposeAsync().ConfigureAwait(false); // idle workers end here, so their peak memory is known
        var summary = new RunSummary(tally.Ok, tally.Partial, tally.Failed, tally.Skipped, tally.Pages, clock.Elapsed, PeakMemory.Bytes(),
            deliverer?.Delivered ?? 0, options.Webhook is null ? 0 : store.PendingCount(options.Webhook.ToString()), interrupted, tally.Failures)
        {
            WorkerPeakMemoryBytes = (processor as Isolation.IsolatedDocumentProcessor)?.WorkerPeakBytes,
            Repairs = repairs,
        };
        observer.Completed(summary);
        return summary;
    }

    /// <summary>
    /// Lists inputs in order, hashes each (streamed), and decides: another shard's (left out), a copy of an
    /// input already met (skipped), finished in an earlier run (skipped), failed earlier (skipped unless
    /// --retry-failed), else queued for a worker.
    /// </summary>
    private static async Task ProduceAsync(List<InputFile> inputs, IngestOptions options, StateStore store, RunTally tally,
        ChannelWriter<WorkItem> work, ChannelWriter<ProcessedDocument> results, CancellationToken cancellationToken)
    {
        try
        {
            var firstPathOf = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var input in inputs)
            {
                cancellationToken.ThrowIfCancellationRequested();
                string sha;
                try { sha = ContentHash.OfFile(input.Path); }
                catch (Exception e) when (e is IOException or UnauthorizedAccessException)
                {
                    if (PathOutcome(new PathFailure(input.Path, ErrorMapping.From(e)), options, store, tally) is { } outcome)
                        await results.WriteAsync(outcome, cancellationToken).ConfigureAwait(false);
                    continue;
                }
                if (!options.Shard.Includes(sha)) { tally.Exclude(); continue; }
                store.RememberPath(input.Path, sha, input.Length);

                var earlier = store.Find(sha);
                string? skip = null;
                if (firstPathOf.TryGetValue(sha, out var first)) skip = $"same content as {first}";
                else if (earlier is { Status: DocumentStatus.Ok or DocumentStatus.Partial }) skip = "done in an earlier run";
                else if (earlier is { Status: DocumentStatus.Failed } && !options.RetryFailed) skip = "failed in an earlier run (--retry-failed processes it again)";
                firstPathOf.TryAdd(sha, input.Path);

                if (skip is not null)
                    await results.WriteAsync(new ProcessedDocument(input.Path, sha, input.Length, DocumentStatus.Skipped, null, null, [],
                        new Dictionary<string, double>(), earlier?.Attempts ?? 0, skip), cancellationToken).ConfigureAwait(false);
                else
                    await work.WriteAsync(new WorkItem(input.Path, sha, input.Length, earlier?.Attempts ?? 0), cancellationToken).ConfigureAwait(false);
            }
        }
        finally
        {
            work.TryComplete();
        }
    }

    /// <summary>
    /// A path that failed before hashing: in the shard its path's hash falls in (so N shards report it once), and
    /// skipped when an earlier run recorded it failed, like any failed document, unless --retry-failed.
    /// </summary>
    private static ProcessedDocument? PathOutcome(PathFailure failure, IngestOptions options, StateStore store, RunTally tally)
    {
        if (!options.Shard.Includes(OutputLayout.PathKey(failure.Path))) { tally.Exclude(); return null; }
        var earlier = store.FindPathFailure(failure.Path);
        return earlier is { } attempts && !options.RetryFailed
            ? new ProcessedDocument(failure.Path, null, 0, DocumentStatus.Skipped, null, null, [], new Dictionary<string, double>(), attempts,
                "failed in an earlier run (--retry-failed processes it again)")
            : new ProcessedDocument(failure.Path, null, 0, DocumentStatus.Failed, null, failure.Error, [], new Dictionary<string, double>(), (earlier ?? 0) + 1);
    }

    /// <summary>Records finished before this webhook was given (or before the outbox existed) are queued for it too.</summary>
    private static void QueueEarlierRecords(StateStore store, OutputLayout layout, Uri webhook)
    {
        foreach (var sha in store.DocumentsNotQueuedFor(webhook.ToString()))
        {
            var path = layout.RecordPath(sha);
            if (!File.Exists(path)) continue;
            var record = RecordJson.Deserialize(File.ReadAllText(path));
            store.Enqueue(new OutboxItem(0, webhook.ToString(), DeliveryKey.For(record), sha, JsonSerializer.Serialize(record, RecordJson.Compact), 0));
        }
    }
}
