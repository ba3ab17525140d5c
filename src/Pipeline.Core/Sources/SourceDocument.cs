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

    /// <summary>
    /// The text was recognised from an image: a page read by OCR here, or a text file whose converter says it is an
    /// OCR output (<see cref="Text.ConverterOcrNote"/>). Only recognised text has its closed-vocabulary fields repaired.
    /// </summary>
    public bool Recognised => DeclaredRecognised || Pages.Any(p => p.Origin == LineOrigin.Ocr);

    /// <summary>A text file's converter declared its text an OCR output; the pages stay typed text for layout.</summary>
    public bool DeclaredRecognised { get; init; }
}
