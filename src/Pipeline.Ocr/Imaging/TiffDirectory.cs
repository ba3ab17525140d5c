using System.Buffers.Binary;

namespace Pipeline.Ocr.Imaging;

/// <summary>
/// Walks a TIFF's image file directories without decoding pixels: page count and each page's size,
/// so an absurd page is refused before Leptonica allocates it and pages can be decoded one at a time.
/// </summary>
internal static class TiffDirectory
{
    private const int MaxPages = 10_000;

    /// <summary>Sizes of the pages in order; null when the structure is broken.</summary>
    public static IReadOnlyList<(int Width, int Height)>? ReadPageSizes(ReadOnlySpan<byte> tiff)
    {
        if (tiff.Length < 8) return null;
        var little = tiff[0] == (byte)'I';
        var offset = (long)U32(tiff, 4, little);
        var pages = new List<(int, int)>();
        var seen = new HashSet<long>();
        while (offset != 0)
        {
            if (offset + 2 > tiff.Length || !seen.Add(offset) || pages.Count > MaxPages) return null;
            int count = U16(tiff, (int)offset, little);
            if (offset + 2 + 12L * count + 4 > tiff.Length) return null;
            int width = 0, height = 0;
            for (var i = 0; i < count; i++)
            {
                var entry = (int)offset + 2 + 12 * i;
                var tag = U16(tiff, entry, little);
                if (tag is not (256 or 257)) continue;
                var type = U16(tiff, entry + 2, little);
                var value = type == 3 ? U16(tiff, entry + 8, little) : (int)Math.Min(U32(tiff, entry + 8, little), int.MaxValue);
                if (tag == 256) width = value; else height = value;
            }
            pages.Add((width, height));
            offset = U32(tiff, (int)offset + 2 + 12 * count, little);
        }
        return pages;
    }

    private static ushort U16(ReadOnlySpan<byte> b, int at, bool little) =>
        little ? BinaryPrimitives.ReadUInt16LittleEndian(b[at..]) : BinaryPrimitives.ReadUInt16BigEndian(b[at..]);

    private static uint U32(ReadOnlySpan<byte> b, int at, bool little) =>
        little ? BinaryPrimitives.ReadUInt32LittleEndian(b[at..]) : BinaryPrimitives.ReadUInt32BigEndian(b[at..]);
}
