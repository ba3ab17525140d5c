using System.Text.Json;
using Microsoft.Data.Sqlite;
using Pipeline.Records;
using Pipeline.Review.Desk;

namespace Pipeline.Review.Storage;

/// <summary>Documents, page images and the audit trail in the review database.</summary>
public sealed class DocumentStore(Database db, TimeProvider clock)
{
    public Database Database { get; } = db;

    /// <summary>Adds a document unless its content is already there; returns the stored row either way.</summary>
    public DocumentRow Add(NewDocument doc)
    {
        using (var c = Database.Open())
        using (var tx = c.BeginTransaction())
        {
            if (Exists(c, tx, doc.Id)) { tx.Commit(); return Get(doc.Id)!; }
            var triage = Triage.Assess(doc.Record, clock);
            var json = JsonSerializer.Serialize(doc.Record, RecordJson.Compact);
            var now = Now();
            Insert(c, tx, """
                INSERT INTO documents (id, file, media_type, status, priority, reasons, doc_type, issuer, issued_date, original, current, lines, version, created, updated, source)
                VALUES ($id, $file, $media, 'new', $priority, $reasons, $type, $issuer, $date, $json, $json, $lines, 1, $now, $now, $source)
                """,
                ("$id", doc.Id), ("$file", doc.File), ("$media", doc.MediaType), ("$priority", triage.Priority),
                ("$reasons", JsonSerializer.Serialize(triage.Reasons, RecordJson.Compact)), ("$type", doc.Record.Document.Type?.Code),
                ("$issuer", doc.Record.Document.Issuer), ("$date", doc.Record.Document.IssuedDate), ("$json", json),
                ("$lines", JsonSerializer.Serialize(doc.Lines, RecordJson.Compact)), ("$now", now), ("$source", doc.Source));
            foreach (var p in doc.Pages)
                Insert(c, tx, "INSERT INTO pages (doc_id, n, content_type, width, height, dpi, data) VALUES ($id, $n, $ct, $w, $h, $dpi, $data)",
                    ("$id", doc.Id), ("$n", p.Number), ("$ct", p.ContentType), ("$w", p.Width), ("$h", p.Height), ("$dpi", p.Dpi), ("$data", p.Data));
            tx.Commit();
        }
        return Get(doc.Id)!;
    }

    public DocumentRow? Get(string id)
    {
        using var c = Database.Open();
        using var cmd = c.CreateCommand();
        cmd.CommandText = "SELECT id, file, media_type, status, priority, reasons, original, current, lines, version, approved_by, approved_at FROM documents WHERE id = $id";
        cmd.Parameters.AddWithValue("$id", id);
        using var r = cmd.ExecuteReader();
        if (!r.Read()) return null;
        return new DocumentRow(r.GetString(0), r.GetString(1), r.GetString(2), r.GetString(3), r.GetDouble(4),
            JsonSerializer.Deserialize<List<string>>(r.GetString(5))!, RecordJson.Deserialize(r.GetString(6)), RecordJson.Deserialize(r.GetString(7)),
            JsonSerializer.Deserialize<List<string>>(r.GetString(8))!, r.GetInt64(9),
            r.IsDBNull(10) ? null : r.GetString(10), r.IsDBNull(11) ? null : r.GetString(11), Pages(c, id));
    }

    public byte[]? Source(string id) => Scalar<byte[]>("SELECT source FROM documents WHERE id = $id", ("$id", id));

    public StoredPage? Page(string id, int number)
    {
        using var c = Database.Open();
        using var cmd = c.CreateCommand();
        cmd.CommandText = "SELECT content_type, width, height, dpi, data FROM pages WHERE doc_id = $id AND n = $n";
        cmd.Parameters.AddWithValue("$id", id);
        cmd.Parameters.AddWithValue("$n", number);
        using var r = cmd.ExecuteReader();
        return r.Read() ? new StoredPage(number, r.GetString(0), r.GetInt32(1), r.GetInt32(2), r.IsDBNull(3) ? null : r.GetInt32(3), (byte[])r[4]) : null;
    }

