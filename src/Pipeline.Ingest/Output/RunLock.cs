namespace Pipeline.Ingestion.Output;

/// <summary>
/// Keeps two runs off one output folder: they would interleave journal lines. The lock is an open file
/// held exclusively; the OS drops it when the process dies, even by SIGKILL, so a crash never leaves it stuck.
/// </summary>
public sealed class RunLock : IDisposable
{
    private readonly FileStream _file;

    private RunLock(FileStream file) => _file = file;

    public static RunLock Acquire(string path)
    {
        try
        {
            return new RunLock(new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None));
        }
        catch (IOException e)
        {
            throw new OutputBusyException($"another ingest run is using {Path.GetDirectoryName(path)} ({e.Message.Trim()})", e);
        }
    }

    public void Dispose() => _file.Dispose();
}

/// <summary>The output folder is locked by another run.</summary>
public sealed class OutputBusyException(string message, Exception inner) : IOException(message, inner);
