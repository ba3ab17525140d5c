using System.Text.RegularExpressions;

namespace Pipeline.Sources.Text;

/// <summary>
/// The lines a converter writes between the pages it read: "===== Trang 2 =====" (a Tesseract text of a scan), "--- PAGE
/// BREAK ---" (a PDF-to-markdown tool). They are no line of the document but its page breaks, which a typed text otherwise
/// marks with a form feed; left in, the reader joins them to the line after ("===== Trang 1 ===== TỈNH ỦY …").
/// </summary>
public static partial class ConverterPageMarkers
{
    /// <summary>
    /// The text with each marker line turned into a form feed; the first one, which only opens the first page, into a
    /// blank line, so that a converter's note above it stays on the page it describes.
    /// </summary>
    public static string ToFormFeeds(string text)
    {
        var first = true;
        return Marker().Replace(text, _ =>
        {
            var replacement = first ? "" : "\f";
            first = false;
            return replacement;
        });
    }

    [GeneratedRegex(@"^[ \t]*(?:={3,}[ \t]*trang[ \t]+\d{1,4}[ \t]*={3,}|-{3,}[ \t]*page[ \t]+break[ \t]*-{3,})[ \t]*$", RegexOptions.IgnoreCase | RegexOptions.Multiline)]
    private static partial Regex Marker();
}
