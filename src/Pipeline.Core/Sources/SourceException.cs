namespace Pipeline.Sources;

/// <summary>
/// An input that cannot be read: empty, corrupt, unsupported, without text. The message is one line
/// naming the reason; the caller adds the file name, records it and goes on with the batch.
/// </summary>
public sealed class SourceException(string reason, Exception? inner = null) : Exception(reason, inner)
{
    /// <summary>A short machine-readable code for the error record, e.g. <c>empty</c>, <c>no-text-layer</c>.</summary>
    public string Code { get; init; } = "unreadable";
}
