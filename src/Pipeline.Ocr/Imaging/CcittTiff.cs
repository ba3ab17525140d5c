using System.Buffers.Binary;

namespace Pipeline.Ocr.Imaging;

/// <summary>
/// Wraps a PDF CCITTFaxDecode stream in a one-strip TIFF header so libtiff (through Leptonica) decodes it;
/// the fax data itself is the same in both containers.
/// </summary>
internal static class CcittTiff
{
    /// <param name="k">The PDF K parameter: negative is Group 4, zero Group 3 1-D, positive Group 3 2-D.</param>
    public static byte[] Wrap(ReadOnlySpan<byte> data, int width, int height, int k, bool blackIs1, bool byteAlign)
    {
        var tags = new List<(ushort Tag, ushort Type, uint Value)>
        {
            (256, 4, (uint)width),            // ImageWidth
            (257, 4, (uint)height),           // ImageLength
            (258, 3, 1),                      // BitsPerSample
            (259, 3, k < 0 ? 4u : 3u),        // Compression: 4 = CCITT T.6 (G4), 3 = T.4 (G3)
            (262, 3, blackIs1 ? 1u : 0u),     // Photometric: 0 = white is zero (fax convention)
            (273, 4, 0),                      // StripOffsets, patched below
            (277, 3, 1),                      // SamplesPerPixel
            (278, 4, (uint)height),           // RowsPerStrip
            (279, 4, (uint)data.Length),      // StripByteCounts
        };
        if (k >= 0) tags.Add((292, 4, (k > 0 ? 1u : 0u) | (byteAlign ? 4u : 0u))); // T4Options: 2-D, fill bits
        if (k < 0 && byteAlign) tags.Add((293, 4, 0)); // T6Options
        tags.Sort((a, b) => a.Tag.CompareTo(b.Tag));

        var ifdSize = 2 + 12 * tags.Count + 4;
        var dataOffset = 8 + ifdSize;
        var output = new byte[dataOffset + data.Length];
        var span = output.AsSpan();
        "II*\0"u8.CopyTo(span);
        BinaryPrimitives.WriteUInt32LittleEndian(span[4..], 8);
        BinaryPrimitives.WriteUInt16LittleEndian(span[8..], (ushort)tags.Count);
        for (var i = 0; i < tags.Count; i++)
        {
            var (tag, type, value) = tags[i];
            if (tag == 273) value = (uint)dataOffset;
            var entry = span[(10 + 12 * i)..];
            BinaryPrimitives.WriteUInt16LittleEndian(entry, tag);
            BinaryPrimitives.WriteUInt16LittleEndian(entry[2..], type);
            BinaryPrimitives.WriteUInt32LittleEndian(entry[4..], 1);
            if (type == 3) BinaryPrimitives.WriteUInt16LittleEndian(entry[8..], (ushort)value);
            else BinaryPrimitives.WriteUInt32LittleEndian(entry[8..], value);
        }
        BinaryPrimitives.WriteUInt32LittleEndian(span[(10 + 12 * tags.Count)..], 0); // no next IFD
        data.CopyTo(span[dataOffset..]);
        return output;
    }
}
