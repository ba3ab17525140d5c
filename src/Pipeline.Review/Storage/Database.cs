using Microsoft.Data.Sqlite;

namespace Pipeline.Review.Storage;

/// <summary>
/// The review database: SQLite in WAL mode, one connection per operation (pooled). The audit table is
/// append-only, enforced by triggers, so no code path can rewrite history.
/// </summary>
public sealed class Database
{
    private readonly string _connectionString;

    public Database(string path)
    {
        Path = System.IO.Path.GetFullPath(path);
        var dir = System.IO.Path.GetDirectoryName(Path);
        if (!string.IsNullOrEmpty(dir)) Directory.CreateDirectory(dir);
        _connectionString = new SqliteConnectionStringBuilder { DataSource = Path, Mode = SqliteOpenMode.ReadWriteCreate, Pooling = true, DefaultTimeout = 30 }.ToString();
        using var c = Open();
        Execute(c, "PRAGMA journal_mode=WAL;");
        Execute(c, Schema);
    }

    public string Path { get; }

    public SqliteConnection Open()
    {
        var c = new SqliteConnection(_connectionString);
        c.Open();
        Execute(c, "PRAGMA synchronous=NORMAL; PRAGMA busy_timeout=30000;");
        return c;
    }

    public static void Execute(SqliteConnection c, string sql, SqliteTransaction? tx = null)
    {
        using var cmd = c.CreateCommand();
        cmd.Transaction = tx;
        cmd.CommandText = sql;
        cmd.ExecuteNonQuery();
    }

    private const string Schema = """
        CREATE TABLE IF NOT EXISTS documents (
            id TEXT PRIMARY KEY, file TEXT NOT NULL, media_type TEXT NOT NULL,
            status TEXT NOT NULL, priority REAL NOT NULL, reasons TEXT NOT NULL,
            doc_type TEXT, issuer TEXT, issued_date TEXT,
            original TEXT NOT NULL, current TEXT NOT NULL, lines TEXT NOT NULL,
            version INTEGER NOT NULL, created TEXT NOT NULL, updated TEXT NOT NULL,
            approved_by TEXT, approved_at TEXT, source BLOB);
        CREATE INDEX IF NOT EXISTS documents_queue ON documents(priority DESC, id);
        CREATE INDEX IF NOT EXISTS documents_status ON documents(status, priority DESC, id);
        CREATE INDEX IF NOT EXISTS documents_type ON documents(doc_type);
        CREATE INDEX IF NOT EXISTS documents_issuer ON documents(issuer);
        CREATE TABLE IF NOT EXISTS pages (
            doc_id TEXT NOT NULL, n INTEGER NOT NULL, content_type TEXT NOT NULL,
            width INTEGER NOT NULL, height INTEGER NOT NULL, dpi INTEGER, data BLOB NOT NULL,
            PRIMARY KEY (doc_id, n));
        CREATE TABLE IF NOT EXISTS audit (
            id INTEGER PRIMARY KEY AUTOINCREMENT, doc_id TEXT NOT NULL, user TEXT NOT NULL, at TEXT NOT NULL,
            field TEXT NOT NULL, before TEXT, after TEXT, issuer TEXT);
        CREATE INDEX IF NOT EXISTS audit_doc ON audit(doc_id, id);
        CREATE TRIGGER IF NOT EXISTS audit_no_update BEFORE UPDATE ON audit BEGIN SELECT RAISE(ABORT, 'audit is append-only'); END;
        CREATE TRIGGER IF NOT EXISTS audit_no_delete BEFORE DELETE ON audit BEGIN SELECT RAISE(ABORT, 'audit is append-only'); END;
        CREATE TABLE IF NOT EXISTS users (name TEXT PRIMARY KEY, hash TEXT NOT NULL, role TEXT NOT NULL, created TEXT NOT NULL);
        """;
}
