using System.Text.RegularExpressions;

namespace Pipeline.Sources.Text;

/// <summary>
/// Removes markdown and HTML marks from one transcribed line, noting whether it was bold.
/// Transcriptions wrap header and signature blocks in **…**, headings in ##, tables in | … |, and
/// HTML renderings in &lt;div&gt; and &lt;br&gt;; none of that is the document's text.
/// </summary>
public static partial class MarkdownCleaner
{
    public sealed record Cleaned(string Text, bool Bold);

    public static Cleaned Clean(string raw)
    {
        var s = raw;
        s = HtmlImage().Replace(s, "");
        s = JsonTable().Replace(s, "");
        var bold = BoldMark().IsMatch(s) || HtmlBold().IsMatch(s);
        s = HtmlTag().Replace(s, " ");
        s = s.Replace("&nbsp;", " ").Replace("&amp;", "&").Replace("&lt;", "<").Replace("&gt;", ">");
        s = Superscript().Replace(s, "$1");
        // The rule a typed text prints under the issuer ("CHÍNH PHỦ" / "___________"), joined to it as a soft-wrapped
        // line: taking "__" pairs for bold marks would leave one "_" behind ("CHÍNH PHỦ _").
        s = TrailingUnderline().Replace(s, "");
        s = s.Replace("**", "").Replace("__", "");
        s = Emphasis().Replace(s, "$1");
        // Inside a word a converter marks the italic letters of a Word run ("VT, NN (2*b*).Thanh"): CommonMark reads a star
        // between letters or digits as emphasis too; the letters stay, glued to their word.
        s = IntrawordEmphasis().Replace(s, "${w}");
        // An italic run printed over several lines joined by <br> ("*Căn cứ Luật …;<br>…<br>Theo đề nghị …*") leaves its
        // opening and closing marks on different lines: glued to a word, neither is a bullet ("* " needs its space).
        s = DanglingEmphasis().Replace(s, "");
        s = s.Replace("\\.", ".").Replace("\\-", "-").Replace("\\*", "*").Replace("\\#", "#");
        var trimmed = s.Trim();
        if (HorizontalRule().IsMatch(trimmed)) trimmed = "";
        trimmed = BlockQuote().Replace(trimmed, "");
        // The heading mark goes last, once every other mark around it is gone: converters print an article as
        // "### Điều 12. …", "> ### Điều 12", "**### Điều 12.**", "\#\#\# Điều 12", "###Điều 12" or "## Chương II ##",
        // and each must read as the same line as the unmarked "Điều 12. …".
        trimmed = HeadingMark().Replace(trimmed, "$1").Trim();
        return new Cleaned(trimmed, bold);
    }

    /// <summary>Splits a markdown table row "| a | b |" into its cells; null when the line is not a row.</summary>
    public static IReadOnlyList<string>? TableCells(string raw)
    {
        var t = raw.Trim();
        if (!t.StartsWith('|') || t.Length < 2) return null;
        var cells = t.Trim('|').Split('|').Select(c => c.Trim()).ToList();
        return cells;
    }

    public static bool IsTableSeparator(string raw) => TableSeparator().IsMatch(raw.Trim());

    [GeneratedRegex(@"<img[^>]*>", RegexOptions.IgnoreCase)] private static partial Regex HtmlImage();
    [GeneratedRegex(@"<jsontable[^>]*>.*?</jsontable>", RegexOptions.IgnoreCase)] private static partial Regex JsonTable();
    [GeneratedRegex(@"^\s*(#{1,6}\s*)?\*\*.+\*\*\s*$")] private static partial Regex BoldMark();
    [GeneratedRegex(@"<(b|strong)>", RegexOptions.IgnoreCase)] private static partial Regex HtmlBold();
    [GeneratedRegex(@"</?[a-zA-Z][^>]*>")] private static partial Regex HtmlTag();
    [GeneratedRegex(@"^#{1,6}(?:[ \t]+|(?=[\p{Lu}\p{Nd}])|$)(.*?)(?:[ \t]+#+)?$")] private static partial Regex HeadingMark();
    [GeneratedRegex(@"^(?:>(?:[ \t]+|(?=[>#\p{Lu}])|$))+")] private static partial Regex BlockQuote();
    [GeneratedRegex(@"\^\{([^}]*)\}")] private static partial Regex Superscript();
    [GeneratedRegex(@"(?<![\w*])\*(?!\s)([^*]+?)(?<!\s)\*(?![\w*])")] private static partial Regex Emphasis();
    [GeneratedRegex(@"(?<=[\p{L}\p{N}])\*(?<w>[\p{L}\p{N}]+)\*|\*(?<w>[\p{L}\p{N}]+)\*(?=[\p{L}\p{N}])")] private static partial Regex IntrawordEmphasis();
    [GeneratedRegex(@"^\s*\*(?=[^\s*])|(?<=[^\s*\\])\*\s*$")] private static partial Regex DanglingEmphasis();
    [GeneratedRegex(@"^(-{3,}|\*{3,}|_{3,}|={3,})$")] private static partial Regex HorizontalRule();
    [GeneratedRegex(@"(?<=\S)\s+_{3,}\s*$")] private static partial Regex TrailingUnderline();
    [GeneratedRegex(@"^\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?$")] private static partial Regex TableSeparator();
}
