namespace Pipeline.Ingestion.Guards;

/// <summary>
/// The page count a file declares in its structure, read before any page is: a TIFF's chain of image
/// directories, a PDF page tree's /Count (the root /Pages node counts every page). A PDF whose page tree sits in a
/// compressed object stream declares nothing visible here; its pages are counted after reading, as before.
/// </summary>
public static class DeclaredPages
{
    public static int Of(ReadOnlySpan<byte> bytes, int limit)
    {
        if (bytes.StartsWith("II*\0"u8) || bytes.StartsWith("MM\0*"u8)) return ImageHeader.TiffFrames(bytes, limit);
        if (bytes[..Math.Min(bytes.Length, 1024)].IndexOf("%PDF-"u8) < 0) return 0;
        var max = 0;
        for (var at = bytes.IndexOf("/Pages"u8); at >= 0; at = Next(bytes, at))
        {
            var after = at + 6;
            if (after < bytes.Length && IsNameChar(bytes[after])) continue; // /PagesFoo
            var before = bytes[..at].TrimEnd(" \r\n\t"u8);
            if (!before.EndsWith("/Type"u8)) continue;
            // The dictionary around it: from the last "<<" before to the first ">>" after.
            var start = bytes[..at].LastIndexOf("<<"u8);
            var length = bytes[after..].IndexOf(">>"u8);
            if (start < 0 || length < 0) continue;
            var dictionary = bytes[start..(after + length)];
            var count = dictionary.IndexOf("/Count"u8);
            if (count >= 0 && Number(dictionary[(count + 6)..]) is var n && n > max) max = n;
        }
        return max;
    }

    private static int Next(ReadOnlySpan<byte> bytes, int at)
    {
        var rest = bytes[(at + 1)..].IndexOf("/Pages"u8);
        return rest < 0 ? -1 : at + 1 + rest;
    }

    private static int Number(ReadOnlySpan<byte> text)
    {
        text = text.TrimStart(" \r\n\t"u8);
        long n = 0;
        for (var i = 0; i < text.Length && text[i] is >= (byte)'0' and <= (byte)'9' && n < int.MaxValue; i++) n = n * 10 + (text[i] - '0');
        return (int)Math.Min(n, int.MaxValue);
    }

    private static bool IsNameChar(byte b) => b is not ((byte)' ' or (byte)'/' or (byte)'<' or (byte)'>' or (byte)'[' or (byte)']' or (byte)'(' or (byte)')' or (byte)'\r' or (byte)'\n' or (byte)'\t');
}
