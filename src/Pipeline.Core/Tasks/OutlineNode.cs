using Pipeline.Roles;

namespace Pipeline.Tasks;

/// <summary>An item of the document's outline: a labelled item, a heading, or an unlabelled paragraph under one.</summary>
public sealed class OutlineNode(Paragraph paragraph, OutlineNode? parent)
{
    public Paragraph Paragraph { get; } = paragraph;
    public OutlineNode? Parent { get; } = parent;
    public List<OutlineNode> Children { get; } = [];
    public List<string> Continuations { get; } = [];

    /// <summary>The lines of the paragraph and of its continuations (provenance).</summary>
    public List<RoledLine> ContinuationLines { get; } = [];
    public IEnumerable<RoledLine> SourceLines => Paragraph.Lines.Concat(ContinuationLines);
    public ItemLabel? Label => Paragraph.Label;

    /// <summary>
    /// An article whose label line is a sentence about the document itself ("Điều 5. Quyết định này có hiệu lực thi hành
    /// kể từ ngày ký.") rather than a title: its text, which the paragraphs below continue.
    /// </summary>
    public bool StatesItself { get; init; }

    /// <summary>The item's whole text: its own paragraph and the unlabelled paragraphs that continue it.</summary>
    public string Text => Continuations.Count == 0 ? Paragraph.Text : Paragraph.Text + " " + string.Join(' ', Continuations);

    public IEnumerable<OutlineNode> Ancestors()
    {
        for (var p = Parent; p is not null; p = p.Parent) yield return p;
    }

    public IEnumerable<OutlineNode> Descendants() => Children.SelectMany(c => c.Descendants().Prepend(c));
}
