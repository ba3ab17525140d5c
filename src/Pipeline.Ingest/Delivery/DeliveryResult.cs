namespace Pipeline.Ingestion.Delivery;

/// <summary>How one POST ended after all its retries.</summary>
public enum DeliveryOutcome
{
    /// <summary>2xx, or 409 for a key the receiver already holds.</summary>
    Delivered,
    /// <summary>The receiver refused this record (a 4xx other than 408/429): other records may still go.</summary>
    Rejected,
    /// <summary>Retries exhausted on 5xx, timeouts, refused connections or an open circuit: the receiver is down for now.</summary>
    Unreachable,
}

public sealed record DeliveryResult(DeliveryOutcome Outcome, string? Error = null);
