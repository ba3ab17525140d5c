namespace Pipeline.Sources;

/// <summary>
/// Reads one kind of input into pages and lines. Readers are the only stage that knows file formats;
/// a new format (OCR'd images, say) plugs in by adding one.
/// </summary>
public interface ISourceReader
{
    /// <summary>True when this reader handles the file, judged by its content first and its name second.</summary>
    bool CanRead(SourceFile file);

    /// <summary>Reads the file. Throws <see cref="SourceException"/> with a one-line reason when it cannot.</summary>
    SourceDocument Read(SourceFile file, CancellationToken cancellationToken = default);
}
