namespace Pipeline.Ocr.Readers;

/// <summary>How a PDF image stream is encoded, i.e. which decoder the worker will use.</summary>
internal enum PdfImageEncoding
{
    /// <summary>DCTDecode (JPEG) or JPXDecode (JPEG 2000): Leptonica reads the bytes as they are.</summary>
    Container,
    /// <summary>CCITTFaxDecode: wrapped in a TIFF header for libtiff.</summary>
    Ccitt,
    /// <summary>Already decoded samples (8-bit gray/RGB or 1-bit), or a zlib stream of them.</summary>
    Samples,
    /// <summary>Something only a full renderer handles (JBIG2, predictors, odd colour spaces).</summary>
    Unsupported,
}

/// <param name="QuarterTurns">Clockwise quarter turns the page's /Rotate asks for when displaying it.</param>
/// <summary>
/// The scan image of one PDF page, copied out of the document so workers can decode it without touching
/// PdfPig (whose objects are not meant for concurrent use).
/// </summary>
internal sealed record PdfPageImage(
    PdfImageEncoding Encoding,
    byte[] Data,
    int Width,
    int Height,
    int BitsPerComponent,
    int Components,
    bool Deflated,
    int CcittK,
    bool CcittBlackIs1,
    bool CcittByteAlign,
    int? Dpi,
    string Filter,
    int QuarterTurns);
