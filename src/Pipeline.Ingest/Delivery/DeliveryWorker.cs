using Pipeline.Ingestion.State;

namespace Pipeline.Ingestion.Delivery;

/// <summary>
/// Drains the outbox to one webhook while documents are being processed and after. Rows are read in order
/// behind a cursor: a row that failed after all retries is left for the next run rather than retried in a
/// loop now. A row is marked delivered only after the receiver accepted it, so a crash can at worst send a
/// record again — with the same Idempotency-Key, which the receiver uses to drop the repeat.
/// </summary>
public sealed class DeliveryWorker(StateStore store, WebhookClient client, Uri target, int concurrency)
{
    public int Delivered { get; private set; }
    public int GaveUp { get; private set; }

    /// <param name="producing">True while documents may still be committed (and queued).</param>
    public async Task RunAsync(Func<bool> producing, CancellationToken cancellationToken)
    {
        var targetKey = target.ToString();
        long cursor = 0;
        while (!cancellationToken.IsCancellationRequested)
        {
            var stillProducing = producing(); // read before the query: a row queued after it is seen next round
            var batch = store.Pending(targetKey, cursor, Math.Max(concurrency, 1) * 4);
            if (batch.Count == 0)
            {
                if (!stillProducing) return;
                await Task.Delay(100, cancellationToken).ConfigureAwait(false);
                continue;
            }
            cursor = batch[^1].Id;
            await Parallel.ForEachAsync(batch, new ParallelOptions { MaxDegreeOfParallelism = concurrency, CancellationToken = cancellationToken },
                async (item, token) =>
                {
                    var error = await client.PostAsync(item.Key, item.Payload, token).ConfigureAwait(false);
                    if (error is null)
                    {
                        store.MarkDelivered(item, DateTimeOffset.UtcNow);
                        lock (this) Delivered++;
                    }
                    else
                    {
                        store.MarkUndelivered(item, error);
                        lock (this) GaveUp++;
                    }
                }).ConfigureAwait(false);
        }
    }
}
