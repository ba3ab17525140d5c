using Microsoft.ML.Data;
using Pipeline.Roles;
using Pipeline.Tasks;
using Pipeline.Text;

namespace Pipeline.Ml.Features;

/// <summary>
/// Features of a candidate item: its words (opening words weigh most: "Giao", "Đề nghị", "Thời gian kiểm tra:"),
/// its heading's words, the section kind, label kind and depth, the rules' directive score, a "Label: value"
/// opening (event notices), the closing "./.", and its place among the document's items.
/// </summary>
public static class DirectiveFeatures
{
    public const int HashSize = 1 << 13;
    public const int DenseSize = 16;
    public const int Length = HashSize + DenseSize;

    public static VBuffer<float> Of(DirectiveCandidate c)
    {
        var v = new FeatureVector(HashSize, DenseSize);
        var folded = VnText.Fold(c.Text);
        var words = TextGrams.Words(c.Text.ToLowerInvariant()).Take(40).ToList();
        var fwords = TextGrams.Words(folded).Take(40).ToList();
        foreach (var w in words) v.AddHashed("w:" + w);
        foreach (var w in fwords) v.AddHashed("f:" + w, 0.7f);
        for (var i = 0; i + 1 < fwords.Count && i < 12; i++) v.AddHashed("b:" + fwords[i] + "_" + fwords[i + 1]);
        for (var i = 0; i < Math.Min(3, fwords.Count); i++) v.AddHashed($"o{i}:" + fwords[i], 2f);
        if (fwords.Count > 1) v.AddHashed("o01:" + fwords[0] + "_" + fwords[1], 2f);
        if (c.Heading is { } h)
            foreach (var w in TextGrams.Words(VnText.Fold(h)).Take(8)) v.AddHashed("h:" + w);
        v.NormaliseHashed();

        var colon = c.Text.IndexOf(':');
        v.SetDense(0, c.Section == SectionKind.Findings ? 1 : 0);
        v.SetDense(1, c.Section == SectionKind.Targets ? 1 : 0);
        v.SetDense(2, (float)c.RuleScore);
        v.SetDense(3, c.RuleScore > 0 ? 1 : 0);
        v.SetDense(4, c.Label is null ? 1 : 0);
        v.SetDense(5, c.Label?.Kind == LabelKind.Bullet ? 1 : 0);
        v.SetDense(6, c.Label?.Kind is LabelKind.Decimal ? 1 : 0);
        v.SetDense(7, c.Label?.Kind is LabelKind.Letter ? 1 : 0);
        v.SetDense(8, c.Label?.Kind is LabelKind.Roman or LabelKind.Article ? 1 : 0);
        v.SetDense(9, Math.Min(1f, c.Depth / 3f));
        v.SetDense(10, colon is > 0 and < 40 ? 1 : 0);
        v.SetDense(11, c.Text.TrimEnd().EndsWith("./.", StringComparison.Ordinal) ? 1 : 0);
        v.SetDense(12, Math.Min(1f, c.Text.Length / 600f));
        v.SetDense(13, c.Count <= 1 ? 0 : c.Index / (float)(c.Count - 1));
        v.SetDense(14, c.Heading is null ? 1 : 0);
        v.SetDense(15, 1);
        return v.ToBuffer();
    }
}
