using Pipeline.Lines;
using Pipeline.Roles;
using Pipeline.Sources;
using Pipeline.Text;

namespace Pipeline.Tasks;

/// <summary>
/// Joins body lines into paragraphs. Wrapped sources (PDF, OCR, layout text) start a paragraph at an item
/// label or a first-line indent; typed sources have one paragraph per line. In both, a paragraph that stops
/// without final punctuation and is followed by a lower-case line continues there: that is a sentence
/// cut by a page break ("cải cách hành" … "chính và kiểm tra").
/// </summary>
public static class ParagraphBuilder
{
    /// <param name="clean">What to take out of each line before it is joined (a legal portal's bracketed notes, <see cref="PortalNote"/>).</param>
    /// <param name="endsOnAssignWord">Whether a text stops on an assigning word whose body is on the next line
    /// (<see cref="Pipeline.Vocabulary.Vocab.EndsOnAssignWord"/>).</param>
    public static List<Paragraph> Build(RoledDocument doc, Func<string, string>? clean = null, Func<string, bool>? endsOnAssignWord = null)
    {
        var wrapped = doc.Prepared.Wrapped;
        var lines = doc.Lines.Where(l => RoledDocument.IsBodyText(l.Role) || l.Role == LineRole.Blank).ToList();
        var margin = wrapped ? BodyMargin(lines) : 0;
        var wrap = HardWrap.Of(lines);
        var paragraphs = new List<(List<string> Text, RoledLine First, List<RoledLine> Lines)>();
        var sawBreak = true;
        foreach (var line in lines)
        {
            if (line.Role == LineRole.Blank) { sawBreak = true; continue; }
            var text = FootnoteSeparator.StripMarkers(line.Text, doc.Prepared.FootnoteMarkers).Trim();
            if (clean is not null) text = clean(text);
            if (text.Length == 0) continue;
            var current = paragraphs.Count > 0 ? paragraphs[^1] : default;
            var previousText = current.Text is null ? "" : current.Text[^1];
            var fills = current.Lines is { Count: > 0 } && wrap is not null && wrap.Fills(current.Lines[^1]);
            var citation = RunsOnAsCitation(line, previousText);
            var hyphenRun = RunsOnAsHyphen(line, previousText, fills, onePerLine: !wrapped && wrap is null);
            var labelled = line.Role is LineRole.ListItem or LineRole.SectionHeading && !hyphenRun && !citation;
            // A typed line cut by the wrap runs on even before a capital, and after ";" when the next one runs on in lower case.
            var typedFill = fills && !wrapped;
            // A data row ("1 | Luật … | Chính phủ | …") is a line of its own: its bare STT is no number running on the line above.
            var cutSentence = current.Text is not null && !labelled && !DataRowText.IsRow(text)
                && (!EndsSentence(previousText) && (VnText.StartsLower(text) || typedFill || citation || hyphenRun || RunsOnWithNumber(line, previousText, text))
                    || typedFill && previousText.TrimEnd().EndsWith(';') && VnText.StartsLower(text));
            bool starts;
            if (cutSentence) starts = false;
            else if (labelled || current.Text is null) starts = true;
            else if (!wrapped) starts = true;
            else starts = sawBreak && (EndsSentence(previousText) || EndedShort(current.Lines, wrap, text)) || Indented(line.Line, margin)
                || EndsSentence(previousText) && previousText.Length < 40 && !VnText.StartsLower(text);
            if (current.First?.Role == LineRole.SectionHeading && !labelled && !cutSentence)
                starts = !IsBareArticle(current) && !(fills && current.Lines.Count == 1 && !EndsStatement(previousText))
                    && !AssignsOnNextLine(current, endsOnAssignWord);

            if (starts) paragraphs.Add((new List<string> { text }, line, [line]));
            else { current.Text!.Add(text); current.Lines!.Add(line); }
            sawBreak = false;
        }

        return paragraphs.Select(p =>
        {
            // The label the role stage recognised on the paragraph's first line; the body starts after it.
            var label = p.First.Label;
            var first = FootnoteSeparator.StripMarkers(label?.Remainder ?? "", doc.Prepared.FootnoteMarkers).Trim();
            var parts = label is null ? p.Text : [clean is null ? first : clean(first), .. p.Text.Skip(1)];
            return new Paragraph(Join(parts), label?.Label, p.First.Role, p.First.Line.Page, p.First.Line.Bold) { Lines = p.Lines };
        }).ToList();
    }

