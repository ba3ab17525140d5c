using System.Collections.Immutable;
using Pipeline.Lines;
using Pipeline.Roles;

namespace Pipeline.Ml.Roles;

/// <summary>
/// Rules anchor, the model decides the rest. The rules' fixed-form recognisers (Số, ngày … tháng … năm, quốc
/// hiệu, Nơi nhận, Lưu, blank lines) are precise, so those roles stay; on every other line the model's role
/// replaces the rules' when the model is at least <see cref="Threshold"/> sure and is not itself an anchor role
/// (the model may not invent a Số or Nơi nhận line the recognisers reject; it may find a place-date line they
/// miss, e.g. "ngày tháng 4năm 2026").
/// A line no recogniser claimed (the rules' role is only a default, <see cref="RoledLine.Defaulted"/>:
/// header noise, trailing appendix) is the model's at <see cref="DefaultThreshold"/>, anchors included: that is
/// where OCR damage hides a "Số: †0X/QĐ- TTg", a "Hà Nội, ngày82tháng 4" or a signer's name cut by the stamp;
/// but not a second Số, place-date, Nơi nhận or Lưu line when the recognisers found one (a portal stamp
/// "Ngày: 24/4" is not the place-date).
/// The thresholds were chosen by cross-validation (README, "Learned models").
/// With a scope, the model only moves a line between roles of the scope (<see cref="BodyScope"/>: what
/// the task stage reads and what it skips), so every header and foot line keeps the rules' role. Lines of an annex
/// the rules found under its heading after the signature (<see cref="RoledLine.Annexed"/>) keep theirs too.
/// </summary>
public sealed class CombinedLineRoleClassifier(RuleLineRoleClassifier rules, ModelLineRoleClassifier model, double threshold, double defaultThreshold, IReadOnlySet<LineRole>? scope = null) : ILineRoleClassifier
{
    /// <summary>The body's roles and the roles of lines printed among them that are not body text.</summary>
    public static readonly IReadOnlySet<LineRole> BodyScope = new HashSet<LineRole>
        { LineRole.Body, LineRole.SectionHeading, LineRole.ListItem, LineRole.Footnote, LineRole.PageFurniture, LineRole.Noise, LineRole.Appendix };

    private static readonly HashSet<LineRole> Anchors =
        [LineRole.Blank, LineRole.Reference, LineRole.PlaceDate, LineRole.Motto, LineRole.RecipientsHeader, LineRole.Archive, LineRole.AddresseeHeader];

    /// <summary>The record's `extractor.lineRoles` (schema/document-1.3.schema.json).</summary>
    public string Name => scope is null ? "rules+model" : "rules+body-model";
    public double Threshold => threshold;
    public double DefaultThreshold => defaultThreshold;

    /// <summary>Anchors a document has once: the model may supply a missing one, not add a second.</summary>
    private static readonly HashSet<LineRole> SingleAnchors = [LineRole.Reference, LineRole.PlaceDate, LineRole.RecipientsHeader, LineRole.Archive];

    public RoledDocument Classify(PreparedDocument document)
    {
        var byRules = rules.Classify(document);
        var predicted = model.Predict(document);
        var found = byRules.Lines.Where(l => !l.Defaulted && SingleAnchors.Contains(l.Role)).Select(l => l.Role).ToHashSet();
        var lines = byRules.Lines.Select(l =>
        {
            var (role, p) = predicted[l.Index];
            // An annex the rules cut after the signature is an attachment: a form's numbered notes look like items to
            // the model, but they are not the document's body (NQ 96/2023/QH15's ballot and report forms).
            if (role == l.Role || l.Role == LineRole.Blank || l.Annexed) return l;
            if (scope is not null && !(scope.Contains(l.Role) && scope.Contains(role))) return l;
            var take = l.Defaulted
                ? p >= defaultThreshold && !found.Contains(role)
                : !Anchors.Contains(l.Role) && (!Anchors.Contains(role) || role == LineRole.PlaceDate) && p >= threshold;
            return take ? l with { Role = role, Confidence = p, Defaulted = false } : l;
        }).ToImmutableArray();
        // What the recognisers read on each line follows the line's final role.
        return rules.Recognizer.Recognize(new RoledDocument(document, lines));
    }
}
