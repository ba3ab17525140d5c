using System.Collections.Immutable;
using Pipeline.Roles;
using Pipeline.Text;

namespace Pipeline.Fields;

/// <summary>
/// The signature block: stacked authority lines (TM., KT., TL., TUQ., Q.), the signer's own post and their
/// name. Stamps and handwriting notes have the noise role and never reach here.
/// </summary>
public sealed partial class SignerReader(NaturalCase naturalCase) : IFieldReader
{
    public DocumentFields Read(RoledDocument doc, DocumentFields fields, ICollection<string> warnings)
    {
        var signer = Read(doc, warnings);
        if (signer is null) warnings.Add("signature block not found");
        else if (signer.Name is null) warnings.Add("signer name not found");
        return fields with { Signer = signer };
    }

    public Signer? Read(RoledDocument doc) => Read(doc, []);

    public Signer? Read(RoledDocument doc, ICollection<string> warnings)
    {
        var authorities = doc.WithRole(LineRole.SignerAuthority)
            .Select(l => l.SignerPrefix)
            .Where(p => p is not null)
            .Select(p => new SignerPost(p!.Prefix, naturalCase.Apply(p.Remainder)))
            .ToImmutableArray();
        var position = doc.First(LineRole.SignerPosition)?.Text.Trim('*', ' ');
        var name = doc.First(LineRole.SignerName)?.Text.Trim('*', ' ', '.');
        if (name is null && (position is not null || authorities.Length > 0)) name = CompletedFragment(doc, warnings);
        if (authorities.Length == 0 && position is null && name is null) return null;
        return new Signer(
            name is null ? null : VnText.Squash(name),
            position is null ? null : naturalCase.Apply(position),
            Signer.AuthorityOf(authorities)) { Formula = authorities };
    }

    /// <summary>
    /// A stamp over the signature leaves OCR with the end of the name ("ạnh Cường"). Offices often list the
    /// signer among the recipients ("PCN Phạm Mạnh Cường"); a capitalised name elsewhere in the document that ends
    /// with the fragment completes it. Nothing is guessed when no such name is printed.
    /// </summary>
    private static string? CompletedFragment(RoledDocument doc, ICollection<string> warnings)
    {
        var lastSigner = doc.Lines.LastOrDefault(l => l.Role is LineRole.SignerPosition or LineRole.SignerAuthority);
        if (lastSigner is null) return null;
        var fragment = doc.Lines.Skip(lastSigner.Index + 1)
            .FirstOrDefault(l => l.Role is LineRole.Appendix or LineRole.Noise && l.Line.Column == lastSigner.Line.Column && l.Text.Length >= 4)?.Text.Trim();
        if (fragment is null || fragment.Split(' ').Length > 4) return null;
        var foldedFragment = VnText.Fold(fragment);
        if (foldedFragment.Count(char.IsLetter) < 5) return null;
        foreach (var line in doc.Lines.Where(l => l.Index != lastSigner.Index))
        {
            foreach (System.Text.RegularExpressions.Match m in FullName().Matches(line.Text))
            {
                var candidate = m.Value.Trim();
                if (candidate.Length > fragment.Length && VnText.Fold(candidate).EndsWith(foldedFragment, StringComparison.Ordinal) && PersonNames.LooksLikeName(candidate))
                {
                    warnings.Add($"signer name completed from '{fragment}' with '{candidate}' printed elsewhere in the document");
                    return candidate;
                }
            }
        }
        return null;
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"\p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+){1,3}")]
    private static partial System.Text.RegularExpressions.Regex FullName();
}
