using System.Text;

namespace Pipeline.Ocr.Imaging;

/// <summary>
/// Wraps raw samples in a PNM header so Leptonica decodes them: simpler and safer than filling a PIX's
/// 32-bit big-endian words by hand.
/// </summary>
internal static class Pnm
{
    /// <summary>P5 (8-bit gray) or P6 (8-bit RGB) from tightly packed rows.</summary>
    public static byte[] FromSamples(int width, int height, int components, ReadOnlySpan<byte> samples)
    {
        var magic = components == 3 ? "P6" : "P5";
        var header = Encoding.ASCII.GetBytes($"{magic}\n{width} {height}\n255\n");
        var length = width * height * components;
        var output = new byte[header.Length + length];
        header.CopyTo(output, 0);
        samples[..Math.Min(length, samples.Length)].CopyTo(output.AsSpan(header.Length));
        return output;
    }

    /// <summary>P4 bilevel from rows packed one bit per pixel, padded to a byte (PBM: 1 is black).</summary>
    public static byte[] FromBits(int width, int height, ReadOnlySpan<byte> bits)
    {
        var header = Encoding.ASCII.GetBytes($"P4\n{width} {height}\n");
        var length = (width + 7) / 8 * height;
        var output = new byte[header.Length + length];
        header.CopyTo(output, 0);
        bits[..Math.Min(length, bits.Length)].CopyTo(output.AsSpan(header.Length));
        return output;
    }
}
