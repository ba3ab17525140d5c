using Pipeline.Ingestion.State;

namespace Pipeline.Ingestion.Delivery;

/// <summary>
/// Drains the outbox to one webhook while documents are being processed and after. Rows are read in order
/// behind a cursor: a row that failed after all retries is left for the next run rather than retried in a
/// loop now. A row is marked delivered only after the receiver accepted it, so a crash can at worst send a
/// record again — with the same Idempotency-Key, which the receiver uses to drop the repeat.
/// Once a record finds the receiver unreachable after all its retries, delivery stops for this run: every
/// other record would spend its own retries on the same outage, and the outbox keeps them for the next run.
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
        var unreachable = false;
        while (!cancellationToken.IsCancellationRequested && !Volatile.Read(ref unreachable))
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
                    if (Volatile.Read(ref unreachable)) return;
                    var result = await client.PostAsync(item.Key, item.Payload, token).ConfigureAwait(false);
                    if (result.Outcome == DeliveryOutcome.Delivered)
                    {
                        store.MarkDelivered(item, DateTimeOffset.UtcNow);
                        lock (this) Delivered++;
                        return;
                    }
                    store.MarkUndelivered(item, result.Error ?? result.Outcome.ToString());
                    lock (this) GaveUp++;
                    if (result.Outcome == DeliveryOutcome.Unreachable) Volatile.Write(ref unreachable, true);
                }).ConfigureAwait(false);
        }
    }
}
