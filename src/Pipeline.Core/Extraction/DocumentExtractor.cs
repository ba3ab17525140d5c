using Pipeline.Fields;
using Pipeline.Lines;
using Pipeline.Records;
using Pipeline.Roles;
using Pipeline.Sources;
using Pipeline.Tasks;

namespace Pipeline.Extraction;

/// <summary>
/// The whole pipeline for one input: source → pages and lines → line roles → fields → tasks → record.
/// Each stage hands the next an immutable value; the classifier is swappable (rules, models, both).
/// </summary>
public sealed class DocumentExtractor(SourceReaders readers, ILineRoleClassifier classifier, TaskClassifiers? taskClassifiers = null, TimeProvider? clock = null)
{
    /// <summary>The clock the field stage judges dates by (an issue date "in the future"); the system's unless injected.</summary>
    public TimeProvider Clock { get; } = clock ?? TimeProvider.System;

    /// <summary>Who decides tasks and units: the rules unless learned models were given.</summary>
    public TaskClassifiers TaskClassifiers { get; } = taskClassifiers ?? TaskClassifiers.Rules;

    public ILineRoleClassifier Classifier { get; } = classifier;

    public SourceReaders Readers { get; } = readers;

    public DocumentRecord Extract(SourceFile file, CancellationToken cancellationToken = default) =>
        Extract(file, new StageTimings(), null, cancellationToken);

    /// <summary>
    /// The same extraction, timing each stage into <paramref name="timings"/>; <paramref name="afterRead"/>
    /// sees the pages before the later stages run, so a caller can reject a source (a page limit) early
    /// by throwing <see cref="SourceException"/>.
    /// </summary>
    public DocumentRecord Extract(SourceFile file, StageTimings timings, Action<SourceDocument>? afterRead, CancellationToken cancellationToken = default)
    {
        var source = timings.Time("read", () => Readers.Read(file, cancellationToken));
        afterRead?.Invoke(source);
        return Extract(source, timings, cancellationToken);
    }

    public DocumentRecord Extract(SourceDocument source) => Extract(source, new StageTimings());

    /// <summary>The stages after reading; a timed-out document stops at the next stage boundary instead of running on.</summary>
    public DocumentRecord Extract(SourceDocument source, StageTimings timings, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var prepared = timings.Time("prepare", () => LinePreparer.Prepare(source));
        if (prepared.Lines.All(l => l.IsBlank))
            throw new SourceException("no text was found in the document") { Code = "no-text" };
        cancellationToken.ThrowIfCancellationRequested();
        var roled = timings.Time("roles", () => Classifier.Classify(prepared));
        cancellationToken.ThrowIfCancellationRequested();
        var fields = timings.Time("fields", () => FieldExtractor.Extract(roled, Clock));
        cancellationToken.ThrowIfCancellationRequested();
        var tasks = timings.Time("tasks", () => TaskExtractor.Extract(roled, TaskClassifiers));
        cancellationToken.ThrowIfCancellationRequested();
        return timings.Time("record", () => RecordBuilder.Build(source, fields, tasks, []) with { Extractor = Info });
    }

    /// <summary>Names the line-role classifier in use (rules, a model), for run records.</summary>
    public string ClassifierName => Classifier.GetType().Name;

    /// <summary>The learned models behind the classifiers, when any (models/manifest.json); null for rules only.</summary>
    public ModelsInfo? Models { get; init; }

    /// <summary>What every record this extractor makes names as its maker.</summary>
    public ExtractorInfo Info => new("pipeline", ExtractorInfo.CurrentVersion, Models is null ? "rules" : "rules+model", Models);

    /// <summary>The readers for typed inputs: text and markdown, Word (.docx, and .doc through antiword), HTML, PDF with a text layer.</summary>
    public static DocumentExtractor CreateDefault(IEnumerable<ISourceReader>? extraReaders = null)
    {
        var readers = new List<ISourceReader>();
        readers.AddRange(extraReaders ?? []);
        readers.Add(new Sources.Text.TextFileReader());
        readers.Add(new Sources.Word.DocxReader());
        readers.Add(new Sources.Word.DocReader());
        readers.Add(new Sources.Html.HtmlReader());
        readers.Add(new Sources.Pdf.PdfTextLayerReader());
        return new DocumentExtractor(new SourceReaders(readers), new RuleLineRoleClassifier());
    }
}
