using System.Net;
using System.Text;
using Polly;
using Polly.CircuitBreaker;
using Polly.Retry;
using Polly.Timeout;

namespace Pipeline.Ingestion.Delivery;

/// <summary>
/// POSTs one record as JSON with its Idempotency-Key through a Polly v8 pipeline: total timeout, then retry
/// (exponential backoff with jitter) around a circuit breaker around a per-attempt timeout. 2xx is delivered;
/// 409 Conflict too (the receiver already holds the key). Other 4xx are final for this run: retrying the same
/// bytes cannot help.
/// </summary>
public sealed class WebhookClient : IDisposable
{
    private readonly HttpClient _http;
    private readonly Uri _target;
    private readonly ResiliencePipeline<HttpResponseMessage> _pipeline;

    public WebhookClient(Uri target, WebhookSettings settings, HttpMessageHandler? handler = null)
    {
        _target = target;
        // Polly owns the timeouts; HttpClient's own 100 s default would only confuse them.
        _http = new HttpClient(handler ?? new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(2) }) { Timeout = Timeout.InfiniteTimeSpan };
        _pipeline = Build(settings);
    }

    private static ResiliencePipeline<HttpResponseMessage> Build(WebhookSettings s)
    {
        var transient = new PredicateBuilder<HttpResponseMessage>()
            .Handle<HttpRequestException>()
            .Handle<TimeoutRejectedException>()
            .HandleResult(r => IsTransient(r.StatusCode));
        return new ResiliencePipelineBuilder<HttpResponseMessage>()
            .AddTimeout(s.TotalTimeout)
            .AddRetry(new RetryStrategyOptions<HttpResponseMessage>
            {
                MaxRetryAttempts = s.MaxRetries,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                Delay = s.BaseDelay,
                // An open circuit is retried too: the backoff outlasts the break and the next try probes the receiver.
                ShouldHandle = new PredicateBuilder<HttpResponseMessage>()
                    .Handle<HttpRequestException>().Handle<TimeoutRejectedException>().Handle<BrokenCircuitException>()
                    .HandleResult(r => IsTransient(r.StatusCode)),
            })
            .AddCircuitBreaker(new CircuitBreakerStrategyOptions<HttpResponseMessage>
            {
                FailureRatio = s.FailureRatio,
                MinimumThroughput = s.MinimumThroughput,
                SamplingDuration = TimeSpan.FromSeconds(30),
                BreakDuration = s.BreakDuration,
                ShouldHandle = transient,
            })
            .AddTimeout(s.AttemptTimeout)
            .Build();
    }

    private static bool IsTransient(HttpStatusCode code) =>
        (int)code >= 500 || code is HttpStatusCode.RequestTimeout or HttpStatusCode.TooManyRequests;

    /// <summary>Delivers one record; anything but Delivered leaves it in the outbox.</summary>
    public async Task<DeliveryResult> PostAsync(string key, string json, CancellationToken cancellationToken)
    {
        try
        {
            using var response = await _pipeline.ExecuteAsync(async token =>
            {
                using var request = new HttpRequestMessage(HttpMethod.Post, _target)
                {
                    Content = new StringContent(json, Encoding.UTF8, "application/json"),
                };
                request.Headers.Add(DeliveryKey.Header, key);
                return await _http.SendAsync(request, token).ConfigureAwait(false);
            }, cancellationToken).ConfigureAwait(false);
            if (response.IsSuccessStatusCode || response.StatusCode == HttpStatusCode.Conflict) return new(DeliveryOutcome.Delivered);
            var error = $"HTTP {(int)response.StatusCode} {response.ReasonPhrase}";
            return new(IsTransient(response.StatusCode) ? DeliveryOutcome.Unreachable : DeliveryOutcome.Rejected, error);
        }
        catch (Exception e) when (e is HttpRequestException or TimeoutRejectedException or BrokenCircuitException)
        {
            return new(DeliveryOutcome.Unreachable, $"{e.GetType().Name}: {e.Message.Split('\n')[0]}");
        }
    }

    public void Dispose() => _http.Dispose();
}
