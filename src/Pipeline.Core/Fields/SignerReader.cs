using Pipeline.Roles;
using Pipeline.Text;

namespace Pipeline.Fields;

/// <summary>
/// The signature block: stacked authority lines (TM., KT., TL., TUQ., Q.), the signer's own post and their
/// name. Stamps and handwriting notes have the noise role and never reach here.
/// </summary>
public static class SignerReader
{
    public static Signer? Read(RoledDocument doc)
    {
        var authorities = doc.WithRole(LineRole.SignerAuthority)
            .Select(l => LinePatterns.SignerPrefix(l.Text))
            .Where(p => p is not null)
            .Select(p => p!.Value.Prefix + " " + NaturalCase.Apply(p.Value.Remainder))
            .ToList();
        var position = doc.First(LineRole.SignerPosition)?.Text.Trim('*', ' ');
        var name = doc.First(LineRole.SignerName)?.Text.Trim('*', ' ', '.');
        if (authorities.Count == 0 && position is null && name is null) return null;
        return new Signer(
            name is null ? null : VnText.Squash(name),
            position is null ? null : NaturalCase.Apply(position),
            authorities.Count == 0 ? null : string.Join(' ', authorities));
    }
}
