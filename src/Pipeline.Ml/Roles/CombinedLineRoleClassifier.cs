using System.Collections.Immutable;
using Pipeline.Lines;
using Pipeline.Roles;

namespace Pipeline.Ml.Roles;

/// <summary>
/// Rules anchor, the model decides the rest. The rules' fixed-form recognisers (Số, ngày … tháng … năm, quốc
/// hiệu, Nơi nhận, Lưu, blank lines) are precise, so those roles stay; on every other line the model's role
/// replaces the rules' when the model is at least <see cref="Threshold"/> sure and is not itself an anchor role
/// (the model may not invent a Số or Nơi nhận line the recognisers reject; it may find a place-date line they
/// miss, e.g. "ngày tháng 4năm 2026"). The threshold was chosen by cross-validation (README, "Learned models").
/// </summary>
public sealed class CombinedLineRoleClassifier(ILineRoleClassifier rules, ModelLineRoleClassifier model, double threshold = 0.6) : ILineRoleClassifier
{
    private static readonly HashSet<LineRole> Anchors =
        [LineRole.Blank, LineRole.Reference, LineRole.PlaceDate, LineRole.Motto, LineRole.RecipientsHeader, LineRole.Archive, LineRole.AddresseeHeader];

    public string Name => "rules+model";
    public double Threshold => threshold;

    public RoledDocument Classify(PreparedDocument document)
    {
        var byRules = rules.Classify(document);
        var predicted = model.Predict(document);
        var lines = byRules.Lines.Select(l =>
        {
            if (Anchors.Contains(l.Role)) return l;
            var (role, p) = predicted[l.Index];
            var allowed = !Anchors.Contains(role) || role == LineRole.PlaceDate;
            return role != l.Role && allowed && p >= threshold ? l with { Role = role, Confidence = p } : l;
        }).ToImmutableArray();
        return new RoledDocument(document, lines);
    }
}
