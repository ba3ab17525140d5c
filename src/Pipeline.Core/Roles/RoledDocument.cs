using System.Collections.Immutable;
using Pipeline.Lines;

namespace Pipeline.Roles;

/// <summary>The output of the role stage: every line of the prepared document with its role.</summary>
public sealed record RoledDocument(PreparedDocument Prepared, ImmutableArray<RoledLine> Lines)
{
    public IEnumerable<RoledLine> WithRole(LineRole role) => Lines.Where(l => l.Role == role);
    public RoledLine? First(LineRole role) => Lines.FirstOrDefault(l => l.Role == role);
}
