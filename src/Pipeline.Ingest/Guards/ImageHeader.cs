using System.Buffers.Binary;
using Pipeline.Sources;

namespace Pipeline.Ingestion.Guards;

/// <summary>
/// Reads an image's pixel size from its header alone (PNG IHDR, JPEG SOFn, BMP info header, TIFF first IFD),
/// so a file claiming 20000×20000 pixels is refused before any decoder allocates 1.6 GB for it, and a file
/// named .png that is not one is refused with a clear reason.
/// </summary>
public static class ImageHeader
{
    public sealed record Size(string Format, long Width, long Height)
    {
        public long Pixels => Width * Height;
    }

    public static bool IsImageName(string extension) => extension is ".png" or ".jpg" or ".jpeg" or ".tif" or ".tiff" or ".bmp";

    /// <summary>The image's size; throws <see cref="SourceException"/> (corrupt-image) when the header is not a valid image header.</summary>
    public static Size Read(ReadOnlySpan<byte> bytes)
    {
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A])) return Png(bytes);
        if (bytes.Length >= 3 && bytes[0] == 0xFF && bytes[1] == 0xD8 && bytes[2] == 0xFF) return Jpeg(bytes);
        if (bytes.StartsWith("BM"u8)) return Bmp(bytes);
        if (bytes.StartsWith("II*\0"u8) || bytes.StartsWith("MM\0*"u8)) return Tiff(bytes);
        throw Corrupt("not an image: the header matches no PNG, JPEG, TIFF or BMP signature");
    }

    private static Size Png(ReadOnlySpan<byte> b)
    {
        // Signature, then the IHDR chunk: length 13, "IHDR", width, height, bit depth, colour type.
        if (b.Length < 33 || BinaryPrimitives.ReadUInt32BigEndian(b[8..]) != 13 || !b[12..16].SequenceEqual("IHDR"u8))
            throw Corrupt("the PNG is damaged: no IHDR header chunk");
        var width = BinaryPrimitives.ReadUInt32BigEndian(b[16..]);
        var height = BinaryPrimitives.ReadUInt32BigEndian(b[20..]);
        var depth = b[24];
        var colour = b[25];
        if (width == 0 || height == 0 || depth is not (1 or 2 or 4 or 8 or 16) || colour is not (0 or 2 or 3 or 4 or 6))
            throw Corrupt($"the PNG is damaged: invalid header ({width}×{height}, depth {depth}, colour type {colour})");
        return new Size("PNG", width, height);
    }

    private static Size Jpeg(ReadOnlySpan<byte> b)
    {
        var i = 2;
        while (i + 9 < b.Length)
        {
            if (b[i] != 0xFF) throw Corrupt($"the JPEG is damaged: no marker at byte {i}");
            var marker = b[i + 1];
            if (marker == 0xFF) { i++; continue; } // fill byte
            if (marker is 0xD8 or 0x01 or (>= 0xD0 and <= 0xD7)) { i += 2; continue; } // markers without a length
            var length = BinaryPrimitives.ReadUInt16BigEndian(b[(i + 2)..]);
            var isFrame = marker is >= 0xC0 and <= 0xCF && marker is not (0xC4 or 0xC8 or 0xCC);
            if (isFrame)
            {
                var height = BinaryPrimitives.ReadUInt16BigEndian(b[(i + 5)..]);
                var width = BinaryPrimitives.ReadUInt16BigEndian(b[(i + 7)..]);
                if (width == 0) throw Corrupt("the JPEG is damaged: zero width in the frame header");
                return new Size("JPEG", width, Math.Max((int)height, 1));
            }
            if (length < 2) throw Corrupt("the JPEG is damaged: a segment has an invalid length");
            i += 2 + length;
        }
        throw Corrupt("the JPEG is damaged: no frame header (SOF) before the end of the file");
    }

    private static Size Bmp(ReadOnlySpan<byte> b)
    {
        if (b.Length < 26) throw Corrupt("the BMP is damaged: header cut short");
        var headerSize = BinaryPrimitives.ReadUInt32LittleEndian(b[14..]);
        if (headerSize == 12)
            return new Size("BMP", BinaryPrimitives.ReadUInt16LittleEndian(b[18..]), BinaryPrimitives.ReadUInt16LittleEndian(b[20..]));
        var width = BinaryPrimitives.ReadInt32LittleEndian(b[18..]);
        var height = BinaryPrimitives.ReadInt32LittleEndian(b[22..]);
        if (headerSize < 40 || width <= 0 || height == 0) throw Corrupt($"the BMP is damaged: invalid header ({width}×{height})");
        return new Size("BMP", width, Math.Abs((long)height));
    }

    private static Size Tiff(ReadOnlySpan<byte> b)
    {
        var little = b[0] == (byte)'I';
        if (b.Length < 8) throw Corrupt("the TIFF is damaged: header cut short");
        var ifd = U32(b, 4, little);
        if (ifd < 8 || ifd + 2 > b.Length) throw Corrupt("the TIFF is damaged: the first directory lies outside the file");
        var count = U16(b, (int)ifd, little);
        long width = 0, height = 0;
        for (var e = 0; e < count; e++)
        {
            var at = (int)ifd + 2 + e * 12;
            if (at + 12 > b.Length) throw Corrupt("the TIFF is damaged: the first directory is cut short");
            var tag = U16(b, at, little);
            var type = U16(b, at + 2, little);
            long value = type == 3 ? U16(b, at + 8, little) : U32(b, at + 8, little); // SHORT or LONG
            if (tag == 256) width = value;
            if (tag == 257) height = value;
        }
        if (width == 0 || height == 0) throw Corrupt("the TIFF is damaged: no image width and length in the first directory");
        return new Size("TIFF", width, height);
    }

    /// <summary>
    /// A TIFF's frames (pages), counted by following the chain of image directories without decoding any; stops
    /// counting past <paramref name="stopAfter"/>, at a directory outside the file, or at one met before (a loop).
    /// </summary>
    public static int TiffFrames(ReadOnlySpan<byte> b, int stopAfter)
    {
        if (b.Length < 8 || !(b.StartsWith("II*\0"u8) || b.StartsWith("MM\0*"u8))) return 0;
        var little = b[0] == (byte)'I';
        var seen = new HashSet<uint>();
        var frames = 0;
        for (var ifd = U32(b, 4, little); ifd >= 8 && ifd + 2 <= b.Length && frames <= stopAfter && seen.Add(ifd); frames++)
        {
            var next = ifd + 2 + U16(b, (int)ifd, little) * 12L;
            if (next + 4 > b.Length) return frames + 1;
            ifd = U32(b, (int)next, little);
        }
        return frames;
    }

    private static uint U32(ReadOnlySpan<byte> b, int at, bool little) =>
        little ? BinaryPrimitives.ReadUInt32LittleEndian(b[at..]) : BinaryPrimitives.ReadUInt32BigEndian(b[at..]);

    private static ushort U16(ReadOnlySpan<byte> b, int at, bool little) =>
        little ? BinaryPrimitives.ReadUInt16LittleEndian(b[at..]) : BinaryPrimitives.ReadUInt16BigEndian(b[at..]);

    private static SourceException Corrupt(string reason) => new(reason) { Code = "corrupt-image" };
}
