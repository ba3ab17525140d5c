namespace Pipeline.Text;

/// <summary>
/// Spaces that are not U+0020: the no-break space a converter keeps from "&amp;nbsp;" (indentation before "1.", the gap
/// after "Số:"), the figure space and the narrow no-break space. Every reader turns them into plain spaces, so the line
/// stage measures indentation and matches labels the same way in every rendering.
/// </summary>
public static class Spaces
{
    public static bool IsNoBreak(char c) => c is '\u00A0' or '\u2007' or '\u202F';

    /// <summary>The text with every no-break space a plain one (the same string when it holds none).</summary>
    public static string Plain(string text)
    {
        if (text.AsSpan().IndexOfAny('\u00A0', '\u2007', '\u202F') < 0) return text;
        return string.Create(text.Length, text, (span, s) =>
        {
            for (var i = 0; i < s.Length; i++) span[i] = IsNoBreak(s[i]) ? ' ' : s[i];
        });
    }
}
