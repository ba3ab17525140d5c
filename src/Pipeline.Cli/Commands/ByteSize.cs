using System.Globalization;

namespace Pipeline.Cli.Commands;

/// <summary>A size on the command line: bytes, or a number with K, M or G (binary units): 2G, 1500M, 512k.</summary>
public static class ByteSize
{
    public static bool TryParse(string text, out long bytes)
    {
        bytes = 0;
        var t = text.Trim();
        if (t.Length == 0) return false;
        var unit = char.ToUpperInvariant(t[^1]) switch { 'K' => 1L << 10, 'M' => 1L << 20, 'G' => 1L << 30, _ => 1L };
        var number = unit == 1 ? t : t[..^1];
        if (!double.TryParse(number, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value) || value <= 0 || value * unit > long.MaxValue / 2) return false;
        bytes = (long)(value * unit);
        return true;
    }
}
