using System.Buffers.Binary;

namespace Pipeline.Sources.Pdf;

/// <summary>Bounds-safe big-endian reads: a trimmed font table must yield zeros, not an exception.</summary>
internal static class BigEndian
{
    public static int U16(ReadOnlySpan<byte> s, int at) =>
        at >= 0 && at + 2 <= s.Length ? BinaryPrimitives.ReadUInt16BigEndian(s[at..]) : 0;

    public static short S16(ReadOnlySpan<byte> s, int at) =>
        at >= 0 && at + 2 <= s.Length ? BinaryPrimitives.ReadInt16BigEndian(s[at..]) : (short)0;

    public static long U32(ReadOnlySpan<byte> s, int at) =>
        at >= 0 && at + 4 <= s.Length ? BinaryPrimitives.ReadUInt32BigEndian(s[at..]) : 0;
}
