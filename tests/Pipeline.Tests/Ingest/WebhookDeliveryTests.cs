using Pipeline.Cli.Commands;
using Xunit.Abstractions;
using Pipeline.Ingestion;
using Pipeline.Ingestion.Delivery;

namespace Pipeline.Tests.Ingest;

/// <summary>
/// Delivery to a local webhook that fails and stalls on purpose: with retries, a circuit breaker, timeouts,
/// an outbox and idempotency keys, the receiver accepts every record exactly once, now or on the next run.
/// </summary>
public class WebhookDeliveryTests(ITestOutputHelper output)
{
    /// <summary>Short enough for a test, patient enough to outlast the receiver's failures and the breaker.</summary>
    private static readonly WebhookSettings Quick = new()
    {
        MaxRetries = 8,
        BaseDelay = TimeSpan.FromMilliseconds(50),
        AttemptTimeout = TimeSpan.FromMilliseconds(400),
        TotalTimeout = TimeSpan.FromSeconds(60),
        BreakDuration = TimeSpan.FromMilliseconds(500), // Polly's minimum
        MinimumThroughput = 6,
    };

    private static HashSet<string> ExpectedKeys(string outDir) =>
        IngestRun.Records(outDir).Values.Select(json => DeliveryKey.For(Pipeline.Records.RecordJson.Deserialize(json))).ToHashSet();

    [Fact]
    public void Every_record_is_accepted_exactly_once_despite_500s_and_stalls()
    {
        using var receiver = new WebhookReceiver();
        var outDir = IngestRun.TempDir("webhook");
        var options = new IngestOptions
        {
            Sources = [.. IngestRun.CorpusPaths().Take(2)], // seeds and text
            OutDir = outDir, Jobs = 2, Webhook = receiver.Url, WebhookSettings = Quick,
        };

        var (summary, _) = IngestRun.Run(options);

        var expected = ExpectedKeys(outDir);
        Assert.Equal(IngestRun.InputCount(options.Sources), expected.Count);
        Assert.Equal(expected, receiver.Accepted.Keys.ToHashSet());
        Assert.Equal(expected.Count, receiver.AcceptCount);
        Assert.Equal((expected.Count, 0), (summary.Delivered, summary.DeliveryPending));
        // The receiver really failed and stalled, so retries happened.
        Assert.True(receiver.Failed > 0 && receiver.Stalled > 0, $"failed {receiver.Failed}, stalled {receiver.Stalled}");
        Assert.True(receiver.Requests > expected.Count);

        output.WriteLine($"records {expected.Count}, requests {receiver.Requests}, 500s {receiver.Failed}, stalls {receiver.Stalled}, repeats dropped {receiver.Repeats}, accepted {receiver.AcceptCount}");

        // Nothing is sent again by a later run.
        var requestsBefore = receiver.Requests;
        var (again, _) = IngestRun.Run(options);
        Assert.Equal(0, again.Delivered);
        Thread.Sleep(200);
        Assert.Equal(requestsBefore, receiver.Requests);
        Assert.Equal(expected.Count, receiver.AcceptCount);
    }

    [Fact]
    public void Records_a_down_receiver_missed_wait_in_the_outbox_and_go_out_on_the_next_run()
    {
        using var receiver = new WebhookReceiver { Down = true };
        var outDir = IngestRun.TempDir("outbox");
        var options = new IngestOptions
        {
            Sources = [IngestRun.CorpusPaths()[0]], // the 5 seeds
            OutDir = outDir, Jobs = 2, Webhook = receiver.Url,
            WebhookSettings = Quick with { MaxRetries = 1, BaseDelay = TimeSpan.FromMilliseconds(10) },
        };

        var (first, _) = IngestRun.Run(options);
        Assert.Equal((5, 0, 5), (first.Ok, first.Delivered, first.DeliveryPending));
        Assert.Equal(ExitCodes.DeliveryPending, IngestCommand.ExitCode(first));
        Assert.Equal(0, receiver.AcceptCount);

        receiver.Down = false;
        var (second, _) = IngestRun.Run(options with { WebhookSettings = Quick });
        Assert.Equal((0, 5, 5, 0), (second.Processed, second.Skipped, second.Delivered, second.DeliveryPending));
        Assert.Equal(ExpectedKeys(outDir), receiver.Accepted.Keys.ToHashSet());
        Assert.Equal(5, receiver.AcceptCount);
        Assert.Equal(ExitCodes.Ok, IngestCommand.ExitCode(second));
    }

    [Fact]
    public void Records_made_before_a_webhook_was_given_are_delivered_when_it_is()
    {
        using var receiver = new WebhookReceiver();
        var outDir = IngestRun.TempDir("late-webhook");
        var options = new IngestOptions { Sources = [IngestRun.CorpusPaths()[0]], OutDir = outDir, Jobs = 2 };
        IngestRun.Run(options);

        var (later, _) = IngestRun.Run(options with { Webhook = receiver.Url, WebhookSettings = Quick });

        Assert.Equal(5, later.Delivered);
        Assert.Equal(ExpectedKeys(outDir), receiver.Accepted.Keys.ToHashSet());
    }
}
