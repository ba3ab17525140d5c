using System.Diagnostics;

namespace Pipeline.Ingestion.Isolation;

/// <summary>
/// One running `pipeline worker`: sends a document, waits for its reply while watching the clock and the
/// worker's resident memory, and kills the worker when it dies, overruns or overgrows. What the worker printed
/// on stderr last is kept to name the cause (a stack overflow, an unhandled out-of-memory).
/// </summary>
internal sealed class WorkerProcess : IDisposable
{
    private static readonly TimeSpan Poll = TimeSpan.FromMilliseconds(100);
    private static readonly TimeSpan StartTimeout = TimeSpan.FromMinutes(2);
    private readonly Process _process;
    private readonly WorkerLaunch _launch;
    private readonly Queue<string> _stderrTail = new();

    private WorkerProcess(Process process, WorkerLaunch launch)
    {
        _process = process;
        _launch = launch;
    }

    /// <summary>The highest resident memory seen for this worker (VmHWM).</summary>
    public long PeakBytes { get; private set; }

    public int Id => _process.Id;

    /// <summary>Starts a worker and waits until it has loaded the extractor and says it is ready.</summary>
    public static async Task<WorkerProcess> StartAsync(WorkerLaunch launch, CancellationToken cancellationToken)
    {
        var process = Process.Start(launch.StartInfo()) ?? throw new InvalidOperationException($"could not start {launch.FileName}");
        var worker = new WorkerProcess(process, launch);
        process.ErrorDataReceived += (_, e) => worker.KeepStderr(e.Data);
        process.BeginErrorReadLine();
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(StartTimeout);
        try
        {
            while (await process.StandardOutput.ReadLineAsync(deadline.Token).ConfigureAwait(false) is { } line)
                if (line == WorkerProtocol.Ready) return worker;
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested) { }
        var why = worker.StderrSummary() ?? "it ended before saying it was ready";
        worker.Dispose();
        throw new WorkerStartException($"the worker process ({launch.FileName}) did not start: {why}");
    }

    /// <summary>Runs one document; on anything but a reply the worker is killed and the outcome says why.</summary>
    public async Task<WorkerOutcome> RunAsync(WorkerProtocol.Request request, TimeSpan deadline, CancellationToken runToken)
    {
        await _process.StandardInput.WriteLineAsync(WorkerProtocol.Line(request)).ConfigureAwait(false);
        await _process.StandardInput.FlushAsync(runToken).ConfigureAwait(false);
        var clock = Stopwatch.StartNew();
        var reading = ReadReplyAsync(request.Id);
        while (true)
        {
            var finished = await Task.WhenAny(reading, Task.Delay(Poll, runToken)).ConfigureAwait(false);
            if (finished == reading)
            {
                var reply = await reading.ConfigureAwait(false);
                SampleMemory();
                return reply is not null ? WorkerOutcome.Replied(reply) : Died();
            }
            if (runToken.IsCancellationRequested) { Kill(); runToken.ThrowIfCancellationRequested(); }
            var resident = SampleMemory();
            if (resident > _launch.MaxMemoryBytes)
            {
                Kill();
                return WorkerOutcome.Failed("out-of-memory",
                    $"the document took the worker past its memory ceiling ({Mb(resident)} of {Mb(_launch.MaxMemoryBytes)} MB, --max-memory); worker killed");
            }
            if (clock.Elapsed > deadline)
            {
                Kill();
                return WorkerOutcome.Failed("timeout", $"the document took longer than {deadline.TotalSeconds:0.#} s (--timeout) and its worker did not answer; worker killed");
            }
        }
    }

    private async Task<WorkerProtocol.Reply?> ReadReplyAsync(long id)
    {
        // Lines that are not this request's reply (a native library printing to stdout) are passed over.
        while (await _process.StandardOutput.ReadLineAsync().ConfigureAwait(false) is { } line)
        {
            if (!line.StartsWith('{')) continue;
            WorkerProtocol.Reply? reply;
            try { reply = WorkerProtocol.ParseReply(line); }
            catch (System.Text.Json.JsonException) { continue; }
            if (reply?.Id == id) return reply;
        }
        return null;
    }

    /// <summary>The worker's stdout ended without a reply: it died. Its exit status and last words say how.</summary>
    private WorkerOutcome Died()
    {
        if (!_process.WaitForExit(TimeSpan.FromSeconds(5))) Kill();
        var status = _process.HasExited ? ExitDescription(_process.ExitCode) : "still running";
        var tail = StderrSummary();
        if (tail is not null && tail.Contains("OutOfMemory", StringComparison.Ordinal))
            return WorkerOutcome.Failed("out-of-memory", $"the worker ran out of memory reading the document ({status}, --max-memory {Mb(_launch.MaxMemoryBytes)} MB): {tail}");
        var cause = tail is not null && tail.Contains("Stack overflow", StringComparison.OrdinalIgnoreCase) ? "a stack overflow"
            : "a crash";
        return WorkerOutcome.Failed("crashed", $"the worker process died reading the document: {cause} ({status}){(tail is null ? "" : ": " + tail)}");
    }

    private static string ExitDescription(int code) => code switch
    {
        134 => "SIGABRT, exit 134",
        137 => "SIGKILL, exit 137",
        139 => "SIGSEGV, exit 139",
        _ => $"exit {code}",
    };

    private long SampleMemory()
    {
        var (resident, peak) = ProcMemory.Read(_process.Id);
        if (peak > PeakBytes) PeakBytes = peak;
        return resident;
    }

    private void KeepStderr(string? line)
    {
        if (string.IsNullOrWhiteSpace(line)) return;
        lock (_stderrTail)
        {
            // The first lines name the failure; a stack overflow then prints thousands of repeated frames.
            if (_stderrTail.Count < 8) _stderrTail.Enqueue(line.Trim());
        }
    }

    private string? StderrSummary()
    {
        lock (_stderrTail)
        {
            var lines = _stderrTail.Where(l => !l.StartsWith("at ", StringComparison.Ordinal) && !l.StartsWith("Repeated", StringComparison.Ordinal)).Take(2).ToList();
            if (lines.Count == 0) return null;
            var text = string.Join(" ", lines);
            return text.Length > 300 ? text[..300] + "…" : text;
        }
    }

    private static long Mb(long bytes) => bytes / (1024 * 1024);

    public void Kill()
    {
        try
        {
            if (!_process.HasExited) _process.Kill();
            _process.WaitForExit(TimeSpan.FromSeconds(5));
        }
        catch (InvalidOperationException) { } // already gone
    }

    /// <summary>Ends the worker: stdin closed (it exits between documents), then killed if it lingers.</summary>
    public void Dispose()
    {
        try { _process.StandardInput.Close(); } catch (IOException) { }
        if (!_process.WaitForExit(TimeSpan.FromSeconds(2))) Kill();
        _process.Dispose();
    }
}

/// <summary>What became of one document sent to a worker: its reply, or a code and message when the worker was lost.</summary>
internal sealed record WorkerOutcome(WorkerProtocol.Reply? Reply, ErrorInfo? Error)
{
    public static WorkerOutcome Replied(WorkerProtocol.Reply reply) => new(reply, null);

    public static WorkerOutcome Failed(string code, string message) => new(null, new ErrorInfo(code, message));
}

/// <summary>A worker process could not be started at all (the pipeline assembly or the dotnet host is missing).</summary>
public sealed class WorkerStartException(string message) : Exception(message);
