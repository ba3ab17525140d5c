using System.Text.RegularExpressions;
using Pipeline.Sources;

namespace Pipeline.Lines;

/// <summary>Page numbers and similar lines that belong to the page, not to the text.</summary>
public static partial class PageFurniture
{
    public static bool Is(Line line) => PageNumber().IsMatch(line.Text);

    [GeneratedRegex(@"^(trang\s*)?[-–]?\s*\d{1,3}\s*[-–]?$|^\d{1,3}\s*/\s*\d{1,3}$", RegexOptions.IgnoreCase)]
    private static partial Regex PageNumber();
}
