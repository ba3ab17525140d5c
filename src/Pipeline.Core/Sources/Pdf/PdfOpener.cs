using System.Text;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Exceptions;

namespace Pipeline.Sources.Pdf;

/// <summary>
/// Opens a PDF with PdfPig and turns every way that can fail into a one-line <see cref="SourceException"/>:
/// not a PDF at all, password-protected, or damaged (typically a download cut short).
/// </summary>
internal static class PdfOpener
{
    private static readonly byte[] Magic = "%PDF-"u8.ToArray();

    /// <summary>True when the header appears in the first kilobyte, where readers tolerate leading junk.</summary>
    public static bool HasPdfHeader(byte[] bytes) =>
        bytes.AsSpan(0, Math.Min(bytes.Length, 1024)).IndexOf(Magic) >= 0;

    public static PdfDocument Open(SourceFile file)
    {
        if (!HasPdfHeader(file.Bytes))
            throw new SourceException($"not a PDF: no %PDF- header in the first 1 KB (starts with {Describe(file.Bytes)})") { Code = "not-pdf" };
        if (!HasEndMarker(file.Bytes))
            throw new SourceException("the PDF is truncated: no %%EOF marker at the end of the file") { Code = "corrupt" };
        try
        {
            return PdfDocument.Open(file.Bytes, new ParsingOptions { UseLenientParsing = true, SkipMissingFonts = true });
        }
        catch (Exception e) when (Translate(e) is { } error)
        {
            throw error;
        }
    }

    /// <summary>Maps a PdfPig failure to the reader's error; null for exceptions that are not about the file.</summary>
    public static SourceException? Translate(Exception e) => e switch
    {
        SourceException s => s,
        PdfDocumentEncryptedException => new SourceException("the PDF is encrypted (password-protected)", e) { Code = "encrypted" },
        PdfDocumentFormatException or InvalidOperationException or ArgumentException or IndexOutOfRangeException
            or NullReferenceException or InvalidCastException or FormatException or IOException or KeyNotFoundException
            or OverflowException or NotSupportedException
            => new SourceException($"the PDF is damaged and cannot be parsed: {FirstLine(e.Message)}", e) { Code = "corrupt" },
        _ => null,
    };

    /// <summary>
    /// Writers end the file with %%EOF (an incremental update adds another); a file cut short loses it.
    /// PdfPig's lenient parser would otherwise read a half file silently and return half the pages.
    /// </summary>
    private static bool HasEndMarker(byte[] bytes)
    {
        var tail = bytes.AsSpan(Math.Max(0, bytes.Length - 2048));
        return tail.IndexOf("%%EOF"u8) >= 0;
    }

    private static string Describe(byte[] bytes)
    {
        var head = bytes.AsSpan(0, Math.Min(bytes.Length, 8));
        var ascii = head.ToArray().All(b => b is >= 0x20 and < 0x7F);
        return ascii ? $"'{Encoding.ASCII.GetString(head)}'" : Convert.ToHexString(head);
    }

    private static string FirstLine(string message)
    {
        var line = message.Split('\n', 2)[0].Trim();
        return line.Length > 160 ? line[..160] + "…" : line;
    }
}
