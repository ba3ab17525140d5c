namespace Pipeline.Ingestion.Guards;

/// <summary>
/// Decoders for the PDF filters that wrap binary data in ASCII (ASCII85Decode, ASCIIHexDecode), so the bomb
/// guard can reach a Flate stream wrapped in them — ReportLab writes scanned pages as [/ASCII85Decode /FlateDecode].
/// Output is smaller than the input, so decoding whole costs at most the file's size.
/// </summary>
public static class AsciiFilters
{
    /// <summary>ASCII base-85 up to "~>" (or the end): 'z' is four zero bytes, whitespace is ignored.</summary>
    public static byte[] Ascii85(ReadOnlySpan<byte> data)
    {
        var output = new List<byte>(data.Length * 4 / 5);
        Span<byte> group = stackalloc byte[5];
        var count = 0;
        var i = data.StartsWith("<~"u8) ? 2 : 0;
        for (; i < data.Length; i++)
        {
            var c = data[i];
            if (c == '~') break;
            if (c is (byte)' ' or (byte)'\n' or (byte)'\r' or (byte)'\t' or (byte)'\f' or 0) continue;
            if (c == 'z' && count == 0) { output.AddRange([0, 0, 0, 0]); continue; }
            if (c < '!' || c > 'u') break; // not ASCII85: stop, the reader will judge the stream
            group[count++] = (byte)(c - '!');
            if (count == 5) { Emit(group, 4, output); count = 0; }
        }
        if (count > 1)
        {
            for (var k = count; k < 5; k++) group[k] = 84; // pad with 'u'
            Emit(group, count - 1, output);
        }
        return [.. output];
    }

    private static void Emit(ReadOnlySpan<byte> group, int bytes, List<byte> output)
    {
        uint value = 0;
        foreach (var digit in group) value = unchecked(value * 85 + digit);
        for (var k = 0; k < bytes; k++) output.Add((byte)(value >> (24 - 8 * k)));
    }

    /// <summary>Hex digit pairs up to '>', whitespace ignored; an odd last digit is followed by 0.</summary>
    public static byte[] AsciiHex(ReadOnlySpan<byte> data)
    {
        var output = new List<byte>(data.Length / 2);
        int high = -1;
        foreach (var c in data)
        {
            if (c == '>') break;
            var digit = c switch
            {
                >= (byte)'0' and <= (byte)'9' => c - '0',
                >= (byte)'a' and <= (byte)'f' => c - 'a' + 10,
                >= (byte)'A' and <= (byte)'F' => c - 'A' + 10,
                _ => -1,
            };
            if (digit < 0) continue;
            if (high < 0) high = digit;
            else { output.Add((byte)(high << 4 | digit)); high = -1; }
        }
        if (high >= 0) output.Add((byte)(high << 4));
        return [.. output];
    }
}
