using Pipeline.Sources;

namespace Pipeline.Tests.Ingest;

/// <summary>
/// A reader that blocks and ignores its cancellation token, as a stuck native library would: the watchdog
/// must abandon it and the batch must go on. Released at the end of the test so its thread ends.
/// </summary>
internal sealed class HangingReader : ISourceReader, IDisposable
{
    public const string Marker = "HANG";
    private readonly ManualResetEventSlim _release = new();

    public bool CanRead(SourceFile file) => file.Bytes.AsSpan().StartsWith("HANG"u8);

    public SourceDocument Read(SourceFile file, CancellationToken cancellationToken = default)
    {
        _release.Wait(TimeSpan.FromMinutes(5), CancellationToken.None); // deliberately not the token
        throw new SourceException("released") { Code = "released" };
    }

    public void Dispose() => _release.Set();
}
