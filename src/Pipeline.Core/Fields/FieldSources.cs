using Pipeline.Roles;

namespace Pipeline.Fields;

/// <summary>
/// Which lines each document field was read from, by the roles the readers take it from. Plumbing for
/// provenance only: nothing here decides a value.
/// </summary>
public static class FieldSources
{
    public static IReadOnlyDictionary<string, IReadOnlyList<RoledLine>> Collect(RoledDocument doc, DocumentFields fields)
    {
        // Insertion-ordered, so records are byte-identical from run to run.
        var result = new Dictionary<string, IReadOnlyList<RoledLine>>();
        void Add(string field, IReadOnlyList<RoledLine> lines)
        {
            if (lines.Count > 0) result[field] = lines;
        }

        var reference = doc.FirstRun(LineRole.Reference);
        var placeDate = doc.FirstRun(LineRole.PlaceDate);
        Add("type", [.. doc.WithRole(LineRole.DocType)]);
        foreach (var field in new[] { "number", "symbol", "reference" }) Add(field, reference);
        Add("issuer", fields.IssuerSource == IssuerSource.Derived ? reference : [.. doc.WithRole(LineRole.Issuer)]);
        Add("place", placeDate);
        Add("issuedDate", placeDate);
        Add("title", [.. doc.WithRole(LineRole.Title)]);
        Add("signer.authority", [.. doc.WithRole(LineRole.SignerAuthority)]);
        Add("signer.position", [.. doc.WithRole(LineRole.SignerPosition)]);
        Add("signer.name", [.. doc.WithRole(LineRole.SignerName)]);
        Add("recipients", [.. doc.WithRole(LineRole.Recipient)]);
        Add("archive", [.. doc.WithRole(LineRole.Archive)]);
        Add("addressees", [.. doc.Lines.Where(l => l.Role is LineRole.Addressee or LineRole.AddresseeHeader)]);
        return result;
    }
}
