using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using System.Text.Json.Nodes;
using Pipeline.Ingestion.Delivery;

namespace Pipeline.Tests.Ingest;

/// <summary>
/// A webhook receiver on 127.0.0.1 that misbehaves on purpose: the first request for a third of the keys
/// gets a 500, for another third it stalls past the client's timeout before answering. Like a real
/// idempotent receiver it accepts each Idempotency-Key once and answers repeats with 200 without counting them.
/// </summary>
internal sealed class WebhookReceiver : IDisposable
{
    private readonly HttpListener _listener = new();
    private readonly ConcurrentDictionary<string, int> _requestsPerKey = new();
    private readonly ConcurrentDictionary<string, string> _accepted = new();
    private readonly Task _loop;
    private int _acceptCount, _requests, _failed, _stalled, _repeats;

    public WebhookReceiver()
    {
        var port = FreePort();
        Url = new Uri($"http://127.0.0.1:{port}/hook/");
        _listener.Prefixes.Add(Url.ToString());
        _listener.Start();
        _loop = Task.Run(LoopAsync);
    }

    public Uri Url { get; }

    /// <summary>True: every request gets 503, as a receiver that is down.</summary>
    public volatile bool Down;

    public TimeSpan Stall { get; init; } = TimeSpan.FromMilliseconds(1500);

    public IReadOnlyDictionary<string, string> Accepted => _accepted;
    public int AcceptCount => Volatile.Read(ref _acceptCount);
    public int Requests => Volatile.Read(ref _requests);
    public int Failed => Volatile.Read(ref _failed);
    public int Stalled => Volatile.Read(ref _stalled);
    public int Repeats => Volatile.Read(ref _repeats);

    private async Task LoopAsync()
    {
        while (_listener.IsListening)
        {
            HttpListenerContext context;
            try { context = await _listener.GetContextAsync(); }
            catch (Exception e) when (e is HttpListenerException or ObjectDisposedException or InvalidOperationException) { return; }
            _ = Task.Run(() => HandleAsync(context));
        }
    }

    private async Task HandleAsync(HttpListenerContext context)
    {
        try
        {
            Interlocked.Increment(ref _requests);
            var key = context.Request.Headers[DeliveryKey.Header];
            var body = await new StreamReader(context.Request.InputStream).ReadToEndAsync();
            var node = JsonNode.Parse(body);
            var sha = node?["source"]?["sha256"]?.GetValue<string>();
            var version = node?["schemaVersion"]?.GetValue<string>();
            if (key is null || sha is null || version is null || key != DeliveryKey.For(sha, version, body)) { Answer(context, 400); return; }
            if (Down) { Interlocked.Increment(ref _failed); Answer(context, 503); return; }

            var nth = _requestsPerKey.AddOrUpdate(key, 1, (_, n) => n + 1);
            var bucket = Convert.ToInt32(key[..2], 16) % 3;
            if (nth == 1 && bucket == 0) { Interlocked.Increment(ref _failed); Answer(context, 500); return; }
            if (nth == 1 && bucket == 1)
            {
                Interlocked.Increment(ref _stalled);
                await Task.Delay(Stall);
            }
            if (_accepted.TryAdd(key, body)) Interlocked.Increment(ref _acceptCount);
            else Interlocked.Increment(ref _repeats);
            Answer(context, 200);
        }
        catch (Exception e) when (e is HttpListenerException or IOException or ObjectDisposedException or InvalidOperationException)
        {
            // The client gave up on a stalled request and closed the connection.
        }
    }

    private static void Answer(HttpListenerContext context, int status)
    {
        context.Response.StatusCode = status;
        context.Response.Close();
    }

    private static int FreePort()
    {
        var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        var port = ((IPEndPoint)probe.LocalEndpoint).Port;
        probe.Stop();
        return port;
    }

    public void Dispose()
    {
        _listener.Stop();
        _listener.Close();
        _loop.Wait(TimeSpan.FromSeconds(5));
    }
}