    public QueuePage Queue(QueueFilter f)
    {
        var where = new List<string>();
        var args = new List<(string, object?)>();
        void Add(string clause, string name, string? value)
        {
            if (string.IsNullOrWhiteSpace(value)) return;
            where.Add(clause);
            args.Add((name, value.Trim()));
        }
        Add("status = $status", "$status", f.Status);
        Add("doc_type = $type", "$type", f.Type);
        Add("issuer = $issuer", "$issuer", f.Issuer);
        Add("issued_date >= $from", "$from", f.DateFrom);
        Add("issued_date <= $to", "$to", f.DateTo);
        var filter = where.Count == 0 ? "" : "WHERE " + string.Join(" AND ", where);
        using var c = Database.Open();
        var total = Convert.ToInt32(Scalar<long>(c, $"SELECT COUNT(*) FROM documents {filter}", [.. args]));
        using var cmd = c.CreateCommand();
        cmd.CommandText = $"SELECT id, file, status, priority, reasons, doc_type, issuer, issued_date FROM documents {filter} ORDER BY priority DESC, id LIMIT $limit OFFSET $offset";
        foreach (var (n, v) in args) cmd.Parameters.AddWithValue(n, v);
        var size = Math.Clamp(f.PageSize, 1, 200);
        var page = Math.Max(1, f.Page);
        cmd.Parameters.AddWithValue("$limit", size);
        cmd.Parameters.AddWithValue("$offset", (page - 1) * size);
        var items = new List<QueueItem>();
        using var r = cmd.ExecuteReader();
        while (r.Read())
            items.Add(new QueueItem(r.GetString(0), r.GetString(1), r.GetString(2), r.GetDouble(3), JsonSerializer.Deserialize<List<string>>(r.GetString(4))!,
                r.IsDBNull(5) ? null : r.GetString(5), r.IsDBNull(6) ? null : r.GetString(6), r.IsDBNull(7) ? null : r.GetString(7)));
        return new QueuePage(items, total, page, size);
    }

    /// <summary>The id of the next document to review after <paramref name="id"/> in queue order, if any.</summary>
    public string? NextAfter(string id, double priority) => Scalar<string>(
        "SELECT id FROM documents WHERE status <> 'approved' AND (priority < $p OR (priority = $p AND id > $id)) ORDER BY priority DESC, id LIMIT 1",
        ("$p", priority), ("$id", id));

    /// <summary>
    /// Saves a new version if nobody saved since <paramref name="expectedVersion"/>, with its audit rows in the
    /// same transaction; otherwise saves nothing and returns the version that won.
    /// </summary>
    public SaveResult Save(string id, long expectedVersion, DocumentRecord record, string status, string user, IReadOnlyList<Change> changes)
    {
        using (var c = Database.Open())
        using (var tx = c.BeginTransaction())
        {
            var triage = Triage.Assess(record, clock);
            var now = Now();
            var approved = status == ReviewStatus.Approved;
            var updated = Insert(c, tx, """
                UPDATE documents SET current = $json, status = $status, version = version + 1, updated = $now,
                    priority = $priority, reasons = $reasons, doc_type = $type, issuer = $issuer, issued_date = $date,
                    approved_by = CASE WHEN $approved THEN $user ELSE NULL END, approved_at = CASE WHEN $approved THEN $now ELSE NULL END
                WHERE id = $id AND version = $version
                """,
                ("$json", JsonSerializer.Serialize(record, RecordJson.Compact)), ("$status", status), ("$now", now),
                ("$priority", approved ? -1.0 : triage.Priority), ("$reasons", JsonSerializer.Serialize(triage.Reasons, RecordJson.Compact)),
                ("$type", record.Document.Type?.Code), ("$issuer", record.Document.Issuer), ("$date", record.Document.IssuedDate),
                ("$approved", approved), ("$user", user), ("$id", id), ("$version", expectedVersion));
            if (updated == 0) { tx.Rollback(); return new SaveResult(false, Get(id)); }
            foreach (var change in changes)
                Insert(c, tx, "INSERT INTO audit (doc_id, user, at, field, before, after, issuer) VALUES ($id, $user, $at, $field, $before, $after, $issuer)",
                    ("$id", id), ("$user", user), ("$at", now), ("$field", change.Field), ("$before", change.Before), ("$after", change.After), ("$issuer", record.Document.Issuer));
            tx.Commit();
        }
        return new SaveResult(true, Get(id));
    }

    public IReadOnlyList<AuditEntry> History(string id)
    {
        using var c = Database.Open();
        using var cmd = c.CreateCommand();
        cmd.CommandText = "SELECT id, doc_id, user, at, field, before, after FROM audit WHERE doc_id = $id ORDER BY id";
        cmd.Parameters.AddWithValue("$id", id);
        return ReadAudit(cmd);
    }

