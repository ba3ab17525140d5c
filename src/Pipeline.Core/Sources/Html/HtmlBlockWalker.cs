using System.Text;
using AngleSharp.Dom;
using Pipeline.Sources.Blocks;
using Pipeline.Sources.Text;
using Pipeline.Text;

namespace Pipeline.Sources.Html;

/// <summary>
/// Walks the document container and writes lines: each paragraph-like element is one line per &lt;br&gt;;
/// a layout table (at most two filled cells per row) is read left column then right column, every cell split
/// into its printed lines (<see cref="CellLines"/>); a data table is one line per row, cells joined by " | ".
/// </summary>
internal sealed class HtmlBlockWalker(List<Line> output, CellLines cells)
{
    private static readonly HashSet<string> Blocks = ["p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "blockquote", "section", "article", "ul", "ol", "center"];
    private static readonly HashSet<string> Skipped = ["script", "style", "noscript", "template", "svg", "button", "nav", "header", "footer", "form", "select"];

    public void Walk(IElement container, CancellationToken cancellationToken)
    {
        var inline = new StringBuilder();
        var bold = false;
        foreach (var node in container.ChildNodes)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (node is IElement e && Skipped.Contains(e.LocalName)) continue;
            if (node is IElement table && table.LocalName == "table")
            {
                Flush(inline, bold, Column.Full); bold = false;
                WriteTable(table, cancellationToken);
            }
            else if (node is IElement block && Blocks.Contains(block.LocalName))
            {
                Flush(inline, bold, Column.Full); bold = false;
                if (block.Children.Any(c => c.LocalName is "table" || Blocks.Contains(c.LocalName))) Walk(block, cancellationToken);
                else WriteParagraph(block, Column.Full);
            }
            else
            {
                AppendInline(node, inline);
                if (node is IElement { LocalName: "b" or "strong" }) bold = true;
            }
        }
        Flush(inline, bold, Column.Full);
    }

    private void WriteParagraph(IElement block, Column column)
    {
        var sb = new StringBuilder();
        AppendInline(block, sb);
        var bold = IsBold(block);
        foreach (var piece in sb.ToString().Split('\n'))
            Add(piece, column, bold);
    }

    private void WriteTable(IElement table, CancellationToken cancellationToken)
    {
        var rows = table.QuerySelectorAll("tr").Where(r => r.Closest("table") == table).ToList();
        var filled = rows.Select(r => Cells(r).Where(c => Squash(c.TextContent).Length > 0).ToList()).ToList();
        var layout = filled.Count > 0 && filled.All(r => r.Count <= 2);
        if (!layout)
        {
            foreach (var row in rows)
            {
                var cells = Cells(row).Select(c => Squash(c.TextContent)).ToList();
                if (cells.All(c => c.Length == 0)) continue;
                Add(DataRowText.Join(cells), Column.Full, false);
            }
            return;
        }
        var twoColumns = filled.Any(r => r.Count == 2);
        foreach (var row in filled.Where(r => r.Count > 0)) WriteCell(row[0], twoColumns ? Column.Left : Column.Full, cancellationToken);
        foreach (var row in filled.Where(r => r.Count > 1)) WriteCell(row[1], Column.Right, cancellationToken);
    }

    private static IEnumerable<IElement> Cells(IElement row) => row.Children.Where(c => c.LocalName is "td" or "th");

    /// <summary>A cell's paragraphs, each split into its printed lines by the block structure it holds.</summary>
    private void WriteCell(IElement cell, Column column, CancellationToken cancellationToken)
    {
        if (cell.QuerySelector("table") is not null) { Walk(cell, cancellationToken); return; }
        var pieces = new List<(string Text, bool Bold)>();
        var paragraphs = cell.Children.Where(c => Blocks.Contains(c.LocalName)).ToList();
        if (paragraphs.Count == 0) paragraphs = [cell];
        foreach (var p in paragraphs)
        {
            var sb = new StringBuilder();
            AppendInline(p, sb);
            pieces.Add((sb.ToString(), IsBold(p)));
        }
        foreach (var (text, bold) in pieces)
            foreach (var line in cells.Split(text))
                Add(line, column, bold);
    }

    /// <summary>Text of inline content; &lt;br&gt; becomes a line break; emphasis is kept as markdown marks
    /// so the cell splitter can see the italic V/v and place-date runs.</summary>
    private static void AppendInline(INode node, StringBuilder sb)
    {
        switch (node)
        {
            case IText text:
                sb.Append(Spaces.Plain(text.Data.Replace('\n', ' ').Replace('\r', ' ')));
                break;
            case IElement { LocalName: "br" }:
                sb.Append('\n');
                break;
            case IElement e when Skipped.Contains(e.LocalName):
                break;
            case IElement { LocalName: "sup" } sup when sup.TextContent.Trim().Trim('_', '-').Length == 0:
                break;
            case IElement e:
                if (Blocks.Contains(e.LocalName) && sb.Length > 0 && sb[^1] != '\n') sb.Append('\n');
                foreach (var child in e.ChildNodes) AppendInline(child, sb);
                if (Blocks.Contains(e.LocalName)) sb.Append('\n');
                break;
        }
    }

    private static bool IsBold(IElement e)
    {
        var text = Squash(e.TextContent);
        if (text.Length == 0) return false;
        var boldText = e.QuerySelectorAll("b, strong").Sum(b => Squash(b.TextContent).Length);
        return boldText * 2 >= text.Length;
    }

    private void Flush(StringBuilder inline, bool bold, Column column)
    {
        if (inline.Length == 0) return;
        foreach (var piece in inline.ToString().Split('\n')) Add(piece, column, bold);
        inline.Clear();
    }

    private void Add(string raw, Column column, bool bold)
    {
        var text = Squash(raw).Normalize(NormalizationForm.FormC);
        if (text.Length == 0 || MarkdownCleaner.Clean(text).Text.Length == 0 && text.Trim('-', '_', '=', ' ').Length == 0)
        {
            if (output.Count > 0 && !output[^1].IsBlank && column == Column.Full) output.Add(new Line("", 1));
            return;
        }
        output.Add(new Line(text, 1, Column: column, Bold: bold));
    }

    private static string Squash(string s)
    {
        var sb = new StringBuilder(s.Length);
        var space = false;
        foreach (var c in s)
        {
            if (char.IsWhiteSpace(c)) { space = sb.Length > 0; continue; }
            if (space) sb.Append(' ');
            space = false;
            sb.Append(c);
        }
        return sb.ToString();
    }
}
