using System.Text;

namespace Pipeline.Ingestion.Output;

/// <summary>
/// An append-only JSONL file whose committed length lives in the state database. Opening cuts the file
/// back to that length, which drops whatever a crash left between appending a document's lines and
/// committing it (a half line, or whole lines of a document that will be done again) — so a resumed run
/// never duplicates a line and readers can tail the file while it grows.
/// </summary>
public sealed class JsonlJournal : IDisposable
{
    private static readonly UTF8Encoding Utf8 = new(false);
    private readonly FileStream _stream;

    private JsonlJournal(string name, FileStream stream)
    {
        Name = name;
        _stream = stream;
    }

    /// <summary>The journal's key in the state database (its file name).</summary>
    public string Name { get; }

    public long Length => _stream.Length;

    public static JsonlJournal Open(string path, long committedBytes)
    {
        var created = !File.Exists(path);
        var stream = new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.Read);
        if (created) Pipeline.IO.DirectorySync.Flush(Path.GetDirectoryName(Path.GetFullPath(path))!);
        if (stream.Length < committedBytes)
        {
            var length = stream.Length; // read before Dispose, which makes Length throw
            stream.Dispose();
            throw new InvalidDataException(
                $"{path} holds {length} bytes but the run state says {committedBytes} were committed: the file was changed outside the pipeline; " +
                "restore it, or delete the output folder's state.db to start the ingest over");
        }
        if (stream.Length > committedBytes)
        {
            stream.SetLength(committedBytes);
            stream.Flush(flushToDisk: true);
        }
        stream.Seek(0, SeekOrigin.End);
        return new JsonlJournal(Path.GetFileName(path), stream);
    }

    /// <summary>Appends whole lines in one write, flushed to disk; returns the new length to commit.</summary>
    public long Append(IEnumerable<string> lines)
    {
        var text = string.Concat(lines.Select(l => l + "\n"));
        if (text.Length > 0)
        {
            _stream.Write(Utf8.GetBytes(text));
            _stream.Flush(flushToDisk: true);
        }
        return _stream.Length;
    }

    public void Dispose() => _stream.Dispose();
}
