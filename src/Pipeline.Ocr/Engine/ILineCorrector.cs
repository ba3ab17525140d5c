using Pipeline.Sources;

namespace Pipeline.Ocr.Engine;

/// <summary>
/// Repairs recognised running text (spelling, diacritics), keeping each line's geometry. A corrected line's
/// confidence is lowered and the printed form of every changed word is returned, so what was changed stays visible.
/// </summary>
public interface ILineCorrector
{
    /// <param name="lines">The lines of one page in reading order.</param>
    LineCorrection Correct(IReadOnlyList<Line> lines);
}

/// <summary>Corrected lines and the changed words, printed form first.</summary>
public sealed record LineCorrection(IReadOnlyList<Line> Lines, IReadOnlyList<(string Printed, string Corrected)> Changes);
