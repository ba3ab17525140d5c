using Pipeline.Ocr.Imaging;
using Pipeline.Sources;

namespace Pipeline.Ocr.Engine;

/// <summary>
/// One page to OCR. Decoding happens on the worker, so only the encoded bytes of waiting pages are held
/// in memory, never all decoded bitmaps of an 80-page scan at once.
/// </summary>
/// <param name="Fallback">Produces the image another way (a renderer) when <paramref name="Decode"/> fails.</param>
internal sealed record PageJob(int PageNumber, Func<DecodedImage> Decode, Func<DecodedImage>? Fallback = null, string? FallbackWarning = null);

internal static class PageJobs
{
    /// <summary>OCRs the pages in parallel on the pool, keeping page order.</summary>
    public static RecognizedPage[] Run(OcrEnginePool pool, IReadOnlyList<PageJob> jobs, CancellationToken cancellationToken) =>
        pool.Map(jobs, (engine, job) => Run(engine, job, pool.Options), cancellationToken);

    private static RecognizedPage Run(OcrEngine engine, PageJob job, OcrOptions options)
    {
        var warnings = new List<string>();
        DecodedImage image;
        try
        {
            image = job.Decode();
        }
        catch (SourceException e) when (job.Fallback is not null && e.Code != "too-large")
        {
            image = job.Fallback();
            warnings.Add($"page {job.PageNumber}: {e.Message}; {job.FallbackWarning}");
        }
        using (image)
        {
            var page = PageRecognizer.Recognize(engine, image, job.PageNumber, options);
            return page with { Warnings = [.. page.Warnings, .. warnings] };
        }
    }
}
