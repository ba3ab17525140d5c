using Microsoft.ML.Data;
using Pipeline.Roles;
using Pipeline.Sources;

namespace Pipeline.Ml.Features;

/// <summary>
/// Features of every line of a document, computed in one pass: the line's text grams and shape, its
/// neighbours' shapes and opening words, and where it sits (relative position in the document and the page,
/// before the first header anchor, after Nơi nhận, lines since the type word, lines to the end).
/// </summary>
public sealed class LineFeatures(LineRecognizer recognizer)
{
    private readonly LineShape _shape = new(recognizer);

    public const int HashSize = 1 << 14;
    private const int Context = 16;
    public const int DenseSize = LineShape.Count * 3 + Context;
    public const int Length = HashSize + DenseSize;

    public List<VBuffer<float>> Of(IReadOnlyList<Line> lines)
    {
        var shapes = lines.Select(_shape.Of).ToArray();
        var n = lines.Count;
        int First(Func<float[], bool> p) { for (var i = 0; i < n; i++) if (p(shapes[i])) return i; return -1; }
        var firstAnchor = First(s => s[22] > 0 || s[23] > 0 || s[25] > 0);
        var docType = First(s => s[25] > 0);
        var recipients = First(s => s[26] > 0);
        var lastPage = n == 0 ? 1 : lines.Max(l => l.Page);
        var pageStart = new Dictionary<int, int>();
        var pageCount = new Dictionary<int, int>();
        for (var i = 0; i < n; i++)
        {
            pageStart.TryAdd(lines[i].Page, i);
            pageCount[lines[i].Page] = pageCount.GetValueOrDefault(lines[i].Page) + 1;
        }

        var result = new List<VBuffer<float>>(n);
        var sinceBlank = 0;
        for (var i = 0; i < n; i++)
        {
            var v = new FeatureVector(HashSize, DenseSize);
            var line = lines[i];
            if (!line.IsBlank) TextGrams.Add(v, "", line.Text);
            var prev = PreviousText(lines, i, -1);
            var next = PreviousText(lines, i, +1);
            AddOpening(v, "p:", prev);
            AddOpening(v, "n:", next);
            v.NormaliseHashed();

            for (var k = 0; k < LineShape.Count; k++)
            {
                v.SetDense(k, shapes[i][k]);
                if (i > 0) v.SetDense(LineShape.Count + k, shapes[i - 1][k]);
                if (i + 1 < n) v.SetDense(2 * LineShape.Count + k, shapes[i + 1][k]);
            }
            sinceBlank = line.IsBlank ? 0 : sinceBlank + 1;
            var c = 3 * LineShape.Count;
            var page = line.Page;
            v.SetDense(c + 0, n <= 1 ? 0 : i / (float)(n - 1));
            v.SetDense(c + 1, pageCount[page] <= 1 ? 0 : (i - pageStart[page]) / (float)(pageCount[page] - 1));
            v.SetDense(c + 2, page == 1 ? 1 : 0);
            v.SetDense(c + 3, page == lastPage ? 1 : 0);
            v.SetDense(c + 4, firstAnchor >= 0 && i < firstAnchor ? 1 : 0);
            v.SetDense(c + 5, recipients >= 0 && i > recipients ? 1 : 0);
            v.SetDense(c + 6, recipients >= 0 && i < recipients && recipients - i <= 12 ? 1 : 0);
            var afterType = docType >= 0 ? i - docType : -1;
            v.SetDense(c + 7, afterType is >= 1 and <= 2 ? 1 : 0);
            v.SetDense(c + 8, afterType is >= 3 and <= 6 ? 1 : 0);
            v.SetDense(c + 9, docType >= 0 && i < docType ? 1 : 0);
            v.SetDense(c + 10, Math.Min(1f, sinceBlank / 10f));
            v.SetDense(c + 11, n - i <= 5 ? 1 : 0);
            v.SetDense(c + 12, n - i is > 5 and <= 20 ? 1 : 0);
            v.SetDense(c + 13, i < 6 ? 1 : 0);
            v.SetDense(c + 14, i is >= 6 and < 20 ? 1 : 0);
            v.SetDense(c + 15, firstAnchor < 0 ? 1 : 0);
            result.Add(v.ToBuffer());
        }
        return result;
    }

    /// <summary>The nearest non-blank line's text in a direction, or "" at the document's edge.</summary>
    private static string PreviousText(IReadOnlyList<Line> lines, int i, int step)
    {
        for (var j = i + step; j >= 0 && j < lines.Count; j += step)
            if (!lines[j].IsBlank) return lines[j].Text;
        return "";
    }

    private static void AddOpening(FeatureVector v, string prefix, string text)
    {
        var words = TextGrams.Words(Pipeline.Text.VnText.Fold(text)).Take(2).ToList();
        v.AddHashed(prefix + "w0:" + (words.Count > 0 ? words[0] : "<none>"), 0.5f);
        if (words.Count > 1) v.AddHashed(prefix + "w01:" + words[0] + "_" + words[1], 0.5f);
    }
}
