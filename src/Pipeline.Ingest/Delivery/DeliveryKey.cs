using Pipeline.Records;

namespace Pipeline.Ingestion.Delivery;

/// <summary>
/// The Idempotency-Key of a record: its document's SHA-256 and the schema version. The same document under
/// the same contract is the same record, however often it is sent; a new contract version is a new record.
/// </summary>
public static class DeliveryKey
{
    public const string Header = "Idempotency-Key";

    public static string For(DocumentRecord record) => For(record.Source.Sha256, record.SchemaVersion);

    public static string For(string sha256, string schemaVersion) => $"{sha256}:{schemaVersion}";
}
