using System.Text.RegularExpressions;
using Pipeline.Sources;

namespace Pipeline.Lines;

/// <summary>Page numbers and similar lines that belong to the page, not to the text.</summary>
public static partial class PageFurniture
{
    public static bool Is(Line line) => IsPageNumber(line) || WordFileName().IsMatch(line.Text.Trim());

    /// <summary>A page number alone on its line ("6", "- 6 -", "Trang 6", "6/9").</summary>
    public static bool IsPageNumber(Line line) => PageNumber().IsMatch(line.Text);

    [GeneratedRegex(@"^(trang\s*)?[-–]?\s*\d{1,3}\s*[-–]?$|^\d{1,3}\s*/\s*\d{1,3}$", RegexOptions.IgnoreCase)]
    private static partial Regex PageNumber();

    /// <summary>
    /// The Word file name a Party document prints in its page header, with the page number
    /// ("18.KLTW7S.DOC 2", "18.CTRTW31.DOC 3"; OCR reads the number as "K)" or "§"). Left in place it is taken
    /// for a section heading and cuts the paragraph that runs over the page break in two.
    /// </summary>
    [GeneratedRegex(@"^\S+\.docx?\.?(\s+\S{1,3}){0,2}$", RegexOptions.IgnoreCase)]
    private static partial Regex WordFileName();
}
