using Pipeline.Ocr.Engine;
using Pipeline.Sources;

namespace Pipeline.Ocr.Language;

/// <summary>
/// The model shipped in models/lm (copied beside the binaries as lm/), loaded on the first page that needs it, so
/// runs over typed documents never pay for it. Without the file the text is left as recognised, with a warning.
/// </summary>
public sealed class ShippedSyllableModel : ILineCorrector
{
    public const string FileName = "syllables.lm.gz";

    public static string DefaultPath => Path.Combine(AppContext.BaseDirectory, "lm", FileName);

    public static ShippedSyllableModel Instance { get; } = new(DefaultPath);

    private readonly Lazy<SyllableCorrector?> _corrector;

    public ShippedSyllableModel(string path) =>
        _corrector = new(() =>
        {
            if (!File.Exists(path)) return null;
            using var stream = File.OpenRead(path);
            return new SyllableCorrector(SyllableModel.Read(stream));
        });

    public SyllableCorrector? Corrector => _corrector.Value;

    public LineCorrection Correct(IReadOnlyList<Line> lines) =>
        Corrector?.Correct(lines) ?? new LineCorrection(lines, []);
}
