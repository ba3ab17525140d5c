using System.Reflection;
using Pipeline.Text;

namespace Pipeline.Review.Desk;

/// <summary>Chức vụ: the closed set of signer positions (Data/positions.txt); a position outside it is flagged.</summary>
public static class Positions
{
    private static readonly Lazy<IReadOnlyList<string>> Known = new(() =>
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("positions.txt")!;
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd().Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0 && !l.StartsWith('#'))
            .Select(VnText.Fold).OrderByDescending(p => p.Length).ToList();
    });

    /// <summary>True when the position, folded, is a known position (optionally followed by the body: "Chủ tịch UBND").</summary>
    public static bool IsKnown(string position)
    {
        var folded = VnText.Fold(position.Trim());
        return Known.Value.Any(p => folded == p || folded.StartsWith(p + " ", StringComparison.Ordinal));
    }
}