    /// <summary>Joins wrapped lines; a word hyphen-split at the line end ("NĐ-" + "CP") is joined without a space.</summary>
    private static string Join(List<string> parts)
    {
        var sb = new System.Text.StringBuilder();
        foreach (var part in parts)
        {
            if (sb.Length > 0)
            {
                var last = sb[^1];
                var glue = last == '-' && sb.Length > 1 && char.IsLetter(sb[^2]) && part.Length > 0 && char.IsUpper(part[0]);
                if (!glue) sb.Append(' ');
            }
            sb.Append(part);
        }
        return VnText.Squash(sb.ToString());
    }

    /// <summary>
    /// "Điều 3." printed alone on its line (a portal's "### Điều 3." heading, a Word paragraph of its own): the
    /// paragraph below is the article's text, as when it follows the label on the same line (Nghị định 30/2020
    /// prints an untitled article so), not a paragraph under a heading.
    /// </summary>
    private static bool IsBareArticle((List<string> Text, RoledLine First, List<RoledLine> Lines) paragraph) =>
        paragraph.Lines.Count == 1 && paragraph.First.Label is { Label.Kind: LabelKind.Article } label
        && label.Remainder.Trim('*', ' ', '.', ':').Length == 0;

    /// <summary>
    /// "Điều 3. Giao" / "Ủy ban nhân dân tỉnh tổ chức thực hiện Nghị quyết." (a portal's HĐND resolution wrapped after
    /// the article's first word): an article's text that stops on an assigning word is its sentence cut before the body
    /// it assigns, not a title over a paragraph; no title of an article ends on "giao", "đề nghị" or "yêu cầu".
    /// </summary>
    private static bool AssignsOnNextLine((List<string> Text, RoledLine First, List<RoledLine> Lines) paragraph, Func<string, bool>? endsOnAssignWord) =>
        endsOnAssignWord is not null && paragraph.Lines.Count == 1 && paragraph.First.Label is { Label.Kind: LabelKind.Article } label
        && endsOnAssignWord(label.Remainder);

    /// <summary>
    /// A line that stopped short of the wrap, a blank line, then a capital: the paragraph ended there though it has no
    /// final punctuation (a heading such as "a) Bộ tiêu chí … cấp xã (Phụ lục I)" over its unlabelled paragraphs "Bộ Nội
    /// vụ chủ trì, …;" whose bullets a printed page lost). A sentence the wrap cut fills its line.
    /// </summary>
    private static bool EndedShort(List<RoledLine>? paragraph, HardWrap? wrap, string text) =>
        paragraph is { Count: > 0 } && wrap is not null && !wrap.Fills(paragraph[^1]) && !VnText.StartsLower(text);

    /// <summary>
    /// A hard-wrapped line that starts "- " and a lower-case word after a full line cut mid-sentence is a hyphenated
    /// compound wrapped at its hyphen ("bệnh tay - chân" / "- miệng, sốt xuất huyết …"), not a bullet.
    /// A text of one paragraph per line has no wrap to fill, but a legal portal's scrape breaks its lines before a spaced
    /// hyphen all the same ("dịch vụ hỗ trợ hậu cần" / "- kỹ thuật thì …", "Vụ Tổ chức" / "- cán bộ, …", "thời kỳ 2021" /
    /// "- 2030 trong trường hợp …"): there a line that stops on a word, with no punctuation, runs on into a dash line
    /// that goes on in lower case, or from one year to the next. A hard-wrapped line cut on a year runs on into the dash
    /// and the range's second year in the same way ("… giai đoạn 2014" / "- 2016 và định hướng …", LinePatterns.ContinuesYearRange).
    /// </summary>
    private static bool RunsOnAsHyphen(RoledLine line, string previousText, bool previousFills, bool onePerLine) =>
        line.Label is { Label.Kind: LabelKind.Bullet } bullet && !EndsSentence(previousText)
        && (previousFills && (VnText.StartsLower(bullet.Remainder) || LinePatterns.ContinuesYearRange(previousText, line.Text))
            || onePerLine && line.Text.TrimStart() is ['-' or '–', ..] && BrokenCompound(previousText, bullet.Remainder.Trim()));

    private static bool BrokenCompound(string previousText, string rest)
    {
        var before = previousText.TrimEnd();
        if (before.Length == 0 || rest.Length == 0 || !char.IsLetterOrDigit(before[^1])) return false;
        return VnText.StartsLower(rest) || LinePatterns.EndsWithYear(before) && LinePatterns.StartsWithYear(rest) || BrokenListName(before, rest);
    }

