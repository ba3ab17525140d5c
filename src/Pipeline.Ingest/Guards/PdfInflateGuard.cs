using System.IO.Compression;
using Pipeline.Sources;

namespace Pipeline.Ingestion.Guards;

/// <summary>
/// Finds decompression bombs in a PDF before the PDF library inflates them into memory: every stream that
/// starts with a zlib header (FlateDecode) is inflated into a counting sink, and a stream that would expand
/// past the cap ends the document. A 250 KB stream of deflated zeros expands to 250 MB; PdfPig would hold it
/// all. Costs one extra inflate pass, small next to parsing.
/// </summary>
public static class PdfInflateGuard
{
    public static void Check(byte[] bytes, long maxInflatedBytes)
    {
        var span = bytes.AsSpan();
        var at = 0;
        var sink = new byte[1 << 16];
        while (true)
        {
            var found = span[at..].IndexOf("stream"u8);
            if (found < 0) return;
            var keyword = at + found;
            at = keyword + 6;
            if (keyword >= 3 && span[(keyword - 3)..keyword].SequenceEqual("end"u8)) continue;
            var data = at;
            if (data < span.Length && span[data] == '\r') data++;
            if (data < span.Length && span[data] == '\n') data++; else continue;
            if (!LooksLikeZlib(span[data..])) continue;

            var inflated = Inflate(bytes, data, maxInflatedBytes, sink);
            if (inflated > maxInflatedBytes)
                throw new SourceException(
                    $"the PDF looks like a decompression bomb: a stream at byte {keyword} expands past {maxInflatedBytes / (1024 * 1024)} MB")
                { Code = "decompression-bomb" };
        }
    }

    /// <summary>zlib header: compression method 8 (deflate) and a check value making CMF·256+FLG a multiple of 31.</summary>
    private static bool LooksLikeZlib(ReadOnlySpan<byte> b) =>
        b.Length >= 2 && (b[0] & 0x0F) == 8 && (b[0] >> 4) <= 7 && ((b[0] << 8) | b[1]) % 31 == 0;

    /// <summary>Bytes the stream inflates to, stopping once past the cap; a broken stream counts what it gave.</summary>
    private static long Inflate(byte[] bytes, int offset, long cap, byte[] sink)
    {
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
