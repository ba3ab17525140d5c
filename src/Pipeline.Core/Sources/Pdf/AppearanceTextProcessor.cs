using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Filters;
using UglyToad.PdfPig.Geometry;
using UglyToad.PdfPig.Graphics;
using UglyToad.PdfPig.Graphics.Operations;
using UglyToad.PdfPig.Parser;
using UglyToad.PdfPig.PdfFonts;
using UglyToad.PdfPig.Tokenization.Scanner;
using UglyToad.PdfPig.Tokens;

namespace Pipeline.Sources.Pdf;

/// <summary>
/// Runs one annotation's appearance stream through PdfPig's own content-stream machinery and keeps
/// only the glyphs it paints, as PdfPig letters in page space. PdfPig reads fonts, encodings,
/// ToUnicode maps, widths and nested form XObjects for us; its page letters just never include
/// annotations, which is where signing tools put the number and day they stamp onto a notice.
/// Paths, images and clipping are irrelevant to text and ignored.
/// </summary>
internal sealed class AppearanceTextProcessor(
    int pageNumber,
    IResourceStore resourceStore,
    IPdfTokenScanner pdfScanner,
    IPageContentParser pageContentParser,
    ILookupFilterProvider filterProvider,
    CropBox cropBox,
    PageRotationDegrees rotation,
    in TransformationMatrix annotationToPage,
    ParsingOptions parsingOptions)
    : BaseStreamProcessor<IReadOnlyList<Letter>>(pageNumber, resourceStore, pdfScanner, pageContentParser, filterProvider,
        cropBox, UserSpaceUnit.Default, rotation, annotationToPage, parsingOptions)
{
    private static readonly NameToken AppearanceName = NameToken.Create("PipelineAppearance");
    private readonly List<Letter> _letters = [];

    /// <summary>
    /// Paints the appearance as the spec's form XObject: its Matrix and BBox apply, its own Resources load.
    /// The constructor's matrix already maps the transformed BBox onto the annotation's Rect.
    /// </summary>
    public IReadOnlyList<Letter> Paint(StreamToken appearance)
    {
        ProcessFormXObject(appearance, AppearanceName);
        return _letters;
    }

    public override IReadOnlyList<Letter> Process(int pageNumberCurrent, IReadOnlyList<IGraphicsStateOperation> operations)
    {
        ProcessOperations(operations);
        return _letters;
    }

    public override void RenderGlyph(IFont font, CurrentGraphicsState currentState, double fontSize, double pointSize,
        int code, string unicode, long currentOffset, in TransformationMatrix renderingMatrix, in TransformationMatrix textMatrix,
        in TransformationMatrix transformationMatrix, CharacterBoundingBox characterBoundingBox)
    {
        // Same geometry as PdfPig's page letters: glyph space → text space → user space → page.
        var toPage = renderingMatrix.Multiply(textMatrix).Multiply(transformationMatrix);
        var advance = toPage.Transform(new PdfRectangle(0, 0, characterBoundingBox.Width, 1));
        var glyph = toPage.Transform(characterBoundingBox.GlyphBounds);
        var loose = toPage.Transform(new PdfRectangle(0, font.GetDescent(), characterBoundingBox.Width, font.GetAscent()));
        var bounds = glyph.Width > double.Epsilon || glyph.Height > double.Epsilon ? glyph : advance;
        _letters.Add(new Letter(unicode, bounds, loose, advance.BottomLeft, advance.BottomRight, advance.Width, fontSize, font,
            currentState.FontState.TextRenderingMode, currentState.CurrentStrokingColor!, currentState.CurrentNonStrokingColor!,
            pointSize, TextSequence));
    }

    protected override void RenderXObjectImage(XObjectContentRecord xObjectContentRecord) { }
    public override void BeginSubpath() { }
    public override PdfPoint? CloseSubpath() => null;
    public override void StrokePath(bool close) { }
    public override void FillPath(FillingRule fillingRule, bool close) { }
    public override void FillStrokePath(FillingRule fillingRule, bool close) { }
    public override void MoveTo(double x, double y) { }
    public override void BezierCurveTo(double x2, double y2, double x3, double y3) { }
    public override void BezierCurveTo(double x1, double y1, double x2, double y2, double x3, double y3) { }
    public override void LineTo(double x, double y) { }
    public override void Rectangle(double x, double y, double width, double height) { }
    public override void EndPath() { }
    public override void ClosePath() { }
    public override void ModifyClippingIntersect(FillingRule clippingRule) { }
    protected override void ClipToRectangle(PdfRectangle rectangle, FillingRule clippingRule) { }
    protected override void RenderInlineImage(InlineImage inlineImage) { }
    public override void BeginMarkedContent(NameToken name, NameToken? propertyDictionaryName, DictionaryToken? properties) { }
    public override void EndMarkedContent() { }
    public override void PaintShading(NameToken shading) { }
}
