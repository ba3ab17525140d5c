using Pipeline.Extraction;
using Pipeline.Lines;
using Pipeline.Records;
using Pipeline.Review.Storage;
using Pipeline.Sources;

namespace Pipeline.Review.Intake;

/// <summary>
/// One input into the desk: read once, extracted by the same extractor the CLI composes, page images
/// rendered, the prepared lines kept (provenance line indices point into them), stored by content hash.
/// </summary>
public sealed class DocumentIntake(DocumentExtractor extractor, DocumentStore store)
{
    public static readonly TimeSpan RenderTimeout = TimeSpan.FromSeconds(60);

    public DocumentRow Extract(SourceFile file, CancellationToken cancellationToken = default)
    {
        var source = extractor.Readers.Read(file, cancellationToken);
        var record = extractor.Extract(source);
        var lines = LinePreparer.Prepare(source).Lines.Select(l => l.Text).ToList();
        return store.Add(new NewDocument(file.Sha256, file.Name, source.MediaType, record, lines, PageImages.Render(file, RenderTimeout), file.Bytes));
    }

    /// <summary>
    /// A record made earlier (an ingest run): stored as it is; the input, when still at hand, gives the page
    /// images, and for typed inputs the lines (scans are not OCR'd again).
    /// </summary>
    public DocumentRow Import(DocumentRecord record, SourceFile? file)
    {
        IReadOnlyList<string> lines = [];
        if (file is not null && !WasOcrd(record) && extractor.Readers.Read(file) is { } source)
            lines = LinePreparer.Prepare(source).Lines.Select(l => l.Text).ToList();
        var pages = file is null ? [] : PageImages.Render(file, RenderTimeout);
        return store.Add(new NewDocument(record.Source.Sha256, record.Source.File, record.Source.MediaType, record, lines, pages, file?.Bytes));
    }

    /// <summary>Scans (images, image-only PDF pages) are known by their pixel regions; reading them again would OCR them again.</summary>
    private static bool WasOcrd(DocumentRecord record) =>
        record.Source.MediaType.StartsWith("image/", StringComparison.Ordinal)
        || record.Document.Provenance.Values.Concat(record.Tasks.Select(t => t.Provenance)).Any(p => p?.Regions.Any(r => r.Unit is "px" or "page") == true && record.Source.MediaType == "application/pdf");
}
