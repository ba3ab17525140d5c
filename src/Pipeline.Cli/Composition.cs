using Pipeline.Extraction;
using Pipeline.Ocr.Engine;
using Pipeline.Ocr.Imaging;
using Pipeline.Ocr.Readers;
using Pipeline.Sources;
using Pipeline.Sources.Pdf;

namespace Pipeline.Cli;

/// <summary>
/// Builds the extractor every command uses: typed readers from Core, and the OCR readers for scans and
/// image-only PDF pages. The OCR engine pool is created on the first scan, so text-only runs never load
/// Tesseract, and a missing Tesseract package is reported per scan instead of stopping the batch.
/// </summary>
public sealed class Composition : IDisposable
{
    private readonly Lazy<OcrEnginePool> _pool;

    public Composition(OcrOptions? ocrOptions = null)
    {
        _pool = new(() => new OcrEnginePool(ocrOptions), LazyThreadSafetyMode.ExecutionAndPublication);
        // OCR readers first: a PDF that needs OCR goes to the scanned-PDF reader before the text-layer one.
        Extractor = new ExtractionPipelineBuilder()
            .UseVocabulary(Vocabulary.Vocab.Load())
            .UseClock(TimeProvider.System)
            .AddReader(new LazyReader(() => new ScannedPdfReader(_pool.Value, f => PdfTextLayerReader.ReadPages(f)), NeedsOcr))
            .AddReader(new LazyReader(() => new ImageSourceReader(_pool.Value), f => ImageFormats.Detect(f.Bytes) != ImageFormat.Unknown || ImageFormats.FromExtension(f.Extension) != ImageFormat.Unknown))
            .UseTypedReaders()
            .Build();
    }

    public DocumentExtractor Extractor { get; }

    /// <summary>A PDF goes to the OCR-capable reader only when some page lacks a real text layer.</summary>
    private static bool NeedsOcr(SourceFile file)
    {
        if (file.Bytes.AsSpan(0, Math.Min(1024, file.Bytes.Length)).IndexOf("%PDF-"u8) < 0) return false;
        try { return PdfTextLayerReader.ReadPages(file).Any(p => p is null); }
        catch (SourceException) { return false; } // let the text-layer reader report the file's problem
    }

    public void Dispose()
    {
        if (_pool.IsValueCreated) _pool.Value.Dispose();
    }

    /// <summary>Defers building a reader (and the native engines behind it) until a file needs it.</summary>
    private sealed class LazyReader(Func<ISourceReader> create, Func<SourceFile, bool> canRead) : ISourceReader
    {
        private readonly Lazy<ISourceReader> _reader = new(create, LazyThreadSafetyMode.ExecutionAndPublication);

        public bool CanRead(SourceFile file) => canRead(file);

        public SourceDocument Read(SourceFile file, CancellationToken cancellationToken = default) => _reader.Value.Read(file, cancellationToken);
    }
}
