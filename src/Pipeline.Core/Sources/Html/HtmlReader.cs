using System.Collections.Immutable;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Pipeline.Sources.Blocks;
using Pipeline.Sources.Text;

namespace Pipeline.Sources.Html;

/// <summary>
/// Reads HTML pages of legal-text portals (.html, .htm). The page carries site chrome (menus, tabs, related
/// documents); the document is the body container (<see cref="HtmlBody"/>). Its paragraphs become lines; a
/// layout table of one or two columns (issuer | motto, Số | place-date, Nơi nhận | signer) is read left side then
/// right, each cell split into its printed lines, the same block model as markdown tables and Word layout tables.
/// </summary>
public sealed class HtmlReader(CellLines cells) : ISourceReader
{
    public HtmlReader(Vocabulary.Vocab vocab) : this(new CellLines(vocab)) { }

    public bool CanRead(SourceFile file) => file.Extension is ".html" or ".htm" or ".xhtml";

    public SourceDocument Read(SourceFile file, CancellationToken cancellationToken = default)
    {
        var (text, warning) = HtmlDecoding.Decode(file.Bytes);
        if (string.IsNullOrWhiteSpace(text)) throw new SourceException("the file holds no text") { Code = "empty" };
        var document = new HtmlParser().ParseDocument(text);
        var body = HtmlBody.Find(document)
            ?? throw new SourceException("the page holds no document text (no paragraphs found)") { Code = "empty" };

        var lines = new List<Line>();
        new HtmlBlockWalker(lines, cells).Walk(body, cancellationToken);
        if (lines.All(l => l.IsBlank)) throw new SourceException("the page holds no document text") { Code = "empty" };
        var page = new Page(1, lines.ToImmutableArray(), LineOrigin.Text);
        var warnings = warning is null ? ImmutableArray<string>.Empty : [warning];
        return new SourceDocument(file, "text/html", [page], warnings);
    }
}
