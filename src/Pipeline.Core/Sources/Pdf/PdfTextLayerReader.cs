using System.Runtime.CompilerServices;
using System.Collections.Immutable;
using Pipeline.Sources.Layout;
using UglyToad.PdfPig;

namespace Pipeline.Sources.Pdf;

/// <summary>
/// Reads the text layer of a born-digital PDF: letters with positions, repaired where the font lost
/// its Unicode mapping, assembled into line segments and put in reading order with two-column blocks
/// (issuer | motto, number | place-date, Nơi nhận | signer) marked Left/Right.
/// Pages without a real text layer (scans, stamps only, unrepairable fonts) are left to OCR.
/// </summary>
public sealed class PdfTextLayerReader : ISourceReader
{
    public const string PdfMediaType = "application/pdf";

    public bool CanRead(SourceFile file) =>
        PdfOpener.HasPdfHeader(file.Bytes) || file.Extension == ".pdf";

    public SourceDocument Read(SourceFile file, CancellationToken cancellationToken = default)
    {
        var result = ReadAll(file, cancellationToken);
        var pages = result.Pages;
        var missing = pages.Select((p, i) => (p, i)).Where(x => x.p is null).Select(x => x.i + 1).ToList();
        if (missing.Count == pages.Count)
            throw new SourceException($"the PDF has no text layer (scanned pages: {missing.Count} of {pages.Count}); OCR is needed")
            { Code = "no-text-layer" };

        var warnings = ImmutableArray.CreateBuilder<string>();
        warnings.AddRange(result.Warnings);
        if (missing.Count > 0)
            warnings.Add($"pages without a text layer were skipped (OCR needed): {string.Join(", ", missing)} of {pages.Count}");
        return new SourceDocument(file, PdfMediaType, [.. pages.OfType<Page>()], warnings.ToImmutable()) { SigningTimes = result.SigningTimes };
    }

    /// <summary>
    /// One entry per page: the page read from its text layer, or null when it has no real text and
    /// needs OCR. Throws <see cref="SourceException"/> when the file cannot be opened at all.
    /// </summary>
    public static IReadOnlyList<Page?> ReadPages(SourceFile file, CancellationToken cancellationToken = default) =>
        ReadAll(file, cancellationToken).Pages;

    /// <summary>
    /// The analysis of each file, kept while the file object lives: a caller that asks for the pages to decide
    /// whether OCR is needed and then reads the file (the CLI's composition does) parses the PDF once, not twice.
    /// </summary>
    private static readonly ConditionalWeakTable<SourceFile, TextLayer> Analysed = new();

    private sealed record TextLayer(IReadOnlyList<Page?> Pages, IReadOnlyList<string> Warnings, ImmutableArray<DateTimeOffset> SigningTimes);

    private static TextLayer ReadAll(SourceFile file, CancellationToken cancellationToken)
    {
        if (Analysed.TryGetValue(file, out var known)) return known;
        var analysed = Analyse(file, cancellationToken);
        Analysed.AddOrUpdate(file, analysed);
        return analysed;
    }

    private static TextLayer Analyse(SourceFile file, CancellationToken cancellationToken)
    {
        using var document = PdfOpener.Open(file);
        var repair = new GlyphUnicodeRepair(document);
        document.AddPageFactory<AnnotationText, AnnotationTextFactory>();
        var candidates = new List<IReadOnlyList<Line>>();
        var sizes = new List<PageExtent>();
        try
        {
            for (var number = 1; number <= document.NumberOfPages; number++)
            {
                cancellationToken.ThrowIfCancellationRequested();
                var pdfPage = document.GetPage(number);
                sizes.Add(new PageExtent(Math.Round(pdfPage.Width, 2), Math.Round(pdfPage.Height, 2), "pt"));
                candidates.Add(ReadLines(document, pdfPage, number, repair));
            }
        }
        catch (Exception e) when (PdfOpener.Translate(e) is { } error)
        {
            throw error;
        }

        var anyFullPage = candidates.Any(lines => TextLayerQuality.IsRealText(lines));
        var pages = candidates.Select((lines, i) => TextLayerQuality.IsRealText(lines, anyFullPage)
            ? new Page(i + 1, [.. lines], LineOrigin.TextLayer) { Size = sizes[i] }
            : null).ToList();

        var warnings = new List<string>();
        if (repair.Repaired)
            warnings.Add("text drawn with fonts lacking a ToUnicode map was repaired from the embedded font programs");
        return new TextLayer(pages, warnings, SigningTimes.Read(document));
    }

    private static List<Line> ReadLines(PdfDocument document, UglyToad.PdfPig.Content.Page pdfPage, int number, GlyphUnicodeRepair repair)
    {
        var words = LetterWords.Build(pdfPage, repair);
        // Numbers and days stamped by the signing tool live in annotation appearances, not the page content;
        // their words are built apart so they never run into the page's last word.
        words.AddRange(LetterWords.Build(AnnotationText.Read(document, pdfPage), pdfPage, repair));
        var segments = LineAssembler.Assemble(words, number);
        return SignatureBanner.Remove(ReadingOrder.Arrange(segments));
    }
}
