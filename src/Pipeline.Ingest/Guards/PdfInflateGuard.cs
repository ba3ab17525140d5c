using System.IO.Compression;
using System.Text;
using System.Text.RegularExpressions;
using Pipeline.Sources;

namespace Pipeline.Ingestion.Guards;

/// <summary>
/// Finds decompression bombs in a PDF before the PDF library inflates them into memory: every FlateDecode
/// stream — bare, or wrapped in ASCII85Decode / ASCIIHexDecode as scanners' PDFs do — is inflated into a
/// counting sink, and a stream that would expand past the cap ends the document. A 300 KB stream of
/// deflated zeros expands to 300 MB; PdfPig would hold it all. Costs one extra inflate pass, small next to parsing.
/// </summary>
public static partial class PdfInflateGuard
{
    public static void Check(byte[] bytes, long maxInflatedBytes)
    {
        var (largest, at) = LargestStream(bytes, maxInflatedBytes);
        if (largest > maxInflatedBytes)
            throw new SourceException(
                $"the PDF looks like a decompression bomb: a stream at byte {at} expands past {maxInflatedBytes / (1024 * 1024)} MB")
            { Code = "decompression-bomb" };
    }

    /// <summary>The largest inflated size of any Flate stream (counting stops just past <paramref name="cap"/>) and where it starts.</summary>
    public static (long Bytes, int Offset) LargestStream(byte[] bytes, long cap)
    {
        var span = bytes.AsSpan();
        var sink = new byte[1 << 16];
        (long Bytes, int Offset) largest = (0, 0);
        var at = 0;
        while (true)
        {
            var found = span[at..].IndexOf("stream"u8);
            if (found < 0) return largest;
            var keyword = at + found;
            at = keyword + 6;
            if (keyword >= 3 && span[(keyword - 3)..keyword].SequenceEqual("end"u8)) continue;
            var data = at;
            if (data < span.Length && span[data] == '\r') data++;
            if (data < span.Length && span[data] == '\n') data++; else continue;

            var inflated = Filters(span[Math.Max(0, keyword - 1024)..keyword]) switch
            {
                ["ASCII85Decode" or "A85", "FlateDecode" or "Fl", ..] => Inflate(AsciiFilters.Ascii85(span[data..]), 0, cap, sink),
                ["ASCIIHexDecode" or "AHx", "FlateDecode" or "Fl", ..] => Inflate(AsciiFilters.AsciiHex(span[data..]), 0, cap, sink),
                _ when LooksLikeZlib(span[data..]) => Inflate(bytes, data, cap, sink),
                _ => 0,
            };
            if (inflated > largest.Bytes) largest = (inflated, keyword);
            if (inflated > cap) return largest;
        }
    }

    /// <summary>The /Filter names of the dictionary just before a stream keyword (the last one in the window).</summary>
    private static string[] Filters(ReadOnlySpan<byte> before)
    {
        var text = Encoding.Latin1.GetString(before);
        var header = text.LastIndexOf("obj", StringComparison.Ordinal); // this object's "N 0 obj": earlier objects' filters are not ours
        if (header >= 0) text = text[header..];
        var matches = FilterEntry().Matches(text);
        if (matches.Count == 0) return [];
        var value = matches[^1].Groups[1].Value;
        return value.Split(['/', '[', ']', ' ', '\r', '\n', '\t'], StringSplitOptions.RemoveEmptyEntries);
    }

    [GeneratedRegex(@"/Filter\s*(\[[^\]]*\]|/[A-Za-z0-9]+)")]
    private static partial Regex FilterEntry();

    /// <summary>zlib header: compression method 8 (deflate) and a check value making CMF·256+FLG a multiple of 31.</summary>
    private static bool LooksLikeZlib(ReadOnlySpan<byte> b) =>
        b.Length >= 2 && (b[0] & 0x0F) == 8 && (b[0] >> 4) <= 7 && ((b[0] << 8) | b[1]) % 31 == 0;

    /// <summary>Bytes the stream inflates to, stopping once past the cap; a broken stream counts what it gave.</summary>
    private static long Inflate(byte[] bytes, int offset, long cap, byte[] sink)
    {
        if (!LooksLikeZlib(bytes.AsSpan(offset))) return 0;
        long total = 0;
        try
        {
            using var zlib = new ZLibStream(new MemoryStream(bytes, offset, bytes.Length - offset, writable: false), CompressionMode.Decompress);
            int read;
            while ((read = zlib.Read(sink)) > 0)
            {
                total += read;
                if (total > cap) break;
            }
        }
        catch (InvalidDataException)
        {
            // Not a valid deflate stream after all (or cut short): the PDF reader will judge it.
        }
        return total;
    }
}
