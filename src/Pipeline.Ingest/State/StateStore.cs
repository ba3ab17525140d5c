using Microsoft.Data.Sqlite;

namespace Pipeline.Ingestion.State;

/// <summary>
/// The run state in DIR/state.db (SQLite, WAL): per-document status, the paths seen, how many bytes of each
/// JSONL journal are committed, and the delivery outbox. It is the single source of truth on resume:
/// a document is done exactly when its row says so, and journal bytes past the committed length are
/// discarded. One connection serialised by a lock: writes are small and the workers never touch it.
/// </summary>
public sealed partial class StateStore : IDisposable
{
    private readonly SqliteConnection _db;
    private readonly Lock _gate = new();

    private StateStore(SqliteConnection db) => _db = db;

    public static StateStore Open(string path)
    {
        // Pooling off: the file is closed when the run ends, so the folder can be moved or deleted.
        var db = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Pooling = false }.ToString());
        db.Open();
        var store = new StateStore(db);
        // WAL + NORMAL survives a killed process (the WAL is in the OS cache); a power cut may lose the last
        // commits, which only means those documents are done again: journals are cut back to the committed length.
        store.Execute("PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; PRAGMA busy_timeout=5000;");
        store.Execute(Schema);
        // Added after the first release: the SHA-256 of the record file, so a resume can tell it is intact.
        if (!store.HasColumn("documents", "record_sha256")) store.Execute("ALTER TABLE documents ADD COLUMN record_sha256 TEXT");
        return store;
    }

    private const string Schema = """
        CREATE TABLE IF NOT EXISTS documents(
            sha256 TEXT PRIMARY KEY, status TEXT NOT NULL, error_code TEXT, file TEXT NOT NULL,
            pages INTEGER, attempts INTEGER NOT NULL, status_json TEXT NOT NULL, finished_at TEXT NOT NULL);
        CREATE INDEX IF NOT EXISTS documents_status ON documents(status);
        CREATE TABLE IF NOT EXISTS paths(path TEXT PRIMARY KEY, sha256 TEXT NOT NULL, bytes INTEGER NOT NULL);
        CREATE INDEX IF NOT EXISTS paths_sha256 ON paths(sha256);
        CREATE TABLE IF NOT EXISTS path_failures(
            path TEXT PRIMARY KEY, error_code TEXT NOT NULL, attempts INTEGER NOT NULL, status_json TEXT NOT NULL, finished_at TEXT NOT NULL);
        CREATE TABLE IF NOT EXISTS journals(name TEXT PRIMARY KEY, committed_bytes INTEGER NOT NULL);
        CREATE TABLE IF NOT EXISTS outbox(
            target TEXT NOT NULL, key TEXT NOT NULL, sha256 TEXT NOT NULL, payload TEXT NOT NULL,
            attempts INTEGER NOT NULL DEFAULT 0, last_error TEXT, delivered_at TEXT,
            PRIMARY KEY(target, key));
        """;

    /// <summary>The status and attempt count of a document from earlier runs, or null when never finished.</summary>
    public (DocumentStatus Status, int Attempts)? Find(string sha256)
    {
        lock (_gate)
        {
            using var cmd = Command("SELECT status, attempts FROM documents WHERE sha256 = $sha", ("$sha", sha256));
            using var reader = cmd.ExecuteReader();
            return reader.Read() ? (DocumentStatusNames.Parse(reader.GetString(0)), reader.GetInt32(1)) : null;
        }
    }

    public void RememberPath(string path, string sha256, long bytes)
    {
        lock (_gate)
        {
            using var cmd = Command("INSERT OR REPLACE INTO paths(path, sha256, bytes) VALUES($path, $sha, $bytes)",
                ("$path", path), ("$sha", sha256), ("$bytes", bytes));
            cmd.ExecuteNonQuery();
        }
    }

    public IReadOnlyList<string> PathsOf(string sha256)
    {
        lock (_gate)
        {
            using var cmd = Command("SELECT path FROM paths WHERE sha256 = $sha ORDER BY path", ("$sha", sha256));
            using var reader = cmd.ExecuteReader();
            var paths = new List<string>();
            while (reader.Read()) paths.Add(reader.GetString(0));
            return paths;
        }
    }

    /// <summary>Bytes of a journal that belong to committed documents (0 for a new journal).</summary>
    public long CommittedBytes(string journal)
    {
        lock (_gate)
        {
            using var cmd = Command("SELECT committed_bytes FROM journals WHERE name = $name", ("$name", journal));
            return cmd.ExecuteScalar() is long n ? n : 0;
        }
    }

    /// <summary>
    /// Marks a document finished, moves the journals' committed lengths and queues its delivery, in one
    /// transaction: a crash before it leaves the document unfinished (redone next run, journals cut back);
    /// after it, everything is done at once.
    /// </summary>
    public void CommitDocument(StatusRecord status, string statusJson, IReadOnlyDictionary<string, long> journalLengths, OutboxItem? delivery, string? recordSha256 = null)
    {
        lock (_gate)
        {
            using var tx = _db.BeginTransaction();
            using (var cmd = Command("""
                INSERT INTO documents(sha256, status, error_code, file, pages, attempts, status_json, finished_at, record_sha256)
                VALUES($sha, $status, $code, $file, $pages, $attempts, $json, $at, $record)
                ON CONFLICT(sha256) DO UPDATE SET status = excluded.status, error_code = excluded.error_code,
                    file = excluded.file, pages = excluded.pages, attempts = excluded.attempts,
                    status_json = excluded.status_json, finished_at = excluded.finished_at, record_sha256 = excluded.record_sha256
                """, ("$sha", status.Sha256), ("$status", status.Status), ("$code", status.Error?.Code), ("$file", status.File),
                ("$pages", status.Pages), ("$attempts", status.Attempts), ("$json", statusJson), ("$at", status.FinishedAt.ToString("O")),
                ("$record", recordSha256)))
            {
                cmd.Transaction = tx;
                cmd.ExecuteNonQuery();
            }
            foreach (var (name, length) in journalLengths)
            {
                using var cmd = Command("INSERT INTO journals(name, committed_bytes) VALUES($name, $len) ON CONFLICT(name) DO UPDATE SET committed_bytes = excluded.committed_bytes",
                    ("$name", name), ("$len", length));
                cmd.Transaction = tx;
                cmd.ExecuteNonQuery();
            }
            if (delivery is not null) Enqueue(delivery, tx);
            tx.Commit();
        }
    }

    /// <summary>Attempts recorded for a path that failed before hashing (unreadable, loop, bad name …), or null.</summary>
    public int? FindPathFailure(string path)
    {
        lock (_gate)
        {
            using var cmd = Command("SELECT attempts FROM path_failures WHERE path = $path", ("$path", path));
            return cmd.ExecuteScalar() is long n ? (int)n : null;
        }
    }

    public void CommitPathFailure(StatusRecord status, string path, string statusJson)
    {
        lock (_gate)
        {
            using var cmd = Command("""
                INSERT INTO path_failures(path, error_code, attempts, status_json, finished_at) VALUES($path, $code, $attempts, $json, $at)
                ON CONFLICT(path) DO UPDATE SET error_code = excluded.error_code, attempts = excluded.attempts,
                    status_json = excluded.status_json, finished_at = excluded.finished_at
                """, ("$path", path), ("$code", status.Error?.Code ?? "internal"), ("$attempts", status.Attempts), ("$json", statusJson),
                ("$at", status.FinishedAt.ToString("O")));
            cmd.ExecuteNonQuery();
        }
    }

    /// <summary>The committed status record's JSON, or null when the document never finished.</summary>
    public string? StatusJson(string sha256)
    {
        lock (_gate)
        {
            using var cmd = Command("SELECT status_json FROM documents WHERE sha256 = $sha", ("$sha", sha256));
            return cmd.ExecuteScalar() as string;
        }
    }

    /// <summary>Replaces a finished document's status JSON (new paths found for it), leaving its outcome as it was.</summary>
    public void UpdateStatusJson(string sha256, string statusJson)
    {
        lock (_gate)
        {
            using var cmd = Command("UPDATE documents SET status_json = $json WHERE sha256 = $sha", ("$json", statusJson), ("$sha", sha256));
            cmd.ExecuteNonQuery();
        }
    }

    /// <summary>Documents by status from every run so far.</summary>
    public IReadOnlyDictionary<string, int> CountByStatus()
    {
        lock (_gate)
        {
            using var cmd = Command("SELECT status, COUNT(*) FROM documents GROUP BY status");
            using var reader = cmd.ExecuteReader();
            var counts = new Dictionary<string, int>();
            while (reader.Read()) counts[reader.GetString(0)] = reader.GetInt32(1);
            return counts;
        }
    }

    /// <summary>Documents with a record (ok, partial) and the SHA-256 their record file had when committed (null: committed before it was kept).</summary>
    public IReadOnlyList<(string Sha256, string? RecordSha256)> CommittedRecords()
    {
        lock (_gate)
        {
            using var cmd = Command("SELECT sha256, record_sha256 FROM documents WHERE status IN ('ok', 'partial') ORDER BY sha256");
            using var reader = cmd.ExecuteReader();
            var rows = new List<(string, string?)>();
            while (reader.Read()) rows.Add((reader.GetString(0), reader.IsDBNull(1) ? null : reader.GetString(1)));
            return rows;
        }
    }

    /// <summary>Forgets a finished document, so this run processes it again (its record was lost and cannot be rebuilt).</summary>
    public void Forget(string sha256)
    {
        lock (_gate)
        {
            using var cmd = Command("DELETE FROM documents WHERE sha256 = $sha", ("$sha", sha256));
            cmd.ExecuteNonQuery();
        }
    }

    private bool HasColumn(string table, string column)
    {
        using var cmd = Command($"SELECT COUNT(*) FROM pragma_table_info('{table}') WHERE name = $column", ("$column", column));
        return cmd.ExecuteScalar() is long n && n > 0;
    }

    private void Execute(string sql)
    {
        using var cmd = Command(sql);
        cmd.ExecuteNonQuery();
    }

    private SqliteCommand Command(string sql, params (string Name, object? Value)[] parameters)
    {
        var cmd = _db.CreateCommand();
        cmd.CommandText = sql;
        foreach (var (name, value) in parameters) cmd.Parameters.AddWithValue(name, value ?? DBNull.Value);
        return cmd;
    }

    public void Dispose() => _db.Dispose();
}
