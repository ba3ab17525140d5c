using System.Collections.Immutable;

namespace Pipeline.Sources;

/// <summary>A page of a source, its lines in reading order.</summary>
/// <param name="Number">1-based page number.</param>
/// <param name="Lines">Lines in reading order (within a two-column block: the left side, then the right).</param>
/// <param name="Origin">How the page's text was obtained.</param>
/// <param name="Confidence">Mean recognition confidence in [0,1] for OCR pages; null otherwise.</param>
public sealed record Page(int Number, ImmutableArray<Line> Lines, LineOrigin Origin, double? Confidence = null)
{
    /// <summary>
    /// True when a paragraph runs over several lines (PDF, OCR, layout text), so lines must be joined into
    /// paragraphs; false when each line is already a paragraph (Word, typed transcriptions).
    /// </summary>
    public bool Wrapped { get; init; } = Origin != LineOrigin.Text;

    /// <summary>The page's size when the source knows it (PDF, image); null for typed text.</summary>
    public PageExtent? Size { get; init; }
}
