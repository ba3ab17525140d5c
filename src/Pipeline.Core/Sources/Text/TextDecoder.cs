using System.Text;

namespace Pipeline.Sources.Text;

/// <summary>
/// Turns a text file's bytes into a string: UTF-8 with or without BOM, UTF-16 with BOM. Bytes that are
/// not valid UTF-8 are an error rather than silently replaced, because a wrong guess corrupts every diacritic.
/// </summary>
public static class TextDecoder
{
    public static string Decode(byte[] bytes)
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
            throw new SourceException($"the text is not valid UTF-8 (bad byte at offset {e.Index + offset}); save it as UTF-8 or UTF-16 with a BOM", e) { Code = "invalid-encoding" };
        }
    }
}
