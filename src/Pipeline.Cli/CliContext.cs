using Pipeline.Cli.Commands;
using Pipeline.Extraction;
using Pipeline.Ocr.Engine;

namespace Pipeline.Cli;

/// <summary>How much a command says besides its results: -q errors only, -v per-document detail.</summary>
public enum Verbosity { Quiet, Normal, Verbose }

/// <summary>
/// What every command shares: where output goes, whether it is a terminal (progress bars) and the extractor,
/// built on first use so `--help` and usage errors never load a reader.
/// </summary>
public sealed class CliContext(TextWriter stdout, TextWriter stderr, bool interactive, OcrOptions? ocrOptions = null) : IDisposable
{
    private readonly Lazy<Composition> _composition = new(() => new Composition(ocrOptions));

    public TextWriter Out { get; } = stdout;
    public TextWriter Err { get; } = stderr;

    /// <summary>Stdout is a terminal: progress is drawn. Piped or redirected output gets none.</summary>
    public bool Interactive { get; } = interactive;

    public Verbosity Verbosity { get; set; } = Verbosity.Normal;

    /// <summary>The rules-only extractor with every reader (typed inputs and OCR).</summary>
    public DocumentExtractor Extractor => _composition.Value.Extractor;

    /// <summary>The extractor for a model choice (the shipped models by default, `--models DIR`, `--rules-only`); a bad folder is a usage error.</summary>
    public DocumentExtractor ExtractorWith(ModelChoice models) =>
        LearnedExtractor.Choose(models, Extractor, Verbosity == Verbosity.Verbose ? Err : TextWriter.Null);

    public void Dispose()
    {
        if (_composition.IsValueCreated) _composition.Value.Dispose();
    }
}
