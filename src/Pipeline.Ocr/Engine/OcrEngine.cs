using Pipeline.Ocr.Imaging;
using Pipeline.Ocr.Native;
using Pipeline.Sources;

namespace Pipeline.Ocr.Engine;

/// <summary>
/// One Tesseract instance. Not thread-safe: an engine is used by one thread at a time (the pool sees to it)
/// and reused for many pages, since loading the Vietnamese model costs far more than clearing a page.
/// </summary>
public sealed class OcrEngine : IDisposable
{
    private readonly TessApiHandle _api;
    private readonly int _defaultPageSegmentationMode;

    public OcrEngine(OcrOptions options)
    {
        TesseractEnvironment.EnsureLibraries();
        TesseractEnvironment.EnsureLanguage(options.DataPath, options.Language);
        _api = TessApiHandle.Create();
        if (_api.IsInvalid) throw new InvalidOperationException("TessBaseAPICreate returned null");
        if (Tesseract.BaseApiInit2(_api, options.DataPath, options.Language, options.EngineMode) != 0)
        {
            _api.Dispose();
            throw MissingDependency.Language(options.Language, options.DataPath, TesseractEnvironment.DebianLanguagePackage(options.Language));
        }
        Tesseract.BaseApiSetPageSegMode(_api, options.PageSegmentationMode);
        _pageSegmentationMode = _defaultPageSegmentationMode = options.PageSegmentationMode;
        // Tesseract prints resolution guesses and warnings on stderr; the pipeline reports through page warnings.
        Tesseract.BaseApiSetVariable(_api, "debug_file", "/dev/null");
    }

    private int _pageSegmentationMode;

    /// <param name="region">Only this part of the image (pixels: left, top, width, height); word boxes stay in image coordinates.</param>
    internal OcrPageResult Recognize(PreparedImage image, int? pageSegmentationMode = null, (int Left, int Top, int Width, int Height)? region = null)
    {
        var mode = pageSegmentationMode ?? _defaultPageSegmentationMode;
        if (mode != _pageSegmentationMode)
        {
            Tesseract.BaseApiSetPageSegMode(_api, mode);
            _pageSegmentationMode = mode;
        }
        Tesseract.BaseApiSetImage2(_api, image.Pix);
        // Without a resolution Tesseract estimates one from the text's x-height, which reads 200 dpi scans better
        // than being told 200 (measured: README "Models").
        if (image.TesseractDpi is { } dpi) Tesseract.BaseApiSetSourceResolution(_api, dpi);
        if (region is { } r) Tesseract.BaseApiSetRectangle(_api, r.Left, r.Top, r.Width, r.Height);
        try
        {
            if (Tesseract.BaseApiRecognize(_api, IntPtr.Zero) != 0)
                throw new SourceException("Tesseract could not recognise the page image") { Code = "ocr-failed" };
            var words = ReadWords();
            var text = Tesseract.TakeText(Tesseract.BaseApiGetUtf8Text(_api));
            return new OcrPageResult(words, image.Width, image.Height, Tesseract.BaseApiMeanTextConf(_api), text);
        }
        finally
        {
            // Drops the engine's reference to the image and the page results; the model stays loaded.
            Tesseract.BaseApiClear(_api);
        }
    }

    /// <summary>
    /// <see cref="Recognize"/> with Tesseract's character whitelist set for this call only (a handwritten date slot
    /// read as digits); the whitelist is cleared afterwards so the engine's next page is read with the full model.
    /// </summary>
    internal OcrPageResult RecognizeOnly(string characters, PreparedImage image, int pageSegmentationMode)
    {
        Tesseract.BaseApiSetVariable(_api, "tessedit_char_whitelist", characters);
        try
        {
            return Recognize(image, pageSegmentationMode);
        }
        finally
        {
            Tesseract.BaseApiSetVariable(_api, "tessedit_char_whitelist", "");
        }
    }

    private List<OcrWord> ReadWords()
    {
        var words = new List<OcrWord>();
        using var iterator = ResultIteratorHandle.Take(Tesseract.BaseApiGetIterator(_api));
        if (iterator is null) return words;
        const PageIteratorLevel level = PageIteratorLevel.Word;
        var line = -1;
        do
        {
            if (Tesseract.PageIteratorIsAtBeginningOf(Tesseract.ResultIteratorGetPageIterator(iterator), PageIteratorLevel.TextLine) != 0) line++;
            var text = Tesseract.TakeText(Tesseract.ResultIteratorGetUtf8Text(iterator, level)).Trim();
            if (text.Length == 0) continue;
            var confidence = Tesseract.ResultIteratorConfidence(iterator, level);
            var pageIterator = Tesseract.ResultIteratorGetPageIterator(iterator);
            if (Tesseract.PageIteratorBoundingBox(pageIterator, level, out var left, out var top, out var right, out var bottom) == 0)
                continue;
            words.Add(new OcrWord(text, left, top, right, bottom, confidence, Math.Max(0, line)));
        }
        while (Tesseract.ResultIteratorNext(iterator, level) != 0);
        return words;
    }

    public void Dispose() => _api.Dispose();
}
