using System.Text.RegularExpressions;

namespace Pipeline.Sources.Text;

/// <summary>
/// A converter that ran OCR over a scan and saved the text says so in a note on its first line ("[OCR] [Bản trích chữ tự
/// động bằng tesseract …]"): the text is recognised, not typed, so its OCR damage may be repaired like a scan's
/// (a typed text's typo stays the document as printed). Only the opening "[OCR]" tag counts, never a mention in the body.
/// </summary>
public static partial class ConverterOcrNote
{
    /// <summary>True when the first non-blank line of the text opens with the tag.</summary>
    public static bool Opens(string text)
    {
        foreach (var line in text.Split('\n'))
        {
            if (string.IsNullOrWhiteSpace(line)) continue;
            return Tag().IsMatch(line);
        }
        return false;
    }

    [GeneratedRegex(@"^\s*\[OCR\]", RegexOptions.CultureInvariant)]
    private static partial Regex Tag();
}
