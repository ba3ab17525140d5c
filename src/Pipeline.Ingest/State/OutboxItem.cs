namespace Pipeline.Ingestion.State;

/// <summary>One record waiting to be delivered to a webhook, keyed so the receiver can drop repeats.</summary>
public sealed record OutboxItem(long Id, string Target, string Key, string Sha256, string Payload, int Attempts);
