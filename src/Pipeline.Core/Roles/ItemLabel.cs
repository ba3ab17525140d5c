using System.Text.RegularExpressions;

namespace Pipeline.Roles;

/// <summary>The kind of label that opens a numbered or bulleted item.</summary>
[System.Diagnostics.CodeAnalysis.SuppressMessage("Naming", "CA1720", Justification = "Decimal names the label kind \"3.1.\" (numbered with decimals), not the type.")]
public enum LabelKind
{
    Roman, Article, Decimal, Letter, Bullet,

    /// <summary>
    /// "(1)", "(2)." (corpus/expected/README.md, ordinal = the printed number): a guidance letter's or a resolution's own
    /// numbering one level below the decimal it sits under (CV-5141 1.4 "(1). Theo quy định …", NQ-34-NQ/TU I.2 "(1) Tập
    /// trung phát triển …"). Last in the enum so the shipped models' label features read it as before (no label).
    /// </summary>
    Parenthesised,
}

/// <summary>
/// A printed item label: "II.", "Điều 3.", "3.1.", "a)", "-". The label's kind and depth decide where the
/// item sits in the outline; the printed text is kept for the task's ordinal. Party resolutions print their sections
/// "I- QUAN ĐIỂM CHỈ ĐẠO", "II- MỤC TIÊU" (NQ 57-NQ/TW, dev): a hyphen after a roman numeral closes it like a dot.
/// </summary>
public sealed partial record ItemLabel(LabelKind Kind, string Printed, string Value, int Depth)
{
    /// <summary>Parses the label at the start of <paramref name="text"/>; returns the label and the text after it.</summary>
    public static (ItemLabel Label, string Remainder)? Parse(string text)
    {
        var m = Pattern().Match(text);
        if (!m.Success) return null;
        var rest = text[m.Length..].Trim();
        if (m.Groups["roman"].Success)
        {
            var v = m.Groups["roman"].Value;
            return (new ItemLabel(LabelKind.Roman, v + ".", v, 1), rest);
        }
        if (m.Groups["article"].Success)
            return (new ItemLabel(LabelKind.Article, "Điều " + m.Groups["article"].Value, m.Groups["article"].Value, 1), rest);
        if (m.Groups["dec"].Success)
        {
            var v = m.Groups["dec"].Value.TrimEnd('.');
            if (rest.Length == 0 && !m.Value.Contains('.')) return null;
            return (new ItemLabel(LabelKind.Decimal, m.Groups["dec"].Value, v, v.Count(c => c == '.') + 1), rest);
        }
        if (m.Groups["letter"].Success)
        {
            var v = m.Groups["letter"].Value;
            return (new ItemLabel(LabelKind.Letter, v + ")", v, 1), rest);
        }
        if (m.Groups["paren"].Success)
        {
            var n = m.Groups["paren"].Value;
            return (new ItemLabel(LabelKind.Parenthesised, "(" + n + ")", n, 1), rest);
        }
        var b = m.Groups["bullet"].Value;
        if (rest.Length == 0) return null;
        return (new ItemLabel(LabelKind.Bullet, b, b == "+" ? "+" : "-", 1), rest);
    }

    /// <summary>
    /// "Điều 64 của Luật …", "Điều 9 Quyết định này.": an article number with no dot or colon after it. Nghị định 30/2020
    /// closes an article's label with a dot ("Điều 9. Đối tượng …"); without one the words are a citation, which a
    /// wrapped line may start with.
    /// </summary>
    public static bool IsUnclosedArticle(string text)
    {
        var m = Pattern().Match(text);
        return m.Success && m.Groups["article"].Success && m.Value.IndexOfAny(['.', ':']) < 0;
    }

    [GeneratedRegex(@"^\s*(?:(?<roman>[IVXL]{1,5})\s*[.:/\-–]\s+|[ĐđD]iều\s+(?<article>\d{1,3})\s*[.:]?(?=\s|$)\s*|(?<dec>\d{1,2}(?:\.\d{1,2}){0,4}\.?)(?:\)|(?<=\.))\s+|(?<dec>\d{1,2}(?:\.\d{1,2}){1,4})\s+|(?<letter>[a-zđ])\)\s+|\((?<paren>\d{1,2})\)\.?\s+|(?<bullet>[-+•–—*])\s*)")]
    private static partial Regex Pattern();
}
