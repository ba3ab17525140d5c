using System.Text;
using System.Text.RegularExpressions;
using Pipeline.Text;

namespace Pipeline.Sources.Text;

/// <summary>
/// Groups the raw lines of a markdown transcription into blocks: plain lines and table rows whose cells keep
/// their hard line breaks ('\n'). Three table forms occur in conversions of legal-text portals: pipe rows
/// (<c>| Số: 15/KH-BXX | *Hà Nội, ngày …* |</c>, a whole block per row), pandoc grid tables
/// (<c>+---+---+</c> borders, a cell spread over many physical lines, "\" ending a printed line) and pandoc
/// multiline tables (delimited by runs of dashes, columns by their positions). Pandoc also wraps paragraphs at
/// 72 columns; those wrapped lines are joined back into their paragraph.
/// </summary>
public static partial class MarkdownBlocks
{
    public abstract record Block;
    public sealed record PlainLine(string Text) : Block;
    public sealed record TableRow(IReadOnlyList<string> Cells) : Block;

    /// <summary>The blocks of <paramref name="raw"/>; <paramref name="opensDivision"/> tells a line that opens a division
    /// of a legal text ("Chương I", "Mục 2", division-words.txt), which no wrapped paragraph continues into;
    /// <paramref name="opensSignature"/> a line that opens with a signing formula ("TM. CHÍNH PHỦ", "KT. THỦ TƯỚNG");
    /// <paramref name="opensLabel"/> a line that opens with a block's label ("Nơi nhận:", "Kính gửi:").</summary>
    public static IReadOnlyList<Block> Parse(IReadOnlyList<string> raw, Func<string, bool> opensDivision, Func<string, bool>? opensSignature = null,
        Func<string, bool>? opensLabel = null)
    {
        opensSignature ??= _ => false;
        opensLabel ??= _ => false;
        var blocks = new List<Block>();
        var joinWrapped = LooksSoftWrapped(raw);
        var width = joinWrapped ? WrapWidth(raw) : 0;
        for (var i = 0; i < raw.Count; i++)
        {
            var line = raw[i];
            if (GridBorder().IsMatch(line)) { i = ReadGrid(raw, i, blocks) - 1; continue; }
            if (DashRuns().IsMatch(line) && FindClosing(raw, i) is { } close) { ReadMultiline(raw, i, close, blocks); i = close; continue; }
            if (MarkdownCleaner.IsTableSeparator(line)) continue;
            if ((MarkdownCleaner.TableCells(line) ?? BorderlessRowCells(line)) is { Count: >= 2 } cells)
            {
                if (ContinuesPrintedRow(raw, i, blocks) is { } row) blocks[^1] = row;
                else blocks.Add(new TableRow(cells));
                continue;
            }
            // A bullet marker printed alone ("\-   " then a blank line then the item's text, an OCR'd conversion): it marks the next line.
            if (blocks.Count > 0 && blocks[^1] is PlainLine { Text: var marker } && BareBullet().IsMatch(marker))
            {
                if (line.Trim().Length > 0) blocks[^1] = new PlainLine("- " + line.Trim());
                continue;
            }
            if (joinWrapped && blocks.Count > 0 && blocks[^1] is PlainLine { Text: var previous } && Continues(previous, raw[i - 1], line, width, opensDivision, opensSignature, opensLabel))
            {
                blocks[^1] = new PlainLine(previous.TrimEnd().TrimEnd('\\') + " " + line.Trim());
                continue;
            }
            blocks.Add(new PlainLine(line));
        }
        return blocks;
    }

