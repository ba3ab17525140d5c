namespace Pipeline.Sources;

/// <summary>
/// The set of readers the pipeline knows, asked in order. Keeping the list in one place is the
/// extension point: OCR adds its readers here without the rest of the pipeline changing.
/// </summary>
public sealed class SourceReaders(IEnumerable<ISourceReader> readers)
{
    private readonly IReadOnlyList<ISourceReader> _readers = readers.ToList();

    public IReadOnlyList<ISourceReader> Readers => _readers;

    /// <summary>File name endings some reader accepts, used when walking folders.</summary>
    public static readonly IReadOnlySet<string> KnownExtensions = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        ".txt", ".md", ".markdown", ".docx", ".doc", ".html", ".htm", ".pdf", ".png", ".jpg", ".jpeg", ".tif", ".tiff", ".bmp", ".webp", ".gif", ".jp2", ".j2k",
    };

    public SourceDocument Read(SourceFile file, CancellationToken cancellationToken = default)
    {
        if (file.Bytes.Length == 0) throw new SourceException("the file is empty (0 bytes)") { Code = "empty" };
        var reader = _readers.FirstOrDefault(r => r.CanRead(file))
            ?? throw new SourceException($"unsupported input type '{file.Extension}'") { Code = "unsupported" };
        return reader.Read(file, cancellationToken);
    }
}
