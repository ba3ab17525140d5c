using Pipeline.Roles;
using Pipeline.Text;

namespace Pipeline.Tasks;

/// <summary>
/// Where the lines of a hard-wrapped text end when the wrap, not the writer, ended them. Conversions of PDFs to
/// markdown or text (the HĐND resolutions of legal-text portals, pdftotext without -layout) break every paragraph
/// at about 80 columns and print no blank line between paragraphs; a PDF's or a scan's lines end at the right
/// margin. A line cut there runs on into the next one even when that line starts with a capital ("… tổ chức thực
/// hiện" / "Nghị quyết về chương trình giám sát …", "Điều 4. Chánh Văn phòng …; Giám đốc các Sở:" / "Lao động -
/// Thương binh và Xã hội, …"): Vietnamese capitalises every body and document name, so the lower-case test alone
/// splits such paragraphs. <see cref="Chars"/> is the wrap width in characters (typed renderings),
/// <see cref="Right"/> the right margin on the page (renderings with line boxes).
/// </summary>
public sealed record HardWrap(int? Chars, double? Right)
{
    /// <summary>Fewer lines continued in lower case than this, or a smaller share of the body, is not a wrapped text.</summary>
    private const int MinContinued = 8;
    private const double MinShare = 0.15;

    /// <summary>Body lines with boxes needed to place the right margin, and where among their right edges it lies
    /// (most lines of a justified page reach it; a paragraph's last line does not).</summary>
    private const int MinBoxed = 4;
    private const double MarginQuantile = 0.75;

    /// <summary>Typed paragraphs (Word, HTML) are longer than this; a wrap width is narrower.</summary>
    private const int MaxChars = 130;

    /// <summary>A line at least this share of the width, or this close to the right margin, was cut by the wrap.</summary>
    private const double FullShare = 0.85;
    private const double MarginSlack = 0.04;

    /// <summary>The wrap of <paramref name="lines"/>: the right margin of lines laid out on a page, else the width of the
    /// typed lines a lower-case line continues; null when typed text is not hard-wrapped.</summary>
    public static HardWrap? Of(IReadOnlyList<RoledLine> lines)
    {
        // Lines laid out on a page are wrapped by nature: their right margin is where most body lines end.
        var body = lines.Where(l => l.Role == LineRole.Body).ToList();
        if (body.Count >= MinBoxed && body.All(l => l.Line.Box is not null))
        {
            var rights = body.Select(l => l.Line.Box!.Value.X + l.Line.Box!.Value.Width).Order().ToList();
            return new HardWrap(null, rights[(int)(rights.Count * MarginQuantile)]);
        }

        var cut = new List<RoledLine>();
        var nonBlank = 0;
        for (var i = 0; i < lines.Count; i++)
        {
            var text = lines[i].Text.Trim();
            if (text.Length == 0) continue;
            nonBlank++;
            if (i + 1 < lines.Count && lines[i + 1] is { Role: LineRole.Body, Text: var next } && VnText.StartsLower(next)
                && !ParagraphBuilder.EndsSentence(text))
                cut.Add(lines[i]);
        }
        if (cut.Count < MinContinued || cut.Count < nonBlank * MinShare) return null;
        var chars = cut.Select(l => l.Text.Trim().Length).Order().ToList();
        var width = chars[chars.Count / 2];
        return width <= MaxChars ? new HardWrap(width, null) : null;
    }

    /// <summary>True when <paramref name="line"/> reaches the wrap, so the text runs on past its end.</summary>
    public bool Fills(RoledLine line) =>
        Right is { } right && line.Line.Box is { } box ? box.X + box.Width >= right - MarginSlack
        : Chars is { } chars && line.Text.Trim().Length >= chars * FullShare;
}
