using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;
using Pipeline.Text;

namespace Pipeline.Sources.Word;

/// <summary>
/// Walks the document body in reading order and writes its lines: one per paragraph piece, with the
/// automatic list label in front; layout tables as their left side then their right side; data tables
/// one line per row with cells separated by " | ".
/// </summary>
internal sealed class DocxBodyWalker(WordStyles styles, ListNumbering numbering, PageLines output)
{
    public void Walk(Body body)
    {
        var tables = body.Elements<Table>().ToList();
        foreach (var element in BlockElements(body))
        {
            switch (element)
            {
                case Paragraph p:
                    WriteParagraph(p, Column.Full);
                    break;
                case Table t:
                    WriteTable(t, atEdge: t == tables.FirstOrDefault() || t == tables.LastOrDefault(), Column.Full);
                    break;
            }
        }
    }

    private void WriteParagraph(Paragraph paragraph, Column column)
    {
        var label = Label(paragraph);
        var pieces = ParagraphText.Read(paragraph, styles);
        for (var i = 0; i < pieces.Count; i++)
        {
            var piece = pieces[i];
            if (piece.PageBreakBefore) output.Break();
            var text = i == 0 && label is { Length: > 0 } ? $"{label} {piece.Text}".TrimEnd() : piece.Text;
            output.Add(text, column, piece.Bold);
        }
        if (EndsSection(paragraph)) output.Break();
    }

    private string? Label(Paragraph paragraph)
    {
        var properties = paragraph.ParagraphProperties;
        var direct = properties?.NumberingProperties;
        var styled = styles.StyleNumbering(properties?.ParagraphStyleId?.Val?.Value);
        var numId = direct?.NumberingId?.Val?.Value ?? styled?.NumId;
        var level = direct?.NumberingLevelReference?.Val?.Value ?? styled?.Level ?? 0;
        // Word prints the label even on an empty numbered paragraph (the "STT" column of a table).
        if (numId is null) return null;
        return numbering.Next(numId.Value, level);
    }

    private void WriteTable(Table table, bool atEdge, Column column)
    {
        if (WordTableKind.IsLayout(table, atEdge))
        {
            var rows = table.Elements<TableRow>().Select(WordTableKind.FilledCells).ToList();
            foreach (var row in rows.Where(r => r.Count > 0)) WriteCell(row[0], Column.Left);
            foreach (var row in rows.Where(r => r.Count > 1)) WriteCell(row[1], Column.Right);
            return;
        }

        foreach (var row in table.Elements<TableRow>())
        {
            var cells = new List<string>();
            int bold = 0, filled = 0;
            foreach (var cell in row.Elements<TableCell>())
            {
                var parts = new List<string>();
                foreach (var p in BlockElements(cell).OfType<Paragraph>())
                {
                    var label = Label(p);
                    var pieces = ParagraphText.Read(p, styles);
                    var text = string.Join(' ', pieces.Select(x => x.Text).Where(x => x.Length > 0));
                    if (label is { Length: > 0 }) text = $"{label} {text}".TrimEnd();
                    if (text.Length > 0) parts.Add(text);
                    if (pieces.Any(x => x.Bold)) bold++;
                }
                var cellText = string.Join(' ', parts);
                if (cellText.Length > 0) filled++;
                cells.Add(cellText);
            }
            if (cells.All(c => c.Length == 0)) continue;
            output.Add(DataRowText.Join(cells).Trim(), column, filled > 0 && bold * 2 > filled);
        }
    }

    private void WriteCell(TableCell cell, Column column)
    {
        foreach (var element in BlockElements(cell))
        {
            if (element is Paragraph p) WriteParagraph(p, column);
            else if (element is Table nested) WriteTable(nested, atEdge: true, column);
        }
    }

    /// <summary>Paragraphs and tables of a container, looking through content controls (w:sdt).</summary>
    private static IEnumerable<OpenXmlElement> BlockElements(OpenXmlElement container)
    {
        foreach (var child in container.ChildElements)
        {
            switch (child)
            {
                case Paragraph or Table:
                    yield return child;
                    break;
                case SdtBlock sdt when sdt.SdtContentBlock is { } content:
                    foreach (var inner in BlockElements(content)) yield return inner;
                    break;
                case CustomXmlBlock custom:
                    foreach (var inner in BlockElements(custom)) yield return inner;
                    break;
            }
        }
    }

    /// <summary>A paragraph carrying section properties ends a section, which starts a new page
    /// unless the section break is continuous.</summary>
    private static bool EndsSection(Paragraph paragraph)
    {
        var section = paragraph.ParagraphProperties?.SectionProperties;
        if (section is null) return false;
        var type = section.GetFirstChild<SectionType>()?.Val?.Value;
        return type is null || type != SectionMarkValues.Continuous;
    }
}
