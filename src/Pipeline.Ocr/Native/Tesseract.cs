using System.Runtime.InteropServices;

namespace Pipeline.Ocr.Native;

/// <summary>Tesseract 5 C API (tesseract/capi.h) as far as the pipeline uses it. BOOL is a C int.</summary>
internal static partial class Tesseract
{
    [LibraryImport(NativeNames.Tesseract, EntryPoint = "TessVersion")]
    public static partial IntPtr Version();

    [LibraryImport(NativeNames.Tesseract, EntryPoint = "TessDeleteText")]
    public static partial void DeleteText(IntPtr text);

    [LibraryImport(NativeNames.Tesseract, EntryPoint = "TessBaseAPICreate")]
    public static partial IntPtr BaseApiCreate();

    [LibraryImport(NativeNames.Tesseract, EntryPoint = "TessBaseAPIDelete")]
    public static partial void BaseApiDelete(IntPtr api);

    [LibraryImport(NativeNames.Tesseract, EntryPoint = "TessBaseAPIEnd")]
    public static partial void BaseApiEnd(IntPtr api);

    [LibraryImport(NativeNames.Tesseract, EntryPoint = "TessBaseAPIInit3", StringMarshalling = StringMarshalling.Utf8)]
    public static partial int BaseApiInit3(TessApiHandle api, string? dataPath, string language);

    /// <param name="engineMode">tesseract::OcrEngineMode: 1 = LSTM only.</param>
    [LibraryImport(NativeNames.Tesseract, EntryPoint = "TessBaseAPIInit2", StringMarshalling = StringMarshalling.Utf8)]
    public static partial int BaseApiInit2(TessApiHandle api, string? dataPath, string language, int engineMode);

    [LibraryImport(NativeNames.Tesseract, EntryPoint = "TessBaseAPISetVariable", StringMarshalling = StringMarshalling.Utf8)]
    public static partial int BaseApiSetVariable(TessApiHandle api, string name, string value);

    [LibraryImport(NativeNames.Tesseract, EntryPoint = "TessBaseAPISetPageSegMode")]
    public static partial void BaseApiSetPageSegMode(TessApiHandle api, int mode);

    [LibraryImport(NativeNames.Tesseract, EntryPoint = "TessBaseAPISetImage2")]
    public static partial void BaseApiSetImage2(TessApiHandle api, PixHandle pix);

    [LibraryImport(NativeNames.Tesseract, EntryPoint = "TessBaseAPISetRectangle")]
    public static partial void BaseApiSetRectangle(TessApiHandle api, int left, int top, int width, int height);

    [LibraryImport(NativeNames.Tesseract, EntryPoint = "TessBaseAPISetSourceResolution")]
    public static partial void BaseApiSetSourceResolution(TessApiHandle api, int ppi);

    [LibraryImport(NativeNames.Tesseract, EntryPoint = "TessBaseAPIRecognize")]
    public static partial int BaseApiRecognize(TessApiHandle api, IntPtr monitor);

    [LibraryImport(NativeNames.Tesseract, EntryPoint = "TessBaseAPIGetUTF8Text")]
    public static partial IntPtr BaseApiGetUtf8Text(TessApiHandle api);

    [LibraryImport(NativeNames.Tesseract, EntryPoint = "TessBaseAPIMeanTextConf")]
    public static partial int BaseApiMeanTextConf(TessApiHandle api);

    [LibraryImport(NativeNames.Tesseract, EntryPoint = "TessBaseAPIClear")]
    public static partial void BaseApiClear(TessApiHandle api);

    [LibraryImport(NativeNames.Tesseract, EntryPoint = "TessBaseAPIGetIterator")]
    public static partial IntPtr BaseApiGetIterator(TessApiHandle api);

    [LibraryImport(NativeNames.Tesseract, EntryPoint = "TessResultIteratorDelete")]
    public static partial void ResultIteratorDelete(IntPtr iterator);

    [LibraryImport(NativeNames.Tesseract, EntryPoint = "TessResultIteratorNext")]
    public static partial int ResultIteratorNext(ResultIteratorHandle iterator, PageIteratorLevel level);

    [LibraryImport(NativeNames.Tesseract, EntryPoint = "TessResultIteratorGetUTF8Text")]
    public static partial IntPtr ResultIteratorGetUtf8Text(ResultIteratorHandle iterator, PageIteratorLevel level);

    [LibraryImport(NativeNames.Tesseract, EntryPoint = "TessResultIteratorConfidence")]
    public static partial float ResultIteratorConfidence(ResultIteratorHandle iterator, PageIteratorLevel level);

    /// <summary>Borrowed pointer: owned by the result iterator, never deleted on its own.</summary>
    [LibraryImport(NativeNames.Tesseract, EntryPoint = "TessResultIteratorGetPageIterator")]
    public static partial IntPtr ResultIteratorGetPageIterator(ResultIteratorHandle iterator);

    [LibraryImport(NativeNames.Tesseract, EntryPoint = "TessPageIteratorIsAtBeginningOf")]
    public static partial int PageIteratorIsAtBeginningOf(IntPtr pageIterator, PageIteratorLevel level);

    [LibraryImport(NativeNames.Tesseract, EntryPoint = "TessPageIteratorBoundingBox")]
    public static partial int PageIteratorBoundingBox(IntPtr pageIterator, PageIteratorLevel level,
        out int left, out int top, out int right, out int bottom);

    /// <summary>Copies a Tesseract-allocated UTF-8 string and frees it, so no caller can forget.</summary>
    public static string TakeText(IntPtr text)
    {
        if (text == IntPtr.Zero) return "";
        try { return Marshal.PtrToStringUTF8(text) ?? ""; }
        finally { DeleteText(text); }
    }
}

/// <summary>tesseract::PageIteratorLevel.</summary>
internal enum PageIteratorLevel
{
    Block = 0,
    Paragraph = 1,
    TextLine = 2,
    Word = 3,
    Symbol = 4,
}
