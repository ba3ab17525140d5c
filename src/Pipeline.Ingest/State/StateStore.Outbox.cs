using Microsoft.Data.Sqlite;

namespace Pipeline.Ingestion.State;

/// <summary>
/// The delivery outbox: a row per (webhook, record) queued in the same transaction that finishes the
/// document, removed from the pending set only once the receiver accepted it. Undelivered rows are sent
/// by the next run given the same --webhook.
/// </summary>
public sealed partial class StateStore
{
    private void Enqueue(OutboxItem item, SqliteTransaction tx)
    {
        // A record re-made (a retried failure) replaces the queued payload unless it was delivered already.
        using var cmd = Command("""
            INSERT INTO outbox(target, key, sha256, payload) VALUES($target, $key, $sha, $payload)
            ON CONFLICT(target, key) DO UPDATE SET payload = excluded.payload WHERE outbox.delivered_at IS NULL
            """, ("$target", item.Target), ("$key", item.Key), ("$sha", item.Sha256), ("$payload", item.Payload));
        cmd.Transaction = tx;
        cmd.ExecuteNonQuery();
    }

    public void Enqueue(OutboxItem item)
    {
        lock (_gate)
        {
            using var tx = _db.BeginTransaction();
            Enqueue(item, tx);
            tx.Commit();
        }
    }

    /// <summary>Finished documents (ok, partial) that have no outbox row for this target yet: done before the webhook was given.</summary>
    public IReadOnlyList<string> DocumentsNotQueuedFor(string target)
    {
        lock (_gate)
        {
            using var cmd = Command("""
                SELECT d.sha256 FROM documents d
                WHERE d.status IN ('ok', 'partial')
                  AND NOT EXISTS (SELECT 1 FROM outbox o WHERE o.target = $target AND o.sha256 = d.sha256)
                ORDER BY d.sha256
                """, ("$target", target));
            using var reader = cmd.ExecuteReader();
            var list = new List<string>();
            while (reader.Read()) list.Add(reader.GetString(0));
            return list;
        }
    }

    /// <summary>Pending rows for a target after a cursor (rowid), oldest first.</summary>
    public IReadOnlyList<OutboxItem> Pending(string target, long afterId, int limit)
    {
        lock (_gate)
        {
            using var cmd = Command("""
                SELECT rowid, target, key, sha256, payload, attempts FROM outbox
                WHERE target = $target AND delivered_at IS NULL AND rowid > $after ORDER BY rowid LIMIT $limit
                """, ("$target", target), ("$after", afterId), ("$limit", limit));
            using var reader = cmd.ExecuteReader();
            var items = new List<OutboxItem>();
            while (reader.Read())
                items.Add(new OutboxItem(reader.GetInt64(0), reader.GetString(1), reader.GetString(2), reader.GetString(3), reader.GetString(4), reader.GetInt32(5)));
            return items;
        }
    }

    public void MarkDelivered(OutboxItem item, DateTimeOffset at)
    {
        lock (_gate)
        {
            using var cmd = Command("UPDATE outbox SET delivered_at = $at, attempts = attempts + 1, last_error = NULL WHERE rowid = $id",
                ("$at", at.ToString("O")), ("$id", item.Id));
            cmd.ExecuteNonQuery();
        }
    }

    public void MarkUndelivered(OutboxItem item, string error)
    {
        lock (_gate)
        {
            using var cmd = Command("UPDATE outbox SET attempts = attempts + 1, last_error = $error WHERE rowid = $id",
                ("$error", error), ("$id", item.Id));
            cmd.ExecuteNonQuery();
        }
    }

    public int PendingCount(string? target = null)
    {
        lock (_gate)
        {
            using var cmd = target is null
                ? Command("SELECT COUNT(*) FROM outbox WHERE delivered_at IS NULL")
                : Command("SELECT COUNT(*) FROM outbox WHERE delivered_at IS NULL AND target = $target", ("$target", target));
            return Convert.ToInt32(cmd.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
        }
    }
}