    /// <summary>
    /// antiword prints a Word table row one printed line at a time, each as a pipe row padded to the same
    /// column positions and with no separator row (<c>|Nơi nhận: |TM.ỦY BAN NHÂN DÂN|</c>, <c>|- Bộ Tư pháp; |PHÓ CHỦ TỊCH|</c>):
    /// such a line of a two-column block continues the row above it, cell by cell, so the Nơi nhận entries stay one
    /// cell and the signature another. A markdown table (separator row, unpadded pipes) keeps one row per line.
    /// </summary>
    private static TableRow? ContinuesPrintedRow(IReadOnlyList<string> raw, int i, List<Block> blocks)
    {
        if (i == 0 || blocks.Count == 0 || blocks[^1] is not TableRow { Cells.Count: 2 } above) return null;
        if (MarkdownCleaner.TableCells(raw[i]) is not { Count: 2 } cells) return null;
        if (!PipePositions(raw[i]).SequenceEqual(PipePositions(raw[i - 1]))) return null;
        for (var k = i - 1; k >= 0 && PipeRow().IsMatch(raw[k]); k--)
            if (MarkdownCleaner.IsTableSeparator(raw[k])) return null;
        return new TableRow([above.Cells[0] + "\n" + cells[0], above.Cells[1] + "\n" + cells[1]]);
    }

    /// <summary>
    /// A table row printed without its outer pipes: a converter's dump of a Word layout table
    /// (<c>Số: 15/2026/NQ-CP | Hà Nội, ngày 06 tháng 4 năm 2026</c>, <c>- Lưu: VT, KGVX (2). | TM. CHÍNH PHỦ</c>) or antiword's
    /// first row (<c>THÀNH PHỐ CẦN THƠ      |  CỘNG HÒA XÃ HỘI …</c>). Prose has no " | " between words; a row holds
    /// at most a few cells.
    /// </summary>
    private static List<string>? BorderlessRowCells(string line)
    {
        const int MaxCells = 4;
        var t = line.Trim();
        if (t.StartsWith('|') || !BorderlessSeparator().IsMatch(t)) return null;
        var cells = t.Split('|').Select(c => c.Trim()).ToList();
        return cells.Count <= MaxCells && cells.Any(c => c.Length > 0) ? cells : null;
    }

    private static IEnumerable<int> PipePositions(string line) =>
        line.TrimEnd().Select((c, k) => (c, k)).Where(p => p.c == '|').Select(p => p.k);

    /// <summary>True when the lines hold a markdown table of any form: then gaps between runs of text are
    /// table columns, not a pdftotext layout.</summary>
    public static bool HasTables(IReadOnlyList<string> raw) =>
        raw.Any(l => GridBorder().IsMatch(l) || MarkdownCleaner.IsTableSeparator(l) && l.Contains('|'))
        || raw.Count(l => PipeRow().IsMatch(l)) >= 2
        || raw.Where((l, i) => DashRuns().IsMatch(l) && FindClosing(raw, i) is not null).Any();

    /// <summary>Pandoc-wrapped text: paragraphs separated by blank lines whose lines often continue in lower case.</summary>
    private static bool LooksSoftWrapped(IReadOnlyList<string> raw)
    {
        int continued = 0, nonBlank = 0, longLines = 0, blank = 0;
        for (var i = 0; i < raw.Count; i++)
        {
            var t = raw[i].Trim();
            if (t.Length == 0) { blank++; continue; }
            nonBlank++;
            if (raw[i].Length > 90) longLines++;
            if (i > 0 && raw[i - 1].Trim().Length > 0 && !raw[i - 1].TrimStart().StartsWith('|') && char.IsLower(t[0])) continued++;
        }
        return continued >= 3 && longLines * 20 < nonBlank && blank * 5 >= nonBlank;
    }

    /// <summary>The width the text was wrapped at: the length of its longest lines (the tenth longest in a hundred),
    /// a few long unwrapped ones (a table row, a URL) aside.</summary>
    private static int WrapWidth(IReadOnlyList<string> raw)
    {
        var lengths = raw.Select(l => l.Trim().Length).Where(n => n > 0).Order().ToList();
        return lengths.Count == 0 ? 0 : lengths[(int)(lengths.Count * 0.9)];
    }

