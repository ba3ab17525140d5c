using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Pipeline.Sources.Word;

/// <summary>One printed line of a paragraph: the paragraph split at soft line breaks and page breaks.</summary>
/// <param name="PageBreakBefore">A page break (explicit or last rendered) precedes this piece.</param>
internal sealed record ParagraphPiece(string Text, bool Bold, bool PageBreakBefore);

/// <summary>
/// The visible text of a paragraph. Soft line breaks (Shift+Enter, common in the header block) split it
/// into separate lines; tabs and no-break spaces become spaces; deleted, hidden and field-code text
/// is left out, and so are footnote reference marks, which would otherwise glue a digit to a word.
/// </summary>
internal static class ParagraphText
{
    public static List<ParagraphPiece> Read(Paragraph paragraph, WordStyles styles)
    {
        var paragraphStyle = paragraph.ParagraphProperties?.ParagraphStyleId?.Val?.Value;
        var pieces = new List<ParagraphPiece>();
        var text = new StringBuilder();
        int boldChars = 0, allChars = 0;
        var breakBefore = false;

        void Close(bool pageBreakAfter)
        {
            pieces.Add(new ParagraphPiece(Clean(text.ToString()), allChars > 0 && boldChars * 2 > allChars, breakBefore));
            text.Clear();
            boldChars = allChars = 0;
            breakBefore = pageBreakAfter;
        }

        foreach (var run in Runs(paragraph))
        {
            var properties = run.RunProperties;
            if (WordStyles.IsOn(properties?.Vanish)) continue;
            var bold = properties?.Bold is { } b ? WordStyles.IsOn(b)
                : styles.StyleBold(paragraphStyle, properties?.RunStyle?.Val?.Value);
            foreach (var element in run.ChildElements)
            {
                switch (element)
                {
                    case DocumentFormat.OpenXml.Wordprocessing.Text t:
                        text.Append(t.Text);
                        var visible = t.Text.Count(ch => !char.IsWhiteSpace(ch));
                        allChars += visible;
                        if (bold) boldChars += visible;
                        break;
                    case TabChar or PositionalTab:
                        text.Append(' ');
                        break;
                    case NoBreakHyphen:
                        text.Append('-');
                        break;
                    case CarriageReturn:
                        Close(false);
                        break;
                    case Break br when br.Type?.Value == BreakValues.Page:
                        Close(true);
                        break;
                    case Break br when br.Type?.Value == BreakValues.Column:
                        text.Append(' ');
                        break;
                    case Break:
                        Close(false);
                        break;
                    case LastRenderedPageBreak:
                        if (text.Length == 0 && pieces.Count == 0) breakBefore = true;
                        else Close(true);
                        break;
                }
            }
        }
        Close(false);

        // A trailing break leaves an empty piece; keep it only when the paragraph has nothing else.
        if (pieces.Count > 1 && pieces[^1].Text.Length == 0 && !pieces[^1].PageBreakBefore) pieces.RemoveAt(pieces.Count - 1);
        if (paragraph.ParagraphProperties?.PageBreakBefore is { } pb && WordStyles.IsOn(pb))
            pieces[0] = pieces[0] with { PageBreakBefore = true };
        return pieces;
    }

    /// <summary>Runs in document order, through hyperlinks, fields, content controls and insertions,
    /// but not into deleted text, text boxes or nested paragraphs.</summary>
    private static IEnumerable<Run> Runs(OpenXmlElement element)
    {
        foreach (var child in element.ChildElements)
        {
            switch (child)
            {
                case Run run:
                    yield return run;
                    break;
                case DeletedRun or Paragraph or ParagraphProperties:
                    break;
                default:
                    foreach (var nested in Runs(child)) yield return nested;
                    break;
            }
        }
    }

    /// <summary>NFC, no-break and other odd spaces as plain spaces, runs of spaces collapsed, trimmed.</summary>
    public static string Clean(string text)
    {
        var normalized = text.Normalize(NormalizationForm.FormC);
        var result = new StringBuilder(normalized.Length);
        foreach (var c in normalized)
        {
            var ch = Pipeline.Text.Spaces.IsNoBreak(c) || c == '\t' || (char.IsWhiteSpace(c) && c != '\n') ? ' ' : c;
            if (c is '\u00AD' or '\u200B' or '\uFEFF') continue;
            if (ch == ' ' && result.Length > 0 && result[^1] == ' ') continue;
            result.Append(ch);
        }
        return result.ToString().Trim();
    }
}
