using Pipeline.Roles;
using Pipeline.Text;

namespace Pipeline.Tasks;

/// <summary>
/// The width a typed text was hard-wrapped at, when it was: conversions of PDFs to markdown or text (the HĐND
/// resolutions of legal-text portals, pdftotext without -layout) break every paragraph at about 80 columns and
/// print no blank line between paragraphs. A line cut there runs on into the next one even when that line starts
/// with a capital ("… tổ chức thực hiện" / "Nghị quyết về chương trình giám sát …"): Vietnamese capitalises every
/// body and document name, so the lower-case test alone splits such paragraphs.
/// </summary>
public static class HardWrap
{
    /// <summary>Fewer lines continued in lower case than this, or a smaller share of the body, is not a wrapped text.</summary>
    private const int MinContinued = 8;
    private const double MinShare = 0.15;

    /// <summary>Typed paragraphs (Word, HTML) are longer than this; a wrap width is narrower.</summary>
    private const int MaxWidth = 130;

    /// <summary>A line at least this share of the width was cut by the wrap, not ended by the writer.</summary>
    public const double FullShare = 0.85;

    /// <summary>The median length of the lines a lower-case line continues, or null when the text is not hard-wrapped.</summary>
    public static int? Width(IReadOnlyList<RoledLine> lines)
    {
        var cut = new List<int>();
        var nonBlank = 0;
        for (var i = 0; i < lines.Count; i++)
        {
            var text = lines[i].Text.Trim();
            if (text.Length == 0) continue;
            nonBlank++;
            if (i + 1 < lines.Count && lines[i + 1] is { Role: LineRole.Body, Text: var next } && VnText.StartsLower(next)
                && !ParagraphBuilder.EndsSentence(text))
                cut.Add(text.Length);
        }
        if (cut.Count < MinContinued || cut.Count < nonBlank * MinShare) return null;
        cut.Sort();
        var width = cut[cut.Count / 2];
        return width <= MaxWidth ? width : null;
    }

    /// <summary>True when <paramref name="line"/> fills the wrap width, so the text runs on past its end.</summary>
    public static bool Fills(string line, int? width) => width is { } w && line.Trim().Length >= w * FullShare;
}
