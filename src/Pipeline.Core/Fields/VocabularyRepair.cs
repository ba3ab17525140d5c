using System.Collections.Immutable;
using System.Text.RegularExpressions;
using Pipeline.Text;
using Pipeline.Vocabulary;

namespace Pipeline.Fields;

/// <summary>
/// Repairs, in text recognised from images, fields whose values come from closed sets (signer positions and the posts in a signing formula,
/// issuing bodies and the province they name) when OCR broke their marks: each repaired field is named in the
/// warnings with its printed form and gets its confidence lowered to <see cref="RepairedConfidence"/>, so a
/// clerk sees what was changed. Values near no entry keep their printed form.
/// </summary>
public sealed class VocabularyRepair(Vocab vocab)
{
    public const double RepairedConfidence = 0.6;

    public DocumentFields Apply(DocumentFields fields, List<string> warnings, out List<string> repaired)
    {
        var changed = new List<string>();
        string? Fix(string field, string? value, Func<string, string?> repair)
        {
            if (value is null) return null;
            var fixedValue = repair(value);
            if (fixedValue is null || fixedValue == value) return value;
            warnings.Add($"{field} repaired from the vocabulary: '{value}' → '{fixedValue}'");
            changed.Add(field);
            return fixedValue;
        }

        var signer = fields.Signer;
        if (signer is not null)
        {
            var formula = RepairFormula(signer.Formula);
            signer = signer with
            {
                Position = Fix("signer.position", signer.Position, p => vocab.PositionVocabulary.Repair(p) ?? RepairPositionTail(p, formula)),
                Authority = Fix("signer.authority", signer.Authority, _ => Signer.AuthorityOf(formula)),
                Formula = formula,
            };
        }
        var issuer = fields.IssuerSource == IssuerSource.Header ? Fix("issuer", fields.Issuer, RepairIssuer) : fields.Issuer;
        var archive = Fix("archive", fields.Archive, vocab.BodyVocabulary.RepairWithin);
        var reference = fields.Reference;
        if (_gluedTypeCode.Repair(reference, fields.Type) is { } unglued)
        {
            warnings.Add($"reference repaired from the type code: '{reference!.Reference}' → '{unglued.Reference}'");
            changed.Add("reference");
            reference = unglued;
        }
        repaired = changed;
        return fields with { Signer = signer, Issuer = issuer, Archive = archive, Reference = reference };
    }

    /// <summary>
    /// A post whose first letters a stamp took ("UTỊCH"): the one post it ends. A deputy signs for the head only
    /// under KT. (deputy-words.txt), so without a KT. line the deputy's posts are not candidates.
    /// </summary>
    private string? RepairPositionTail(string position, ImmutableArray<SignerPost> formula)
    {
        var signsForHead = formula.Any(p => p.Prefix == SignerPost.SignsForHead);
        return vocab.PositionVocabulary.RepairTail(position, entry => signsForHead || vocab.DeputyWords.MatchPrefix(ToneKey.Of(entry)) == 0);
    }

    /// <summary>"KT CHỦ TICH" style damage: each post after a prefix (TM., KT., TL., TUQ., Q.; read by the role stage) is repaired on its own.</summary>
    private ImmutableArray<SignerPost> RepairFormula(ImmutableArray<SignerPost> formula) =>
        formula.Select(RepairPrefix).Select(p => p.Post.Trim() is { Length: > 0 } post && (vocab.PositionVocabulary.Repair(post) ?? vocab.BodyVocabulary.Repair(post)) is { } fixedPost
            ? p with { Post = p.Post.Replace(post, fixedPost) }
            : p).ToImmutableArray();

    /// <summary>
    /// The prefix's dot, the smallest mark of the formula, lost ("TM ỦY BAN NHÂN DÂN", QĐ-1696 rasterised at 200 dpi)
    /// or read as a comma set apart ("KT , CỤC TRƯỞNG", CV-1178): the canonical prefix, the mark taken off the post.
    /// </summary>
    private SignerPost RepairPrefix(SignerPost post)
    {
        if (vocab.SigningFormulas.Dotted(post.Prefix) is not { } dotted) return post;
        return new SignerPost(dotted, post.Post.TrimStart(',', '.', ' '));
    }

    /// <summary>A body, or a body + level + province ("Ủy ban nhân dân thành phó Hà Nội"): each part repaired on its own.</summary>
    private string? RepairIssuer(string issuer)
    {
        var m = _level.Match(issuer);
        if (!m.Success || m.Index == 0) return vocab.BodyVocabulary.Repair(issuer) ?? RepairBodyPlace(issuer);
        var head = issuer[..m.Index].Trim();
        var place = issuer[(m.Index + m.Length)..].Trim();
        var fixedHead = vocab.BodyVocabulary.Repair(head);
        var fixedPlace = vocab.ProvinceVocabulary.Repair(place);
        var level = m.Value.Trim();
        // The level word as printed when it is one ("thành phố"), else the level its marks were broken from ("tính" → "tỉnh").
        var fixedLevel = vocab.AdminLevelNames.Contains(level, StringComparer.OrdinalIgnoreCase) ? null
            : vocab.AdminLevelNames.SingleOrDefault(n => VnText.Fold(n) == VnText.Fold(level));
        if (fixedHead is null && fixedPlace is null && fixedLevel is null) return null;
        return $"{fixedHead ?? head} {fixedLevel ?? level} {fixedPlace ?? place}";
    }

    /// <summary>
    /// A Party committee names its place without a level word ("TỈNH ỦY LÀO CAI" read "Tính ủy lào cai"): the one split
    /// into a body and a province that both stand for an entry gives each part the entry's form. Two splits that both
    /// fit, or none, leave the value as printed.
    /// </summary>
    private string? RepairBodyPlace(string issuer)
    {
        var words = issuer.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var fits = Enumerable.Range(1, Math.Max(words.Length - 1, 0))
            .Select(k => (Body: vocab.BodyVocabulary.Resolve(string.Join(' ', words[..k])), Place: vocab.ProvinceVocabulary.Resolve(string.Join(' ', words[k..]))))
            .Where(f => f.Body is not null && f.Place is not null)
            .ToList();
        return fits.Count == 1 ? $"{fits[0].Body} {fits[0].Place}" : null;
    }

    private readonly GluedTypeCode _gluedTypeCode = new(vocab);

    // The level word between a body and its place, OCR forms included (level-word-forms.txt).
    private readonly Regex _level = new(@"\s" + vocab.LevelWordForms.Alternation + @"\s", vocab.LevelWordForms.Options);
}
