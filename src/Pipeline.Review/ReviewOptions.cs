using Pipeline.Extraction;

namespace Pipeline.Review;

/// <summary>What `pipeline serve` is given: where to listen, the database, the extractor, the limits.</summary>
public sealed record ReviewOptions
{
    public string Host { get; init; } = "127.0.0.1";
    public int Port { get; init; } = 8080;
    public string DatabasePath { get; init; } = "review.db";
    public required DocumentExtractor Extractor { get; init; }

    /// <summary>Extractions run at once (OCR is CPU-bound: the cores).</summary>
    public int Workers { get; init; } = Math.Max(1, Environment.ProcessorCount);

    /// <summary>Extractions admitted (running or waiting) before POST /api/documents answers 503.</summary>
    public int QueueCapacity { get; init; } = 2 * Math.Max(1, Environment.ProcessorCount) + 4;

    public const long MaxUploadBytes = 20L * 1024 * 1024;

    /// <summary>Login attempts per client address per minute.</summary>
    public int LoginAttemptsPerMinute { get; init; } = 10;

    public TimeProvider Clock { get; init; } = TimeProvider.System;
}