    /// <summary>Record fields corrected (not status changes), counted per field and per issuer, most first.</summary>
    public (IReadOnlyList<(string Field, int Count)> ByField, IReadOnlyList<(string Issuer, int Count)> ByIssuer) CorrectionCounts()
    {
        using var c = Database.Open();
        return (Counts(c, "SELECT field, COUNT(*) FROM audit WHERE field <> 'status' GROUP BY field ORDER BY 2 DESC, 1"),
            Counts(c, "SELECT COALESCE(issuer, '—'), COUNT(*) FROM audit WHERE field <> 'status' GROUP BY 1 ORDER BY 2 DESC, 1"));
    }

    /// <summary>The record fields a clerk changed in a document (status changes excluded), in order of first change.</summary>
    public IReadOnlyList<string> CorrectedFields(string id) =>
        History(id).Where(a => a.Field != "status").Select(a => a.Field).Distinct().ToList();

    public IEnumerable<string> Ids(string? status)
    {
        using var c = Database.Open();
        using var cmd = c.CreateCommand();
        cmd.CommandText = "SELECT id FROM documents WHERE $status IS NULL OR status = $status ORDER BY id";
        cmd.Parameters.AddWithValue("$status", (object?)status ?? DBNull.Value);
        using var r = cmd.ExecuteReader();
        var ids = new List<string>();
        while (r.Read()) ids.Add(r.GetString(0));
        return ids;
    }

    public int Count() => Convert.ToInt32(Scalar<long>("SELECT COUNT(*) FROM documents"));

    private static List<AuditEntry> ReadAudit(SqliteCommand cmd)
    {
        var list = new List<AuditEntry>();
        using var r = cmd.ExecuteReader();
        while (r.Read())
            list.Add(new AuditEntry(r.GetInt64(0), r.GetString(1), r.GetString(2), r.GetString(3), r.GetString(4), r.IsDBNull(5) ? null : r.GetString(5), r.IsDBNull(6) ? null : r.GetString(6)));
        return list;
    }

    private static List<(string, int)> Counts(SqliteConnection c, string sql)
    {
        using var cmd = c.CreateCommand();
        cmd.CommandText = sql;
        using var r = cmd.ExecuteReader();
        var list = new List<(string, int)>();
        while (r.Read()) list.Add((r.GetString(0), r.GetInt32(1)));
        return list;
    }

    private static List<PageInfo> Pages(SqliteConnection c, string id)
    {
        using var cmd = c.CreateCommand();
        cmd.CommandText = "SELECT n, content_type, width, height, dpi FROM pages WHERE doc_id = $id ORDER BY n";
        cmd.Parameters.AddWithValue("$id", id);
        using var r = cmd.ExecuteReader();
        var list = new List<PageInfo>();
        while (r.Read()) list.Add(new PageInfo(r.GetInt32(0), r.GetString(1), r.GetInt32(2), r.GetInt32(3), r.IsDBNull(4) ? null : r.GetInt32(4)));
        return list;
    }

    private static bool Exists(SqliteConnection c, SqliteTransaction tx, string id)
    {
        using var cmd = c.CreateCommand();
        cmd.Transaction = tx;
        cmd.CommandText = "SELECT 1 FROM documents WHERE id = $id";
        cmd.Parameters.AddWithValue("$id", id);
        return cmd.ExecuteScalar() is not null;
    }

    private static int Insert(SqliteConnection c, SqliteTransaction tx, string sql, params (string Name, object? Value)[] args)
    {
        using var cmd = c.CreateCommand();
        cmd.Transaction = tx;
        cmd.CommandText = sql;
        foreach (var (n, v) in args) cmd.Parameters.AddWithValue(n, v ?? DBNull.Value);
        return cmd.ExecuteNonQuery();
    }

    private T? Scalar<T>(string sql, params (string Name, object? Value)[] args)
    {
        using var c = Database.Open();
        return Scalar<T>(c, sql, args);
    }

    private static T? Scalar<T>(SqliteConnection c, string sql, params (string Name, object? Value)[] args)
    {
        using var cmd = c.CreateCommand();
        cmd.CommandText = sql;
        foreach (var (n, v) in args) cmd.Parameters.AddWithValue(n, v ?? DBNull.Value);
        var value = cmd.ExecuteScalar();
        return value is null or DBNull ? default : (T)value;
    }

    private string Now() => clock.GetUtcNow().ToString("yyyy-MM-ddTHH:mm:ss.fffZ", System.Globalization.CultureInfo.InvariantCulture);
}
