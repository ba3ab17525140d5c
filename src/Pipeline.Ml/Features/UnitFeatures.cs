using Microsoft.ML.Data;
using Pipeline.Tasks;
using Pipeline.Text;

namespace Pipeline.Ml.Features;

/// <summary>
/// Features of a candidate unit: the words of its name (head word first), the three words before and after it in
/// the item ("giao", "đề nghị", "phối hợp với", "chỉ đạo", "hướng dẫn" decide its role), where it was found
/// (text, heading, preamble), the rules' decision, and where it stands in the item.
/// </summary>
public static class UnitFeatures
{
    public const int HashSize = 1 << 12;
    public const int DenseSize = 17;
    public const int Length = HashSize + DenseSize;

    /// <param name="textHasRuleLead">Whether the rules found a lead in the item's own text: what decides, for an
    /// inherited addressee, whether the item takes it.</param>
    public static bool HasRuleLead(IReadOnlyList<UnitCandidate> candidates) =>
        candidates.Any(x => x.Source == UnitSource.Text && x.RuleRole == UnitMentionRole.Lead);

    public static VBuffer<float> Of(UnitCandidate c, int index, int count, bool textHasRuleLead)
    {
        var v = new FeatureVector(HashSize, DenseSize);
        var name = TextGrams.Words(VnText.Fold(c.Name)).ToList();
        // An inherited name's words say little about whether this item takes it; its head word is enough.
        var nameWeight = c.Source == UnitSource.Text ? 1f : 0.3f;
        foreach (var w in name.Take(6)) v.AddHashed("n:" + w, nameWeight);
        if (name.Count > 0) v.AddHashed("n0:" + name[0], 2f * nameWeight);
        if (name.Count > 1) v.AddHashed("n01:" + name[0] + "_" + name[1], 1.5f * nameWeight);
        var opening = TextGrams.Words(VnText.Fold(c.ItemText)).Take(2).ToList();
        if (opening.Count > 0) v.AddHashed(c.Source + ":o0:" + opening[0]);
        if (opening.Count > 1) v.AddHashed(c.Source + ":o01:" + opening[0] + "_" + opening[1]);
        if (c.Offset >= 0)
        {
            var before = TextGrams.Words(VnText.Fold(c.ItemText[..Math.Min(c.Offset, c.ItemText.Length)])).TakeLast(3).ToList();
            for (var i = 0; i < before.Count; i++) v.AddHashed($"b{before.Count - i}:" + before[i], 1.5f);
            if (before.Count >= 2) v.AddHashed("bb:" + before[^2] + "_" + before[^1], 1.5f);
            var afterAt = Math.Min(c.ItemText.Length, c.Offset + c.Name.Length);
            var after = TextGrams.Words(VnText.Fold(c.ItemText[afterAt..])).Take(3).ToList();
            for (var i = 0; i < after.Count; i++) v.AddHashed($"a{i + 1}:" + after[i], 1.5f);
            if (after.Count >= 2) v.AddHashed("aa:" + after[0] + "_" + after[1], 1.5f);
        }
        v.NormaliseHashed();

        v.SetDense(0, c.Source == UnitSource.Text ? 1 : 0);
        v.SetDense(1, c.Source == UnitSource.Heading ? 1 : 0);
        v.SetDense(2, c.Source == UnitSource.Preamble ? 1 : 0);
        v.SetDense(3, c.RuleRole == UnitMentionRole.Lead ? 1 : 0);
        v.SetDense(4, c.RuleRole == UnitMentionRole.Support ? 1 : 0);
        v.SetDense(5, c.RuleRole == UnitMentionRole.Addressee ? 1 : 0);
        v.SetDense(6, c.RuleRole == UnitMentionRole.MentionedOnly ? 1 : 0);
        v.SetDense(7, c.Offset == 0 ? 1 : 0);
        v.SetDense(8, c.Offset < 0 || c.ItemText.Length == 0 ? 0 : c.Offset / (float)c.ItemText.Length);
        v.SetDense(9, Math.Min(1f, c.Name.Length / 80f));
        v.SetDense(10, VnText.Fold(c.Name).StartsWith("cac ", StringComparison.Ordinal) ? 1 : 0);
        v.SetDense(11, c.Name.Length > 0 && char.IsUpper(c.Name[0]) ? 1 : 0);
        v.SetDense(12, count <= 1 ? 0 : index / (float)(count - 1));
        v.SetDense(13, Math.Min(1f, count / 8f));
        v.SetDense(14, c.Name.Contains(':') ? 1 : 0);
        v.SetDense(15, textHasRuleLead ? 1 : 0);
        v.SetDense(16, 1);
        return v.ToBuffer();
    }
}
