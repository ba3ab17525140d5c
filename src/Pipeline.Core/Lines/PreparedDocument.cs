using System.Collections.Immutable;
using Pipeline.Sources;

namespace Pipeline.Lines;

/// <summary>
/// The output of the line stage: the source's lines in reading order, one list for the whole document,
/// with page furniture and footnote paragraphs taken out. Page breaks remain visible as changes of
/// <see cref="Line.Page"/>.
/// </summary>
/// <param name="Source">The document as read.</param>
/// <param name="Lines">Lines in reading order; blank lines mark paragraph breaks in typed text.</param>
/// <param name="Footnotes">Footnotes lifted out of the body.</param>
/// <param name="FootnoteMarkers">Marker numbers that have a footnote, so body text can drop them.</param>
/// <param name="Wrapped">True when paragraphs run over several lines and must be joined.</param>
public sealed record PreparedDocument(
    SourceDocument Source,
    ImmutableArray<Line> Lines,
    ImmutableArray<Footnote> Footnotes,
    ImmutableHashSet<int> FootnoteMarkers,
    bool Wrapped);
