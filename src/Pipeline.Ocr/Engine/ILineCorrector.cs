using Pipeline.Sources;

namespace Pipeline.Ocr.Engine;

/// <summary>
/// Repairs recognised running text line by line (spelling, diacritics), keeping each line's geometry. A corrected
/// line's confidence is lowered, so what was changed stays visible downstream.
/// </summary>
public interface ILineCorrector
{
    /// <summary>The lines of one page in reading order, corrected.</summary>
    IEnumerable<Line> Correct(IEnumerable<Line> lines);
}
