using System.Collections.Immutable;
using Pipeline.Ocr.Engine;
using Pipeline.Sources;
using UglyToad.PdfPig;

namespace Pipeline.Ocr.Readers;

/// <summary>
/// Reads PDFs page by page: a page with a real text layer keeps it, a scanned page is OCR'd from its image
/// (JPEG and JPEG 2000 as they are, CCITT G3/G4 through libtiff, Flate and raw samples through PNM), and a
/// page whose image none of these decodes is rendered by pdftoppm instead, with a page warning.
/// Register it before any text-only PDF reader: it covers born-digital pages too, through the text-layer delegate.
/// </summary>
public sealed class ScannedPdfReader : ISourceReader
{
    private readonly OcrEnginePool _pool;
    private readonly Func<SourceFile, IReadOnlyList<Page?>> _textLayer;
    private readonly PdftoppmRenderer _renderer;

    /// <param name="pool">Engines shared with the other OCR readers; owned by the caller.</param>
    /// <param name="textLayer">
    /// Per page of the file, the page read from its text layer, or null when the page has no real text and must be
    /// OCR'd (a page whose only text is the digital-signature banner counts as a scan). Meant for
    /// <c>Pipeline.Sources.Pdf.PdfTextLayerReader</c>; defaults to <see cref="PdfPigTextLayer.Pages"/>.
    /// </param>
    /// <param name="renderer">Fallback renderer for undecodable page images; defaults to pdftoppm.</param>
    public ScannedPdfReader(OcrEnginePool pool, Func<SourceFile, IReadOnlyList<Page?>>? textLayer = null, PdftoppmRenderer? renderer = null)
    {
        _pool = pool;
        _textLayer = textLayer ?? PdfPigTextLayer.Pages;
        _renderer = renderer ?? new PdftoppmRenderer();
    }

    public bool CanRead(SourceFile file) =>
        file.Bytes.AsSpan(0, Math.Min(1024, file.Bytes.Length)).IndexOf("%PDF-"u8) >= 0 || file.Extension == ".pdf";

    public SourceDocument Read(SourceFile file, CancellationToken cancellationToken = default)
    {
        var textPages = ReadTextLayer(file);
        var warnings = new List<string>();
        Page?[] pages;
        var jobs = new List<PageJob>();
        using var temporary = new TemporaryPdf(file);

        ImmutableArray<DateTimeOffset> signed;
        using (var document = Open(file))
        {
            signed = Pipeline.Sources.Pdf.SigningTimes.Read(document);
            pages = new Page?[document.NumberOfPages];
            for (var number = 1; number <= document.NumberOfPages; number++)
            {
                cancellationToken.ThrowIfCancellationRequested();
                if (number - 1 < textPages.Count && textPages[number - 1] is { } textPage)
                {
                    pages[number - 1] = textPage with { Number = number };
                    continue;
                }
                var job = Job(document.GetPage(number), number, temporary, cancellationToken);
                if (job is null)
                {
                    pages[number - 1] = new Page(number, [], LineOrigin.Ocr);
                    warnings.Add($"page {number}: no text layer and no page image; left empty");
                }
                else jobs.Add(job);
            }
        }

        if (jobs.Count > 0)
        {
            foreach (var recognised in PageJobs.Run(_pool, jobs, cancellationToken))
            {
                pages[recognised.Page.Number - 1] = recognised.Page;
                warnings.AddRange(recognised.Warnings);
            }
            warnings.Insert(0, OcrWarnings.Recognised(_pool, jobs.Count));
        }

        var result = pages.Select((p, i) => p ?? new Page(i + 1, [], LineOrigin.Ocr)).ToImmutableArray();
        if (result.All(p => p.Lines.IsEmpty))
            throw new SourceException(jobs.Count == 0
                ? "the PDF has no text layer and no page image to OCR"
                : "no text found: the PDF has no text layer and OCR recognised nothing on its page images")
            { Code = "no-text" };
        return new SourceDocument(file, "application/pdf", result, [.. warnings]) { SigningTimes = signed };
    }

    private PageJob? Job(UglyToad.PdfPig.Content.Page page, int number, TemporaryPdf temporary, CancellationToken cancellationToken)
    {
        var image = PdfImageExtractor.Extract(page);
        DecodedImageFactory render = () => _renderer.Render(temporary.Path, number, cancellationToken);
        var renderWarning = $"rendered with pdftoppm at {PdftoppmRenderer.Dpi} dpi for OCR instead";
        if (image is null)
        {
            // Images, but none covering the page: a scan cut into strips or tiles. Render the page whole.
            if (!page.GetImages().Any()) return null;
            return new PageJob(number, () => throw new SourceException($"page {number} has no single page-sized image (strips or fragments)") { Code = "unsupported-image" },
                () => render(), renderWarning);
        }
        if (image.Encoding == PdfImageEncoding.Unsupported)
            return new PageJob(number, () => throw new SourceException($"the image of page {number} is encoded with {image.Filter}, which is not decoded here") { Code = "unsupported-image" },
                () => render(), renderWarning);
        return new PageJob(number, () => PdfImageDecoder.Decode(image, number), () => render(), renderWarning);
    }

    private IReadOnlyList<Page?> ReadTextLayer(SourceFile file)
    {
        try { return _textLayer(file); }
        catch (SourceException) { throw; }
        catch (Exception e) { throw new SourceException($"the PDF cannot be parsed: {e.Message}", e) { Code = "corrupt-pdf" }; }
    }

    private static PdfDocument Open(SourceFile file)
    {
        try { return PdfDocument.Open(file.Bytes); }
        catch (Exception e) { throw new SourceException($"the PDF cannot be parsed: {e.Message}", e) { Code = "corrupt-pdf" }; }
    }

    private delegate Imaging.DecodedImage DecodedImageFactory();

    /// <summary>The PDF written to a temporary file only if some page needs pdftoppm; deleted after reading.</summary>
    private sealed class TemporaryPdf(SourceFile file) : IDisposable
    {
        private readonly Lazy<string> _path = new(() =>
        {
            var path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), $"pipeline-ocr-{Guid.NewGuid():N}.pdf");
            File.WriteAllBytes(path, file.Bytes);
            return path;
        }, LazyThreadSafetyMode.ExecutionAndPublication);

        public string Path => _path.Value;

        public void Dispose()
        {
            if (_path.IsValueCreated) File.Delete(_path.Value);
        }
    }
}
