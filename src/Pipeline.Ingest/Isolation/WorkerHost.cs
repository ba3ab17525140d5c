using System.Text;

namespace Pipeline.Ingestion.Isolation;

/// <summary>
/// The loop inside `pipeline worker`: the extractor is loaded once by the caller, then each request line on stdin
/// is processed in this process under the same limits as in-process runs and answered on stdout. Ends when the
/// parent closes stdin (or dies). A crash here costs one document: the parent records it and starts a new worker.
/// </summary>
public static class WorkerHost
{
    public static async Task<int> RunAsync(IDocumentProcessor processor, Stream input, Stream output)
    {
        using var reader = new StreamReader(input, new UTF8Encoding(false));
        await using var writer = new StreamWriter(output, new UTF8Encoding(false)) { AutoFlush = true, NewLine = "\n" };
        while (await reader.ReadLineAsync().ConfigureAwait(false) is { } line)
        {
            if (line.Length == 0 || WorkerProtocol.ParseRequest(line) is not { } request) continue;
            var item = new WorkItem(request.Path, request.Sha256, request.Bytes, request.PreviousAttempts);
            var done = await processor.ProcessAsync(item, CancellationToken.None).ConfigureAwait(false);
            await writer.WriteLineAsync(WorkerProtocol.Line(WorkerProtocol.ToReply(request.Id, done))).ConfigureAwait(false);
        }
        return 0;
    }
}
