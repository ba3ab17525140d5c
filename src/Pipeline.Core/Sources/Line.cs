namespace Pipeline.Sources;

/// <summary>
/// One line of text as the source gave it: a run of words on one baseline, not crossing a column gap.
/// Every reader (text, Word, PDF, OCR) produces these, so nothing downstream cares where a line came from.
/// </summary>
/// <param name="Text">The text, NFC, without leading or trailing white space.</param>
/// <param name="Page">1-based page number.</param>
/// <param name="Box">Normalised geometry, or null when the source has none (plain text, Word paragraphs).</param>
/// <param name="Column">Side of a two-column block, or <see cref="Column.Full"/>.</param>
/// <param name="Confidence">Recognition confidence in [0,1] for OCR lines; null for typed text.</param>
/// <param name="Bold">True when the source marks the line as bold (Word runs, markdown **…**).</param>
/// <param name="Indent">Leading indentation in characters, when a text rendering kept it.</param>
public sealed record Line(
    string Text,
    int Page,
    Box? Box = null,
    Column Column = Column.Full,
    double? Confidence = null,
    bool Bold = false,
    int Indent = 0)
{
    /// <summary>True for an empty line: a paragraph break in typed text.</summary>
    public bool IsBlank => Text.Length == 0;
}
