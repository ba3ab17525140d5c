using System.Collections.Immutable;
using Pipeline.Ocr.Engine;
using Pipeline.Ocr.Imaging;
using Pipeline.Sources;

namespace Pipeline.Ocr.Readers;

/// <summary>
/// Reads scanned page images — PNG, JPEG, TIFF (every page, CCITT G4 included), BMP, WebP, GIF and JPEG 2000 — by OCR.
/// The format is told by the file's first bytes; the name only decides that a file is ours to reject.
/// </summary>
public sealed class ImageSourceReader(OcrEnginePool pool) : ISourceReader
{
    public bool CanRead(SourceFile file) =>
        ImageFormats.Detect(file.Bytes) != ImageFormat.Unknown || ImageFormats.FromExtension(file.Extension) != ImageFormat.Unknown;

    public SourceDocument Read(SourceFile file, CancellationToken cancellationToken = default)
    {
        var format = ImageFormats.Detect(file.Bytes);
        if (format == ImageFormat.Unknown)
            throw ImageDecoder.Corrupt("the image", $"its content is not PNG, JPEG, TIFF, BMP, WebP, GIF or JPEG 2000 ({Describe(file.Bytes)})");

        var jobs = format == ImageFormat.Tiff ? TiffJobs(file) : [new PageJob(1, () => ImageDecoder.Decode(file.Bytes, "the image"))];
        var pages = PageJobs.Run(pool, jobs, cancellationToken);
        var warnings = pages.SelectMany(p => p.Warnings).Prepend(OcrWarnings.Recognised(pool, pages.Length)).ToImmutableArray();
        return new SourceDocument(file, ImageFormats.MediaType(format), [.. pages.Select(p => p.Page)], warnings);
    }

    private static List<PageJob> TiffJobs(SourceFile file)
    {
        var sizes = TiffDirectory.ReadPageSizes(file.Bytes)
            ?? throw ImageDecoder.Corrupt("the TIFF image", "its directory structure is broken");
        if (sizes.Count == 0) throw ImageDecoder.Corrupt("the TIFF image", "it holds no page");
        for (var i = 0; i < sizes.Count; i++) ImageLimits.Check(sizes[i].Width, sizes[i].Height, $"TIFF page {i + 1}");
        return [.. Enumerable.Range(0, sizes.Count).Select(i =>
            new PageJob(i + 1, () => ImageDecoder.DecodeTiffPage(file.Bytes, i, $"TIFF page {i + 1}")))];
    }

    private static string Describe(byte[] bytes) =>
        bytes.Length == 0 ? "empty" : "starts with " + Convert.ToHexString(bytes.AsSpan(0, Math.Min(8, bytes.Length)));
}
