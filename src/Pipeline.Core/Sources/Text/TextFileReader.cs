using Pipeline.Sources.Blocks;
using System.Collections.Immutable;

namespace Pipeline.Sources.Text;

/// <summary>
/// Reads .txt and .md inputs: typed transcriptions (markdown-flavoured, one paragraph per line) and
/// layout-preserving renderings (pdftotext -layout, hard-wrapped, columns as runs of spaces).
/// Form feeds separate pages, and so do the page markers a converter writes (<see cref="ConverterPageMarkers"/>).
/// </summary>
public sealed class TextFileReader(CellLines cells) : ISourceReader
{
    // "Mục 2", "CHƯƠNG 3": a division word and its number (division-words.txt) opens a block of its own. A Roman numeral
    // does not: pandoc wraps "… tại Điều 40 Mục 7 / Chương VI Nghị định …" where a sentence cites one.
    private readonly GluedSignature _glued = new(cells.Vocab);
    private readonly System.Text.RegularExpressions.Regex _division =
        new("^" + cells.Vocab.DivisionWords.Alternation + @"\s+\d", cells.Vocab.DivisionWords.Options);

    public TextFileReader(Vocabulary.Vocab vocab) : this(new CellLines(vocab)) { }

    public bool CanRead(SourceFile file) => file.Extension is ".txt" or ".md" or ".markdown";

    public SourceDocument Read(SourceFile file, CancellationToken cancellationToken = default)
    {
        var (text, warning) = TextDecoder.DecodeReporting(file.Bytes);
        if (text.Contains('\0')) throw new SourceException("the file holds binary data (NUL bytes), not text") { Code = "binary" };
        var mediaType = file.Extension == ".txt" ? "text/plain" : "text/markdown";
        return FromText(file, text, mediaType, warning is null ? [] : [warning]);
    }

    /// <summary>
    /// Pages and lines of a decoded text: shared with readers whose converters print text (Word 97 through
    /// antiword), so every text rendering goes through the same table and layout handling.
    /// </summary>
    public SourceDocument FromText(SourceFile file, string text, string mediaType, ImmutableArray<string> warnings)
    {
        text = Pipeline.Text.Spaces.Plain(text.Normalize(System.Text.NormalizationForm.FormC));
        if (string.IsNullOrWhiteSpace(text)) throw new SourceException("the file holds no text") { Code = "empty" };
        var (repaired, fontEncoding) = LegacyVietnamese.RepairFontEncoding(text);
        if (fontEncoding is not null) warnings = warnings.Add($"legacy-encoding: text typed in the {fontEncoding} font encoding was converted to Unicode");
        text = ConverterPageMarkers.ToFormFeeds(PortalTitlePrefix.Strip(repaired.Replace("\r\n", "\n").Replace('\r', '\n')));
        var rawPages = text.Split('\f');
        var pages = ImmutableArray.CreateBuilder<Page>();
        // pdftotext -layout lays out the whole file: on a later page, one two-sided row ("Nơi nhận: … KT. GIÁM ĐỐC")
        // is enough to read the page as laid out; a page with none keeps the typed path.
        var documentLaidOut = rawPages.Any(p => LayoutText.LooksLaidOut(p.Split('\n')));
        for (var i = 0; i < rawPages.Length; i++)
        {
            var rawLines = rawPages[i].Split('\n');
            var number = i + 1;
            if (rawPages.Length > 1 && i == rawPages.Length - 1 && string.IsNullOrWhiteSpace(rawPages[i])) break;
            var laidOut = LayoutText.LooksLaidOut(rawLines, documentLaidOut ? 1 : 2) && !MarkdownBlocks.HasTables(rawLines);
            var lines = laidOut ? WithBlankRows(rawLines, number, IsTypeHeading) : TypedLines(rawLines, number);
            pages.Add(new Page(number, lines.ToImmutableArray(), LineOrigin.Text) { Wrapped = laidOut });
        }
        return new SourceDocument(file, mediaType, pages.ToImmutable(), warnings) { DeclaredRecognised = ConverterOcrNote.Opens(text) };
    }

    /// <summary>
    /// "QUYẾT ĐỊNH CHẤP THUẬN CHỦ TRƯƠNG ĐẦU TƯ": the type word (doc-types.tsv) and the title after it on one line, in capitals,
    /// a heading centred under the header (QĐ 2170/QĐ-UBND Lào Cai, dev), never the issuer's column however far left it starts.
    /// </summary>
    private bool IsTypeHeading(string run) =>
        cells.Vocab.TypeWords.MatchStart(run) is { } type && run.Length > type.Length + 1
        && !run.Any(char.IsLower);

    /// <summary>
    /// Segments a laid-out page, then puts back the blank rows that separate paragraphs and page breaks,
    /// which the geometry alone does not carry.
    /// </summary>
    private static List<Line> WithBlankRows(string[] rawLines, int page, Func<string, bool> spansPage)
    {
        var arranged = LayoutText.Segment(rawLines, page, spansPage);
        var rows = Math.Max(rawLines.Length, 1);
        var output = new List<Line>();
        Line? previous = null;
        foreach (var line in arranged)
        {
            if (previous?.Box is { } p && line.Box is { } b && line.Column == previous.Column)
            {
                var gapRows = (int)Math.Round((b.Y - p.Bottom) * rows);
                for (var g = 0; g < Math.Min(gapRows, 3); g++) output.Add(new Line("", page, Column: line.Column));
            }
            output.Add(line);
            previous = line;
        }
        return output;
    }

    private List<Line> TypedLines(IReadOnlyList<string> rawLines, int page)
    {
        var lines = new List<Line>();
        foreach (var block in MarkdownBlocks.Parse(HyphenBreaks.Join(rawLines), _division.IsMatch,
                     t => cells.Vocab.SigningFormulas.Match(t) is not null, CellLines.OpensLabel))
        {
            if (block is MarkdownBlocks.TableRow row)
            {
                TableLines.Add(lines, row.Cells, page, cells);
                continue;
            }
            var raw = _glued.Unglue(((MarkdownBlocks.PlainLine)block).Text);
            if (cells.IsFlattenedBlock(raw))
            {
                // A text scrape of a header or foot table: the block's printed lines, no column known.
                foreach (var part in cells.Split(raw))
                {
                    var cleaned = MarkdownCleaner.Clean(part);
                    if (cleaned.Text.Length > 0) lines.Add(new Line(cleaned.Text, page, Bold: cleaned.Bold));
                }
                continue;
            }
            var parts = SplitBreaks(raw);
            foreach (var part in parts)
            {
                var cleaned = MarkdownCleaner.Clean(part);
                var indent = part.Length - part.TrimStart().Length;
                if (cleaned.Text.Length == 0 && parts.Length > 1) continue;
                lines.Add(new Line(cleaned.Text, page, Bold: cleaned.Bold, Indent: indent));
            }
        }
        return lines;
    }

    private static string[] SplitBreaks(string raw) =>
        raw.Split(["<br>", "<br/>", "<br />", "<BR>"], StringSplitOptions.None);
}
