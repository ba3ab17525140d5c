using UglyToad.PdfPig;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Geometry;
using UglyToad.PdfPig.Tokenization.Scanner;
using UglyToad.PdfPig.Tokens;

namespace Pipeline.Sources.Pdf;

/// <summary>
/// Finds the annotations of a page that a viewer shows, with the normal appearance stream of each and
/// the matrix that puts that stream onto the page (PDF 32000-1 §12.5.5: the form's BBox, transformed
/// by its Matrix, is fitted onto the annotation's Rect).
/// </summary>
internal static class AnnotationAppearance
{
    private const int Hidden = 1 << 1;
    private const int NoView = 1 << 5;

    public static IEnumerable<(StreamToken Appearance, TransformationMatrix ToPage)> Visible(DictionaryToken page, IPdfTokenScanner scanner)
    {
        if (!page.TryGet(NameToken.Annots, scanner, out ArrayToken? annots)) yield break;
        foreach (var item in annots.Data)
        {
            if (Resolve<DictionaryToken>(item, scanner) is not { } annotation) continue;
            if (annotation.TryGet(NameToken.Subtype, scanner, out NameToken? subtype) && subtype.Data is "Link" or "Popup") continue;
            var flags = annotation.TryGet(NameToken.F, scanner, out NumericToken? f) ? f.Int : 0;
            if ((flags & (Hidden | NoView)) != 0) continue;
            if (NormalAppearance(annotation, scanner) is not { } appearance) continue;
            if (!annotation.TryGet(NameToken.Rect, scanner, out ArrayToken? rect) || ToRectangle(rect, scanner) is not { } target) continue;
            if (ToPage(appearance, target, scanner) is { } matrix) yield return (appearance, matrix);
        }
    }

    /// <summary>/AP /N is either the stream itself or one stream per state, chosen by /AS (check boxes).</summary>
    private static StreamToken? NormalAppearance(DictionaryToken annotation, IPdfTokenScanner scanner)
    {
        if (!annotation.TryGet(NameToken.Ap, scanner, out DictionaryToken? ap) || !ap.TryGet(NameToken.N, out IToken? normal)) return null;
        var resolved = Resolve<IToken>(normal, scanner);
        if (resolved is StreamToken stream) return stream;
        if (resolved is DictionaryToken states && annotation.TryGet(NameToken.As, scanner, out NameToken? state)
            && states.TryGet(state, out IToken? chosen))
            return Resolve<StreamToken>(chosen, scanner);
        return null;
    }

    private static TransformationMatrix? ToPage(StreamToken appearance, PdfRectangle target, IPdfTokenScanner scanner)
    {
        var form = appearance.StreamDictionary;
        if (!form.TryGet(NameToken.Bbox, scanner, out ArrayToken? bboxArray) || ToRectangle(bboxArray, scanner) is not { } bbox) return null;
        var matrix = TransformationMatrix.Identity;
        if (form.TryGet(NameToken.Matrix, scanner, out ArrayToken? m) && m.Length == 6 && m.Data.All(t => t is NumericToken))
            matrix = TransformationMatrix.FromArray(m.Data.Cast<NumericToken>().Select(t => t.Double).ToArray());
        var shown = matrix.Transform(bbox).Normalise();
        if (shown.Width < 1e-6 || shown.Height < 1e-6) return null;
        var sx = target.Width / shown.Width;
        var sy = target.Height / shown.Height;
        return TransformationMatrix.FromValues(sx, 0, 0, sy, target.Left - shown.Left * sx, target.Bottom - shown.Bottom * sy);
    }

    private static PdfRectangle? ToRectangle(ArrayToken array, IPdfTokenScanner scanner)
    {
        if (array.Length != 4) return null;
        var v = array.Data.Select(t => Resolve<NumericToken>(t, scanner)?.Double).ToArray();
        if (v.Any(x => x is null)) return null;
        return new PdfRectangle(v[0]!.Value, v[1]!.Value, v[2]!.Value, v[3]!.Value).Normalise();
    }

    private static T? Resolve<T>(IToken token, IPdfTokenScanner scanner) where T : class, IToken =>
        token switch
        {
            IndirectReferenceToken r => scanner.Get(r.Data)?.Data as T,
            T t => t,
            _ => null,
        };
}
