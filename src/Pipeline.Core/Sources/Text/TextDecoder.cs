using System.Text;

namespace Pipeline.Sources.Text;

/// <summary>
/// Turns a text file's bytes into a string: UTF-8 with or without BOM, UTF-16 with BOM, and legacy 8-bit
/// Vietnamese (Windows-1258, TCVN3, VNI) when the bytes are not UTF-8 and one of those reads as Vietnamese,
/// with a warning naming it. Other bytes are an error rather than silently replaced, because a wrong guess
/// corrupts every diacritic.
/// </summary>
public static class TextDecoder
{
    public static string Decode(byte[] bytes) => DecodeReporting(bytes).Text;

    /// <summary>The text, and a warning naming the legacy encoding it was converted from (null for Unicode).</summary>
    public static (string Text, string? Warning) DecodeReporting(byte[] bytes)
    {
        try
        {
            return (DecodeUnicode(bytes), null);
        }
        catch (SourceException e) when (e.Code == "invalid-encoding")
        {
            if (LegacyVietnamese.DecodeBytes(bytes) is { } legacy)
                return (legacy.Text, $"legacy-encoding: the text was not Unicode; read as {legacy.Encoding} and converted to Unicode");
            throw;
        }
    }

    private static string DecodeUnicode(byte[] bytes)
    {
        if (bytes.Length >= 2 && bytes[0] == 0xFF && bytes[1] == 0xFE) return Encoding.Unicode.GetString(bytes, 2, bytes.Length - 2);
        if (bytes.Length >= 2 && bytes[0] == 0xFE && bytes[1] == 0xFF) return Encoding.BigEndianUnicode.GetString(bytes, 2, bytes.Length - 2);
        var offset = bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF ? 3 : 0;
        try
        {
            return new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(bytes, offset, bytes.Length - offset);
        }
        catch (DecoderFallbackException e)
        {
            throw new SourceException($"the text is not valid UTF-8 (bad byte at offset {e.Index + offset}); it is not Windows-1258, TCVN3 or VNI either; save it as UTF-8 or UTF-16 with a BOM", e) { Code = "invalid-encoding" };
        }
    }
}
