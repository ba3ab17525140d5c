using Pipeline.Lines;
using Pipeline.Records;
using Pipeline.Roles;
using Pipeline.Sources;
using Pipeline.Tasks;
using Pipeline.Vocabulary;

namespace Pipeline.Extraction;

/// <summary>
/// The whole pipeline for one input: source → pages and lines → line roles → fields → tasks → record.
/// Each stage hands the next an immutable value; the stages are instances composed by
/// <see cref="ExtractionPipelineBuilder"/> with one vocabulary and one clock.
/// </summary>
public sealed class DocumentExtractor
{
    private readonly ExtractionStages _stages;

    internal DocumentExtractor(SourceReaders readers, ExtractionStages stages)
    {
        Readers = readers;
        _stages = stages;
    }

    /// <summary>The vocabulary every stage decides with.</summary>
    public Vocab Vocab => _stages.Vocab;

    /// <summary>The clock the field stage judges dates by (an issue date "in the future").</summary>
    public TimeProvider Clock => _stages.Clock;

    /// <summary>Who decides tasks and units: the rules unless learned models were given.</summary>
    public TaskClassifiers TaskClassifiers => _stages.Tasks.Classifiers;

    public ILineRoleClassifier Classifier => _stages.Classifier;

    /// <summary>The rules' line-role classifier, with this pipeline's vocabulary (what learned models are combined with).</summary>
    public RuleLineRoleClassifier Rules => _stages.Rules;

    /// <summary>The task stage, with this pipeline's vocabulary and classifiers.</summary>
    public TaskExtractor Tasks => _stages.Tasks;

    public SourceReaders Readers { get; }

    /// <summary>A builder holding this extractor's readers, vocabulary, clock, classifiers and models, to build a variant.</summary>
    public ExtractionPipelineBuilder ToBuilder()
    {
        var builder = new ExtractionPipelineBuilder().UseVocabulary(Vocab).UseClock(Clock).UseTaskClassifiers(TaskClassifiers).UseModels(Models);
        var classifier = Classifier;
        if (!ReferenceEquals(classifier, Rules)) builder.UseLineRoles(_ => classifier);
        foreach (var reader in Readers.Readers) builder.AddReader(reader);
        foreach (var reader in _stages.AddedFieldReaders) builder.AddFieldReader(reader);
        return builder;
    }

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
        var fields = timings.Time("fields", () => _stages.Fields.Extract(roled));
        cancellationToken.ThrowIfCancellationRequested();
        var tasks = timings.Time("tasks", () => _stages.Tasks.Extract(roled));
        cancellationToken.ThrowIfCancellationRequested();
        return timings.Time("record", () => RecordBuilder.Build(source, fields, tasks, []) with { Extractor = Info });
    }

    /// <summary>Names the line-role classifier in use (rules, a model), for run records.</summary>
    public string ClassifierName => Classifier.GetType().Name;

    /// <summary>The learned models behind the classifiers, when any (models/manifest.json); null for rules only.</summary>
    public ModelsInfo? Models { get; init; }

    /// <summary>What every record this extractor makes names as its maker.</summary>
    public ExtractorInfo Info => new("pipeline", ExtractorInfo.CurrentVersion, Classifier.Name, Models);

    /// <summary>
    /// The rules-only extractor with the embedded vocabulary and the system clock: <paramref name="extraReaders"/>
    /// first, then the readers of typed inputs (<see cref="ExtractionPipelineBuilder.UseTypedReaders"/>).
    /// </summary>
    public static DocumentExtractor CreateDefault(IEnumerable<ISourceReader>? extraReaders = null)
    {
        var builder = new ExtractionPipelineBuilder();
        foreach (var reader in extraReaders ?? []) builder.AddReader(reader);
        return builder.UseTypedReaders().Build();
    }
}
