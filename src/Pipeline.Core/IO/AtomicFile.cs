using System.Text;

namespace Pipeline.IO;

/// <summary>
/// Writes a file through a temporary file and a rename, so a reader never sees half a record and an
/// interrupted run leaves either the old file or the new one; the folder is flushed after the rename so a
/// power cut cannot undo it. Lives in Core so the ingestion engine
/// writes its outputs the same way the CLI commands do.
/// </summary>
public static class AtomicFile
{
    private static readonly UTF8Encoding Utf8 = new(false);
    private static long _counter;

    /// <summary>The suffix every temporary file carries, so a later run can sweep the ones a crash left.</summary>
    public const string TempMarker = ".tmp-";

    public static void Write(string path, string content)
    {
        // Process id and a counter: two threads writing the same path never share a temporary file.
        var temp = $"{path}{TempMarker}{Environment.ProcessId}-{Interlocked.Increment(ref _counter)}";
        using (var stream = new FileStream(temp, FileMode.Create, FileAccess.Write, FileShare.None))
        {
            var bytes = Utf8.GetBytes(content);
            stream.Write(bytes);
            stream.Flush(flushToDisk: true);
        }
        File.Move(temp, path, overwrite: true);
        DirectorySync.Flush(Path.GetDirectoryName(Path.GetFullPath(path))!); // the rename itself, durable
    }

    /// <summary>Appends whole lines in one write, flushed, so a crash cuts at a line boundary at worst.</summary>
    public static void AppendLines(string path, IEnumerable<string> lines)
    {
        var text = string.Concat(lines.Select(l => l + "\n"));
        if (text.Length == 0) return;
        using var stream = new FileStream(path, FileMode.Append, FileAccess.Write, FileShare.Read);
        stream.Write(Utf8.GetBytes(text));
        stream.Flush(flushToDisk: true);
    }
}