    /// <summary>
    /// A name of an enumeration broken at its own spaced hyphen ("… Cục trưởng Cục Quản lý khám, chữa bệnh, Vụ trưởng Vụ Kế
    /// hoạch" / "- Tài chính, Thủ trưởng các đơn vị thuộc Bộ Y tế, …", QĐ 6556/QĐ-BYT Điều 5, dev): the line stops on a short
    /// piece after its last comma, inside a list of names, and the dash line goes on with a short piece and the list's next
    /// comma. A bullet list opens after a colon or a full item, not in the middle of such a piece, so the dash line runs on
    /// though it opens with a capital.
    /// </summary>
    private static bool BrokenListName(string before, string rest)
    {
        var lastComma = before.LastIndexOf(", ", StringComparison.Ordinal);
        var firstComma = rest.IndexOf(',', StringComparison.Ordinal);
        if (lastComma <= 0 || firstComma <= 0 || before.Length < MinRunningLine) return false;
        var piece = before[(lastComma + 2)..];
        // Both sides are a name's pieces, in capitals ("Vụ trưởng Vụ Kế hoạch" / "Tài chính"); a heading's list of common
        // nouns ("7. UBND các xã, phường" / "- Chủ tịch UBND các xã, phường chịu trách nhiệm …") opens real bullets.
        return char.IsUpper(piece[0]) && char.IsUpper(rest[0])
            && WordCount(piece) <= MaxBrokenNameWords && WordCount(rest[..firstComma]) <= MaxBrokenNameWords;
    }

    // A piece of a name on either side of its hyphen: "Vụ trưởng Vụ Kế hoạch", "Tài chính", "Lao động" / "Thương binh và Xã hội".
    private const int MaxBrokenNameWords = 5;

    private static int WordCount(string s) => s.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;

    /// <summary>
    /// A sentence line broken before a number that continues a citation ("… theo quy định tại Khoản" / "3 - Điều 61
    /// Luật Lâm nghiệp …", "… Công văn số 2925/TCT-TTKT ngày" / "10/8/2022. …"): a body line that opens with a digit
    /// and no item label, under a line of running text (not a short heading) that stopped without punctuation.
    /// </summary>
    private static bool RunsOnWithNumber(RoledLine line, string previousText, string text) =>
        line.Role == LineRole.Body && line.Label is null && text.Length > 0 && char.IsDigit(text[0])
        && previousText.Length >= MinRunningLine;

    /// <summary>
    /// A running line cut before a cited article ("… theo quy định tại khoản 2" / "Điều 64 của Luật Địa chất và khoáng sản
    /// …", "… quy định tại khoản 2" / "Điều 9 Quyết định này."): the article's number has no dot after it, which an
    /// article's own label always has, so the line continues the sentence instead of opening an article.
    /// The same holds for a cited criterion or clause number ("… các tiêu chí 2.1, 2.2, từ 3.1 đến 3.3, 4.1, từ" / "4.3 đến
    /// 4.16, …"): a decimal number without a closing dot or bracket, followed by a word in lower case, where an item's
    /// label is followed by its capitalised text.
    /// </summary>
    private static bool RunsOnAsCitation(RoledLine line, string previousText) =>
        (line.Label is { Label.Kind: LabelKind.Article } && ItemLabel.IsUnclosedArticle(line.Text)
         || line.Label is { Label.Kind: LabelKind.Decimal } number && !number.Label.Printed.EndsWith('.') && !line.Text.TrimStart().StartsWith(number.Label.Printed + ")", StringComparison.Ordinal)
            && VnText.StartsLower(number.Remainder))
        && previousText.Length >= MinRunningLine && !EndsSentence(previousText);

    /// <summary>The length from which a line stopped without punctuation is running text rather than a heading.</summary>
    private const int MinRunningLine = 60;

    /// <summary>A heading line that fills the width runs on unless it ends a statement ("." ";"); a colon there opens a list of names ("Giám đốc các Sở:" / "Lao động …").</summary>
    private static bool EndsStatement(string text)
    {
        var t = Ending(text);
        return t.EndsWith('.') || t.EndsWith(';') || t.EndsWith('!') || t.EndsWith('?');
    }

    /// <summary>A statement's end, or a colon: the line does not run on into the next.</summary>
    internal static bool EndsSentence(string text) => EndsStatement(text) || Ending(text).EndsWith(':');

    private static string Ending(string text) => text.TrimEnd('*', ' ', '"', '”', ')');

    private static bool Indented(Line line, double margin) => line.Box is { } b && b.X > margin + 0.025;

    /// <summary>The left edge most body lines start at.</summary>
    private static double BodyMargin(List<RoledLine> lines)
    {
        var xs = lines.Where(l => l.Line.Box is not null && l.Role == LineRole.Body).Select(l => Math.Round(l.Line.Box!.Value.X, 2)).ToList();
        if (xs.Count == 0) return 0;
        return xs.GroupBy(x => x).OrderByDescending(g => g.Count()).ThenBy(g => g.Key).First().Key;
    }
}