    private static bool Continues(string previous, string previousLine, string line, int width, Func<string, bool> opensDivision, Func<string, bool> opensSignature,
        Func<string, bool> opensLabel)
    {
        var p = previous.Trim();
        var t = line.Trim();
        if (p.Length == 0 || t.Length == 0) return false;
        if (p.StartsWith('|') || p.StartsWith('#')) return false;
        // The signature stacks its formulas and the post one per printed line ("TM. CHÍNH PHỦ" / "KT. THỦ TƯỚNG" /
        // "PHÓ THỦ TƯỚNG"): none of them is a wrapped paragraph, and run together the post reads as part of the formula.
        if (opensSignature(t) || opensSignature(p)) return false;
        // The foot's and the address's labels open their own block: "Nơi nhận:" under the closing formula is no wrap of it.
        if (opensLabel(t)) return false;
        // pdftotext without -layout separates paragraphs by no blank line. A numbered heading or a "Kính gửi:" line ending
        // well short of the wrap width, under which a line opens in capitals, ended there ("2. Về địa giới hành chính áp
        // dụng cho thành lập CCN" / "Hiện nay, cả nước …"; "Kính gửi: Sở Công Thương tỉnh Lào Cai" / "Ngày 03 tháng 7 …");
        // a wrapped line fills the width. Not a dashed entry: a Nơi nhận column wraps short ("- Các đồng chí Uỷ viên" /
        // "Ban Chấp hành …").
        var heading = previousLine.Trim();
        var opensHeading = heading.Length > 0 && (char.IsLetterOrDigit(heading[0]) && BlockStart().IsMatch(heading) || opensLabel(heading));
        if (heading.Length * 10 < width * 7 && opensHeading && char.IsUpper(t[0])) return false;
        // A line printed in capitals (the type word "NGHỊ QUYẾT", a body's name) does not wrap into one in mixed case
        // (the title "Về thanh toán …" under it): a wrapped paragraph keeps its case across the break.
        if (VnText.IsUpper(p, 4) && t.Any(char.IsLetter) && !VnText.IsUpper(t, 1)) return false;
        return !BlockStart().IsMatch(t) && !opensDivision(t.TrimStart('*'));
    }

    /// <summary>Reads a grid table from its first border; returns the index after its last line.</summary>
    private static int ReadGrid(IReadOnlyList<string> raw, int start, List<Block> blocks)
    {
        var border = raw[start];
        var bounds = new List<int>();
        for (var c = 0; c < border.Length; c++) if (border[c] == '+') bounds.Add(c);
        var i = start + 1;
        var rowLines = new List<string>();
        for (; i < raw.Count; i++)
        {
            var line = raw[i];
            if (GridBorder().IsMatch(line))
            {
                if (rowLines.Count > 0) blocks.Add(new TableRow(Cells(rowLines, bounds, grid: true)));
                rowLines.Clear();
                continue;
            }
            if (!line.TrimStart().StartsWith('|')) break;
            rowLines.Add(line);
        }
        if (rowLines.Count > 0) blocks.Add(new TableRow(Cells(rowLines, bounds, grid: true)));
        return i;
    }

    private static int? FindClosing(IReadOnlyList<string> raw, int start)
    {
        for (var i = start + 1; i < raw.Count && i < start + 200; i++)
            if (DashRuns().IsMatch(raw[i])) return i;
        return null;
    }

    /// <summary>A pandoc multiline table: columns where the dash runs are, rows separated by blank lines.</summary>
    private static void ReadMultiline(IReadOnlyList<string> raw, int open, int close, List<Block> blocks)
    {
        var bounds = new List<int>();
        foreach (Match m in DashRun().Matches(raw[open])) bounds.Add(m.Index);
        bounds.Add(int.MaxValue);
        var rowLines = new List<string>();
        for (var i = open + 1; i <= close; i++)
        {
            if (i == close || raw[i].Trim().Length == 0)
            {
                if (rowLines.Count > 0) blocks.Add(new TableRow(Cells(rowLines, bounds, grid: false)));
                rowLines.Clear();
                continue;
            }
            rowLines.Add(raw[i]);
        }
    }

