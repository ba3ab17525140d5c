namespace Pipeline.Ingestion;

/// <summary>
/// Bounds on one document, so a hostile or broken input costs at most a known amount of time and memory
/// and ends as a clear error in its status record while the batch goes on.
/// </summary>
public sealed record IngestLimits
{
    /// <summary>Wall time for one document; a reader that ignores cancellation is abandoned after it.</summary>
    public TimeSpan Timeout { get; init; } = TimeSpan.FromSeconds(120);

    /// <summary>Pages per document; a gazette of thousands of pages is not a notice.</summary>
    public int MaxPages { get; init; } = 500;

    /// <summary>File size; the file is read into memory whole, so this bounds a worker's memory.</summary>
    public long MaxBytes { get; init; } = 100L * 1024 * 1024;

    /// <summary>
    /// Characters in one line after reading. A markdown table row holding a whole block of a notice stays under
    /// 10,000; a 2 MB single line is a dump, and costs the role and task stages minutes.
    /// </summary>
    public int MaxLineChars { get; init; } = 100_000;

    /// <summary>Image area judged from the header before decoding: an A3 page at 600 dpi is ~70 megapixels.</summary>
    public long MaxImagePixels { get; init; } = 100_000_000;

    /// <summary>Decompressed size of one PDF stream; a real page's content or image stays far below.</summary>
    public long MaxInflatedBytes { get; init; } = 256L * 1024 * 1024;
}
