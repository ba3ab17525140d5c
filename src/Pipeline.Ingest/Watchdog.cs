namespace Pipeline.Ingestion;

/// <summary>
/// Runs a document's work on its own thread with a deadline. The work gets a token cancelled at the deadline;
/// a reader that ignores it is abandoned a moment later (its thread finishes or blocks on its own, the batch
/// goes on), because .NET cannot stop a thread and one stuck reader must not hang the whole run.
/// </summary>
public static class Watchdog
{
    /// <summary>How long cooperative work gets after the deadline to notice its token and unwind.</summary>
    private static readonly TimeSpan Grace = TimeSpan.FromMilliseconds(500);

    public static async Task<T> RunAsync<T>(Func<CancellationToken, T> work, TimeSpan timeout, CancellationToken runToken)
    {
        var deadline = CancellationTokenSource.CreateLinkedTokenSource(runToken);
        deadline.CancelAfter(timeout);
        // LongRunning: a dedicated thread, so abandoned work never eats the thread pool the run relies on.
        var task = Task.Factory.StartNew(() => work(deadline.Token), CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);
        var finished = await Task.WhenAny(task, Task.Delay(timeout + Grace, runToken)).ConfigureAwait(false);
        if (finished == task)
        {
            deadline.Dispose();
            try { return await task.ConfigureAwait(false); }
            catch (OperationCanceledException) when (!runToken.IsCancellationRequested)
            {
                throw new TimeoutException($"the document took longer than the {timeout.TotalSeconds:0.#} s limit (--timeout)");
            }
        }
        runToken.ThrowIfCancellationRequested();
        // Abandoned: observe its eventual failure so it is not reported as unobserved, then release the token source.
        _ = task.ContinueWith(t => { _ = t.Exception; deadline.Dispose(); }, TaskScheduler.Default);
        throw new TimeoutException($"the document took longer than the {timeout.TotalSeconds:0.#} s limit (--timeout) and its reader did not stop; abandoned");
    }
}
