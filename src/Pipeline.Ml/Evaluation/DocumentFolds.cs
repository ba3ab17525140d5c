using Pipeline.Ml.Annotations;
using Pipeline.Roles;
using Pipeline.Text;

namespace Pipeline.Ml.Evaluation;

/// <summary>
/// Cross-validation folds by document. The corpus holds the same notice in several renderings (TB-1894 as
/// layout text, signed PDF and Word draft; QĐ-1050 and KH-1105 as text and PDF) and templates reused with a new
/// date (the KH and "Thông báo tổ chức kiểm tra" letters), so documents are grouped by their folded title
/// (or V/v line) and a whole group goes to one fold: no notice is in both a training and a test fold.
/// </summary>
public static class DocumentFolds
{
    public static string GroupKey(AnnotatedDocument doc)
    {
        var title = string.Join(' ', doc.Prepared.Lines.Where((_, i) => doc.Roles[i] == LineRole.Title).Select(l => l.Text));
        var key = VnText.Fold(title).Replace("v/v", "").Trim();
        return key.Length >= 12 ? key[..Math.Min(60, key.Length)] : "stem:" + doc.Stem;
    }

    /// <summary>
    /// Fold index of every document's stem: groups in ordinal order of their key, dealt round-robin. An OCR
    /// rendering joins its clean twin's group (its own title is too damaged to key on).
    /// </summary>
    public static Dictionary<string, int> Assign(IEnumerable<AnnotatedDocument> docs, int folds)
    {
        var list = docs.ToList();
        var keys = list.Where(d => !OcrRenderings.IsRendering(d.Stem)).ToDictionary(d => d.Stem, GroupKey);
        string KeyOf(AnnotatedDocument d) => keys.TryGetValue(OcrRenderings.CleanStem(d.Stem), out var k) ? k : GroupKey(d);
        var groups = list.GroupBy(KeyOf).OrderBy(g => g.Key, StringComparer.Ordinal).ToList();
        var result = new Dictionary<string, int>();
        for (var g = 0; g < groups.Count; g++)
            foreach (var d in groups[g]) result[d.Stem] = g % folds;
        return result;
    }
}
