namespace Pipeline.Ingestion;

/// <summary>
/// The library refuses options no run can honour, wherever they were built (the CLI checks them too, with friendlier
/// words): a caller that builds <see cref="IngestOptions"/> in code gets an <see cref="ArgumentException"/> naming
/// the option instead of a run that hangs with no worker or reads nothing.
/// </summary>
public static class OptionsValidation
{
    public static void Validate(this IngestOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (options.Sources.Count == 0) throw new ArgumentException("at least one source file or folder is required", nameof(options));
        if (string.IsNullOrWhiteSpace(options.OutDir)) throw new ArgumentException("an output folder is required", nameof(options));
        if (options.Jobs < 1) throw new ArgumentOutOfRangeException(nameof(options), options.Jobs, "Jobs must be at least 1");
        options.Limits.Validate();
    }

    public static void Validate(this IngestLimits limits)
    {
        if (limits.Timeout <= TimeSpan.Zero) throw new ArgumentOutOfRangeException(nameof(limits), limits.Timeout, "Timeout must be positive");
        if (limits.MaxPages < 1) throw new ArgumentOutOfRangeException(nameof(limits), limits.MaxPages, "MaxPages must be at least 1");
        if (limits.MaxBytes < 1) throw new ArgumentOutOfRangeException(nameof(limits), limits.MaxBytes, "MaxBytes must be at least 1");
        if (limits.MaxLineChars < 1) throw new ArgumentOutOfRangeException(nameof(limits), limits.MaxLineChars, "MaxLineChars must be at least 1");
    }
}
