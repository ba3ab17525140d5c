using Pipeline.Roles;

namespace Pipeline.Tasks;

/// <summary>A paragraph of the body: wrapped lines joined, its item label parsed off.</summary>
public sealed record Paragraph(string Text, ItemLabel? Label, LineRole Role, int Page, bool Bold)
{
    /// <summary>The lines the paragraph was joined from: where it came from (provenance), not used by the rules.</summary>
    public IReadOnlyList<RoledLine> Lines { get; init; } = [];
}
