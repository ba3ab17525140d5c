using System.Collections.Immutable;

namespace Pipeline.Sources;

/// <summary>The output of the first stage: a file read into pages and lines.</summary>
/// <param name="File">What was read.</param>
/// <param name="MediaType">IANA media type of the input, e.g. <c>application/pdf</c>.</param>
/// <param name="Pages">Pages in order; a text file is one page unless it carries form feeds.</param>
/// <param name="Warnings">What the reader noticed but could work around (a page OCR'd, a repaired font).</param>
public sealed record SourceDocument(
    SourceFile File,
    string MediaType,
    ImmutableArray<Page> Pages,
    ImmutableArray<string> Warnings)
{
    public IEnumerable<Line> Lines => Pages.SelectMany(p => p.Lines);

    /// <summary>When the file was digitally signed (a PDF's signature fields), in the order it lists them; empty when unsigned.</summary>
    public ImmutableArray<DateTimeOffset> SigningTimes { get; init; } = [];
}
