using Pipeline.Sources;

namespace Pipeline.Ingestion.Guards;

/// <summary>
/// Checks run on a document's bytes before any reader sees them: image size from the header, decompression
/// bombs in PDFs. (The Word reader caps its own parts; file size and page count are checked around reading.)
/// Each failure is a <see cref="SourceException"/> whose code lands in the status record.
/// </summary>
public static class InputGuard
{
    public static void Check(SourceFile file, IngestLimits limits)
    {
        if (ImageHeader.IsImageName(file.Extension))
        {
            var size = ImageHeader.Read(file.Bytes);
            if (size.Pixels > limits.MaxImagePixels)
                throw new SourceException(
                    $"the image is too large: {size.Format} of {size.Width}×{size.Height} pixels ({size.Pixels / 1_000_000.0:0.#} megapixels), over the {limits.MaxImagePixels / 1_000_000.0:0.#} megapixel limit")
                { Code = "image-too-large" };
        }
        if (file.Extension == ".pdf" || file.Bytes.AsSpan(0, Math.Min(file.Bytes.Length, 1024)).IndexOf("%PDF-"u8) >= 0)
            PdfInflateGuard.Check(file.Bytes, limits.MaxInflatedBytes);
        var declared = DeclaredPages.Of(file.Bytes, limits.MaxPages);
        if (declared > limits.MaxPages)
            throw new SourceException($"the document declares {(declared > limits.MaxPages + 1 ? declared.ToString(System.Globalization.CultureInfo.InvariantCulture) : "more than " + limits.MaxPages)} pages, over the {limits.MaxPages}-page limit (--max-pages); no page was read") { Code = "too-many-pages" };
    }

    /// <summary>
    /// The page limit (for what the header did not declare) and the line length, checked once the reader has the
    /// pages and before the rule stages run: a megabyte-long line is no notice, and the later stages are not built
    /// for one.
    /// </summary>
    public static void CheckPages(SourceDocument source, IngestLimits limits)
    {
        if (source.Pages.Length > limits.MaxPages)
            throw new SourceException($"the document has {source.Pages.Length} pages, over the {limits.MaxPages}-page limit (--max-pages)") { Code = "too-many-pages" };
        foreach (var page in source.Pages)
            foreach (var line in page.Lines)
                if (line.Text.Length > limits.MaxLineChars)
                    throw new SourceException($"page {page.Number} has a line of {line.Text.Length:N0} characters, over the {limits.MaxLineChars:N0} allowed") { Code = "too-large" };
    }
}