    /// <summary>Cuts each physical line at the column bounds and joins each column's pieces: a piece ending with
    /// "\" (pandoc's hard break) or an empty piece ends a printed line; others are wrapped and joined by a space.</summary>
    private static List<string> Cells(List<string> lines, List<int> bounds, bool grid)
    {
        var columns = grid ? bounds.Count - 1 : bounds.Count - 1;
        var builders = Enumerable.Range(0, columns).Select(_ => new StringBuilder()).ToList();
        foreach (var line in lines)
        {
            var pieces = grid ? GridPieces(line, bounds) : PositionPieces(line, bounds);
            for (var c = 0; c < columns; c++)
            {
                var piece = c < pieces.Count ? pieces[c].Trim() : "";
                var sb = builders[c];
                if (piece.Length == 0) { if (sb.Length > 0 && sb[^1] != '\n') sb.Append('\n'); continue; }
                // Pandoc puts the break inside emphasis that closes on the line ("**T/M BAN CHẤP HÀNH TRUNG ƯƠNG\**",
                // "***Nơi nhận:\***", NQ 60-NQ/TW's foot): the stars after it do not make the line wrap on.
                var stars = piece.Length - piece.TrimEnd('*').Length;
                var bare = piece[..^stars];
                var hard = bare.EndsWith('\\') && !bare.EndsWith("\\\\", StringComparison.Ordinal);
                if (hard) piece = bare[..^1].TrimEnd() + piece[^stars..];
                if (sb.Length > 0 && sb[^1] != '\n') sb.Append(' ');
                sb.Append(piece);
                if (hard) sb.Append('\n');
            }
        }
        return builders.Select(b => b.ToString().Trim('\n', ' ')).ToList();
    }

    private static List<string> GridPieces(string line, List<int> bounds)
    {
        var pieces = new List<string>();
        var aligned = bounds.All(b => b < line.Length && line[b] == '|');
        if (aligned)
        {
            for (var k = 0; k + 1 < bounds.Count; k++) pieces.Add(line[(bounds[k] + 1)..bounds[k + 1]]);
            return pieces;
        }
        return MarkdownCleaner.TableCells(line)?.ToList() ?? [line];
    }

    private static List<string> PositionPieces(string line, List<int> bounds)
    {
        var pieces = new List<string>();
        for (var k = 0; k + 1 < bounds.Count; k++)
        {
            var from = Cut(line, bounds[k]);
            var to = bounds[k + 1] == int.MaxValue ? line.Length : Cut(line, bounds[k + 1]);
            pieces.Add(from < to ? line[from..to] : "");
        }
        return pieces;
    }

    /// <summary>A column bound moved left to the white space before it, so a word that starts a little early stays whole.</summary>
    private static int Cut(string line, int at)
    {
        if (at >= line.Length) return line.Length;
        var i = at;
        while (i > 0 && !char.IsWhiteSpace(line[i - 1])) i--;
        return i;
    }

    [GeneratedRegex(@"^\s*\+(?:[-=:]+\+)+\s*$")] private static partial Regex GridBorder();
    // A table row as antiword and markdown print it: "|cell|cell|".
    [GeneratedRegex(@"^\s*\|.*\|.*\|\s*$")] private static partial Regex PipeRow();
    [GeneratedRegex(@"\S\s+\|(\s|$)")] private static partial Regex BorderlessSeparator();
    [GeneratedRegex(@"^\s*-{3,}(?:\s+-{3,})+\s*$")] private static partial Regex DashRuns();
    [GeneratedRegex(@"-{3,}")] private static partial Regex DashRun();
    // A line that starts a new block rather than continuing a wrapped paragraph: list items, labels, headings.
    [GeneratedRegex(@"^(?:[-*+•]\s|#|>|\d+(?:\\?\.|\))|[a-zđ]\)|[IVXLC]+\\?\.\s|\*{0,2}Điều\s+\d)")] private static partial Regex BlockStart();
    [GeneratedRegex(@"^\s*\\?[-–•+]\s*$")] private static partial Regex BareBullet();
}
