using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Pipeline.Records;

namespace Pipeline.Ingestion.Delivery;

/// <summary>
/// The Idempotency-Key of a record: <c>&lt;document sha256&gt;:&lt;schemaVersion&gt;:&lt;record hash&gt;</c>, the record hash being
/// the first 16 hex digits of the SHA-256 of the compact record JSON as sent. A repeat of the same record
/// (a retry, a re-run with the same extractor and models) has the same key and can be dropped; a better
/// extraction of the same document (new rules, models or contract) changes the record and so the key, and
/// must not be dropped: receivers keep, per source.sha256, the latest record received (docs/ingest.md).
/// </summary>
public static class DeliveryKey
{
    public const string Header = "Idempotency-Key";

    public static string For(DocumentRecord record) =>
        For(record.Source.Sha256, record.SchemaVersion, JsonSerializer.Serialize(record, RecordJson.Compact));

    /// <summary>The key of a record body as sent (compact JSON).</summary>
    public static string For(string sha256, string schemaVersion, string compactRecord) =>
        $"{sha256}:{schemaVersion}:{Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(compactRecord)))[..16]}";
}
