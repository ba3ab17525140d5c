using System.Collections.Immutable;
using System.Text.RegularExpressions;
using Pipeline.Sources;
using Pipeline.Text;

namespace Pipeline.Lines;

/// <summary>
/// Lifts footnote paragraphs out of the body. A page break often falls inside a sentence and the
/// page's footnotes sit between its two halves ("…việc công" ¹ Các sở… "khai tiến độ…"); leaving them
/// there would cut the sentence and pour footnote text into a task.
/// A footnote starts with a marker (superscript digits, or a plain number whose marker was seen glued to a
/// word in the body: "khoáng sản1.") and, in wrapped text, runs to the end of its page.
/// </summary>
public static partial class FootnoteSeparator
{
    /// <param name="pageNumberBreaks">Indexes of lines a printed page number stood before (taken out as page furniture).</param>
    public static (List<Line> Body, List<Footnote> Footnotes, HashSet<int> Markers) Separate(IReadOnlyList<Line> lines, bool wrapped,
        IReadOnlySet<int>? pageNumberBreaks = null)
    {
        pageNumberBreaks ??= new HashSet<int>();
        var referenced = ReferencedMarkers(lines);
        var body = new List<Line>();
        var notes = new List<Footnote>();
        var markers = new HashSet<int>();
        for (var i = 0; i < lines.Count; i++)
        {
            var start = FootnoteStart(lines[i], referenced, notes.LastOrDefault()?.Number ?? 0, i > 0 && lines[i - 1].IsBlank);
            if (start is null) { body.Add(lines[i]); continue; }

            var (number, firstText) = start.Value;
            var text = new List<string> { firstText };
            var page = lines[i].Page;
            // Typed text: a footnote is one paragraph. Wrapped text: the rest of the page, unless another
            // footnote starts.
            // A printed page number ends the page as a form feed does: the next page's article is no footnote text
            // (QĐ 257/QĐ-BQLCKCN, whose footnotes end page 5 and whose copy lost the form feeds).
            while (wrapped && i + 1 < lines.Count && lines[i + 1].Page == page && !pageNumberBreaks.Contains(i + 1)
                   && FootnoteStart(lines[i + 1], referenced, number, lines[i].IsBlank) is null
                   && !EndsPageBlock(lines, i + 1))
            {
                i++;
                if (lines[i].Text.Length > 0) text.Add(lines[i].Text);
            }
            notes.Add(new Footnote(number, VnText.Squash(string.Join(' ', text)), page));
            markers.Add(number);
        }
        return (body, notes, markers);
    }

    /// <summary>In layout text pages are form-feed separated, but some renderings lose that; a run of blanks
    /// followed by body text that starts in lower case is where the page's text resumes.</summary>
    private static bool EndsPageBlock(IReadOnlyList<Line> lines, int i)
    {
        if (lines[i].Text.Length > 0) return false;
        var blanks = 0;
        while (i + blanks < lines.Count && lines[i + blanks].Text.Length == 0) blanks++;
        return blanks >= 2;
    }

    private static (int Number, string Text)? FootnoteStart(Line line, HashSet<int> referenced, int previous, bool afterBlank)
    {
        var m = SuperscriptStart().Match(line.Text);
        if (m.Success && Superscripts.Parse(m.Groups[1].Value) is { } n) return (n, m.Groups[2].Value);

        m = PlainStart().Match(line.Text);
        if (m.Success && int.TryParse(m.Groups[1].Value, out var k) && referenced.Contains(k) && k > previous)
            return (k, m.Groups[2].Value);
        // A footnote that cites a clause opens in lower case ("1 khoản 1, khoản 2 Điều 171 Luật Bảo vệ môi trường");
        // only the next marker in sequence, after a blank line, is read so, as a wrapped line may begin with a number.
        m = PlainLowerStart().Match(line.Text);
        if (afterBlank && m.Success && int.TryParse(m.Groups[1].Value, out k) && referenced.Contains(k) && k == previous + 1)
            return (k, m.Groups[2].Value);
        return null;
    }

    /// <summary>Marker numbers the body refers to: superscripts, or digits glued to the end of a word.</summary>
    private static HashSet<int> ReferencedMarkers(IReadOnlyList<Line> lines)
    {
        var set = new HashSet<int>();
        foreach (var line in lines)
        {
            foreach (Match m in GluedMarker().Matches(line.Text))
                if (int.TryParse(m.Groups[1].Value, out var n) && n is > 0 and < 100) set.Add(n);
        }
        return set;
    }

    /// <summary>Removes footnote markers from body text: superscripts, and known marker numbers glued to a word.</summary>
    public static string StripMarkers(string text, IReadOnlySet<int> markers)
    {
        var s = SuperscriptRun().Replace(text, "");
        if (markers.Count > 0)
            s = GluedMarker().Replace(s, m => int.TryParse(m.Value, out var n) && markers.Contains(n) ? "" : m.Value);
        return s;
    }

    [GeneratedRegex(@"^([⁰¹²³⁴⁵⁶⁷⁸⁹]+)\s*(\S.*)$")] private static partial Regex SuperscriptStart();
    [GeneratedRegex(@"^(\d{1,2})\s+([A-ZÀ-ỸĐ].*)$")] private static partial Regex PlainStart();
    [GeneratedRegex(@"^(\d{1,2})\s+([a-zà-ỹđ].*)$")] private static partial Regex PlainLowerStart();
    [GeneratedRegex(@"(?<=[a-zà-ỹđ\)”""])(\d{1,2})(?=[.,;:]?(\s|$))")] private static partial Regex GluedMarker();
    [GeneratedRegex(@"[⁰¹²³⁴⁵⁶⁷⁸⁹]+")] private static partial Regex SuperscriptRun();
}
