namespace Pipeline.Ingestion.Output;

/// <summary>Where everything lives in the output folder DIR.</summary>
public sealed class OutputLayout(string root)
{
    public string Root { get; } = root;
    public string StateDb => Path.Combine(Root, "state.db");
    public string LockFile => Path.Combine(Root, ".lock");
    public string RecordsDir => Path.Combine(Root, "records");
    public string StatusDir => Path.Combine(Root, "status");
    public string DocumentsJsonl => Path.Combine(Root, "documents.jsonl");
    public string TasksJsonl => Path.Combine(Root, "tasks.jsonl");

    /// <summary>DIR/records/&lt;sha256&gt;.json: the document record (contract 1.0).</summary>
    public string RecordPath(string sha256) => Path.Combine(RecordsDir, sha256 + ".json");

    /// <summary>DIR/status/&lt;sha256&gt;.json: what happened to the document, failed ones included.</summary>
    public string StatusPath(string sha256) => Path.Combine(StatusDir, sha256 + ".json");

    /// <summary>DIR/status/path-&lt;sha256 of the path&gt;.json: a path that failed before its content could be hashed.</summary>
    public string PathStatusPath(string path) => Path.Combine(StatusDir, "path-" + PathKey(path) + ".json");

    /// <summary>The SHA-256 of a path's UTF-8 text: the key of a path failure, also what --shard splits them by.</summary>
    public static string PathKey(string path) =>
        Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(path)));

    public void Create()
    {
        Directory.CreateDirectory(Root);
        Directory.CreateDirectory(RecordsDir);
        Directory.CreateDirectory(StatusDir);
    }

    /// <summary>Deletes temporary files a killed run left behind (AtomicFile's *.tmp-*); their content is redone.</summary>
    public int SweepTemporaryFiles()
    {
        var swept = 0;
        foreach (var dir in new[] { Root, RecordsDir, StatusDir })
            foreach (var file in Directory.EnumerateFiles(dir, "*" + IO.AtomicFile.TempMarker + "*"))
            {
                File.Delete(file);
                swept++;
            }
        return swept;
    }
}
