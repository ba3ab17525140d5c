using System.Collections.Immutable;
using Pipeline.Roles;
using Pipeline.Text;

namespace Pipeline.Fields;

/// <summary>Kính gửi: the addressees after the label (the role stage cut it, <see cref="RoledLine.Content"/>) and the entries below it.</summary>
public sealed class AddresseesReader : IFieldReader
{
    public DocumentFields Read(RoledDocument doc, DocumentFields fields, ICollection<string> warnings)
    {
        var addressees = doc.WithRole(LineRole.Addressee)
            .Select(l => VnText.Squash(l.Text.TrimStart('-', '+', '•', ' ')).TrimEnd(';', ',', '.'))
            .Concat(doc.WithRole(LineRole.AddresseeHeader).Select(l => (l.Content ?? "").Trim().TrimEnd(';', ',', '.')).Where(t => t.Length > 0))
            .ToImmutableArray();
        return fields with { Addressees = addressees };
    }
}
