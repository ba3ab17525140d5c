using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Filters;
using UglyToad.PdfPig.Geometry;
using UglyToad.PdfPig.Graphics.Operations;
using UglyToad.PdfPig.Outline.Destinations;
using UglyToad.PdfPig.Parser;
using UglyToad.PdfPig.Tokenization.Scanner;
using UglyToad.PdfPig.Tokens;

namespace Pipeline.Sources.Pdf;

/// <summary>
/// The letters a page's annotations paint through their normal appearance, in page space.
/// Vietnamese e-signing tools (VGCA and the like) stamp the document number and the day into
/// the header as signature-field widgets ("Số: 4280 /SCT", "ngày 16 tháng 7"): the page content
/// leaves a gap there, and viewers and pdftotext show the widget's appearance in it.
/// </summary>
internal sealed record AnnotationText(IReadOnlyList<Letter> Letters)
{
    /// <summary>
    /// Reads them through a PdfPig page factory, the public way to reach the document's resource
    /// store, content parser and font loading. Only pages that list annotations are parsed twice.
    /// </summary>
    public static IReadOnlyList<Letter> Read(PdfDocument document, UglyToad.PdfPig.Content.Page page)
    {
        if (!page.Dictionary.TryGet(NameToken.Annots, document.Structure.TokenScanner, out ArrayToken? annots)
            || annots.Length == 0) return [];
        return document.GetPage<AnnotationText>(page.Number).Letters;
    }
}

/// <summary>Builds <see cref="AnnotationText"/>; registered on the document with AddPageFactory.</summary>
internal sealed class AnnotationTextFactory(
    IPdfTokenScanner pdfScanner,
    IResourceStore resourceStore,
    ILookupFilterProvider filterProvider,
    IPageContentParser pageContentParser,
    ParsingOptions parsingOptions)
    : BasePageFactory<AnnotationText>(pdfScanner, resourceStore, filterProvider, pageContentParser, parsingOptions)
{
    protected override AnnotationText ProcessPage(int pageNumber, DictionaryToken dictionary, NamedDestinations namedDestinations,
        MediaBox mediaBox, CropBox cropBox, UserSpaceUnit userSpaceUnit, PageRotationDegrees rotation,
        TransformationMatrix initialMatrix, IReadOnlyList<IGraphicsStateOperation> operations)
    {
        var letters = new List<Letter>();
        foreach (var (appearance, toPage) in AnnotationAppearance.Visible(dictionary, PdfScanner))
        {
            try
            {
                var processor = new AppearanceTextProcessor(pageNumber, ResourceStore, PdfScanner, PageContentParser,
                    FilterProvider, cropBox, rotation, toPage.Multiply(initialMatrix), ParsingOptions);
                letters.AddRange(processor.Paint(appearance));
            }
            catch (Exception e) when (PdfOpener.Translate(e) is not null)
            {
                // A damaged appearance loses only its own stamp, never the page's text.
            }
        }
        return new AnnotationText(letters);
    }
}
