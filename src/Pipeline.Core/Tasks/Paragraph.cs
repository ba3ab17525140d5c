using Pipeline.Roles;

namespace Pipeline.Tasks;

/// <summary>A paragraph of the body: wrapped lines joined, its item label parsed off.</summary>
public sealed record Paragraph(string Text, ItemLabel? Label, LineRole Role, int Page, bool Bold);
