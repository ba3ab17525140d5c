using Pipeline.Roles;

namespace Pipeline.Fields;

/// <summary>Số và ký hiệu, as the role stage read it from the first reference run (<see cref="RoledLine.Reference"/>).</summary>
public sealed class ReferenceReader : IFieldReader
{
    public DocumentFields Read(RoledDocument doc, DocumentFields fields, ICollection<string> warnings)
    {
        if (doc.FirstRun(LineRole.Reference) is not { Count: > 0 } run) return fields;
        var reference = run[0].Reference;
        if (reference is null)
            warnings.Add($"reference line not understood: '{string.Join(' ', run.Select(l => l.Text.Trim('*', ' ')))}'");
        else if (reference.Number is null) warnings.Add("document number printed blank");
        return fields with { Reference = reference };
    }
}
