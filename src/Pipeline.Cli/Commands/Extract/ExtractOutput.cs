using System.Text;

namespace Pipeline.Cli.Commands.Extract;

/// <summary>The output folder is in use by an earlier run or other files: exit 73.</summary>
public sealed class OutputFolderException(string message) : Exception(message);

/// <summary>
/// DIR for one extract run, never mixed with an earlier run's files: the run writes into a hidden sibling
/// folder and only a finished run takes DIR's place (the earlier folder is removed after the swap), so
/// tasks.jsonl and the &lt;stem&gt;.json files always come from the same run. A DIR that holds anything is
/// refused unless --force says to replace it whole. An interrupted run leaves DIR as it was.
/// </summary>
public sealed class ExtractOutput : IDisposable
{
    private static readonly UTF8Encoding Utf8 = new(false);
    private readonly string _dir;
    private readonly string _staging;
    private readonly StreamWriter _tasks;
    private readonly StreamWriter _errors;
    private bool _completed;

    private ExtractOutput(string dir, string staging)
    {
        _dir = dir;
        _staging = staging;
        _tasks = new StreamWriter(System.IO.Path.Combine(staging, "tasks.jsonl"), false, Utf8);
        _errors = new StreamWriter(System.IO.Path.Combine(staging, "errors.jsonl"), false, Utf8);
    }

    public string Path => _dir;

    public static ExtractOutput Open(string dir, bool force)
    {
        var full = System.IO.Path.GetFullPath(dir).TrimEnd(System.IO.Path.DirectorySeparatorChar);
        if (File.Exists(full)) throw new OutputFolderException($"--out {dir} is a file, not a folder");
        if (Directory.Exists(full) && Directory.EnumerateFileSystemEntries(full).Any() && !force)
            throw new OutputFolderException($"--out {dir} is not empty (an earlier run?): use --force to replace it whole, or a new folder");
        var parent = System.IO.Path.GetDirectoryName(full)!;
        try
        {
            Directory.CreateDirectory(parent);
            var staging = System.IO.Path.Combine(parent, $".{System.IO.Path.GetFileName(full)}.partial-{Environment.ProcessId}");
            if (Directory.Exists(staging)) Directory.Delete(staging, recursive: true);
            Directory.CreateDirectory(staging);
            return new ExtractOutput(full, staging);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new OutputFolderException($"--out {dir} cannot be written: {e.Message}");
        }
    }

    /// <summary>Where DIR/<paramref name="name"/> will be once the run is finished (for messages).</summary>
    public string FinalPath(string name) => System.IO.Path.Combine(_dir, name);

    public void WriteRecord(string name, string json) => File.WriteAllText(System.IO.Path.Combine(_staging, name), json, Utf8);

    public void AppendTasks(IEnumerable<string> lines)
    {
        foreach (var line in lines) _tasks.Write(line + "\n");
    }

    public void AppendError(string line) => _errors.Write(line + "\n");

    /// <summary>The run is finished: its folder becomes DIR, replacing the earlier one whole.</summary>
    public void Complete()
    {
        _tasks.Dispose();
        _errors.Dispose();
        var old = System.IO.Path.Combine(System.IO.Path.GetDirectoryName(_dir)!, $".{System.IO.Path.GetFileName(_dir)}.old-{Environment.ProcessId}");
        if (Directory.Exists(_dir)) Directory.Move(_dir, old);
        Directory.Move(_staging, _dir);
        if (Directory.Exists(old)) Directory.Delete(old, recursive: true);
        _completed = true;
    }

    public void Dispose()
    {
        _tasks.Dispose();
        _errors.Dispose();
        if (!_completed && Directory.Exists(_staging)) Directory.Delete(_staging, recursive: true);
    }
}
