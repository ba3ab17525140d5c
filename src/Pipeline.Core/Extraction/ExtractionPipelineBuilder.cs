using Pipeline.Fields;
using Pipeline.Records;
using Pipeline.Roles;
using Pipeline.Sources;
using Pipeline.Tasks;
using Pipeline.Vocabulary;

namespace Pipeline.Extraction;

/// <summary>
/// Composes the stages of a <see cref="DocumentExtractor"/> in the manner of Markdig's MarkdownPipelineBuilder:
/// the ordered source readers, the line-role classifier, the field readers and the task stage, each an instance
/// built with the one <see cref="Vocab"/> and <see cref="TimeProvider"/> given here. Every command builds its
/// extractor through this class, so they all read, classify and extract the same way.
/// <code>
/// var extractor = new ExtractionPipelineBuilder()
///     .UseVocabulary(Vocab.Load())            // default: the embedded data files
///     .UseClock(TimeProvider.System)          // default; a fixed clock gives records that never change with time
///     .UseTypedReaders()                      // text and markdown, .docx, .doc, HTML, PDF text layers
///     .AddFieldReader(v => new MyFieldReader(v)) // runs after the default field readers
///     .Build();
/// </code>
/// </summary>
public sealed class ExtractionPipelineBuilder
{
    private readonly List<Func<Vocab, ISourceReader>> _readers = [];
    private Vocab? _vocab;
    private TimeProvider _clock = TimeProvider.System;
    private Func<RuleLineRoleClassifier, ILineRoleClassifier> _lineRoles = rules => rules;
    private TaskClassifiers _taskClassifiers = TaskClassifiers.Rules;
    private ModelsInfo? _models;
    private readonly List<Func<Vocab, IFieldReader>> _fieldReaders = [];

    /// <summary>The vocabulary every stage decides with (default: <see cref="Vocab.Load()"/>, the embedded data files).</summary>
    public ExtractionPipelineBuilder UseVocabulary(Vocab vocab)
    {
        _vocab = vocab;
        return this;
    }

    /// <summary>The clock the field stage judges dates by (an issue date "in the future"); the system's unless set.</summary>
    public ExtractionPipelineBuilder UseClock(TimeProvider clock)
    {
        _clock = clock;
        return this;
    }

    /// <summary>Appends a reader; readers are asked in the order they were added, the first that can read a file reads it.</summary>
    public ExtractionPipelineBuilder AddReader(ISourceReader reader) => AddReader(_ => reader);

    /// <summary>Appends a reader built with the pipeline's vocabulary.</summary>
    public ExtractionPipelineBuilder AddReader(Func<Vocab, ISourceReader> create)
    {
        _readers.Add(create);
        return this;
    }

    /// <summary>Appends the readers of typed inputs: text and markdown, Word (.docx, and .doc through antiword), HTML, PDF with a text layer.</summary>
    public ExtractionPipelineBuilder UseTypedReaders()
    {
        AddReader(v => new Sources.Text.TextFileReader(v));
        AddReader(_ => new Sources.Word.DocxReader());
        AddReader(v => new Sources.Word.DocReader(new Sources.Text.TextFileReader(v)));
        AddReader(v => new Sources.Html.HtmlReader(v));
        AddReader(_ => new Sources.Pdf.PdfTextLayerReader());
        return this;
    }

    /// <summary>
    /// The line-role classifier, given the rules built with the pipeline's vocabulary: rules alone by default, or a
    /// learned model combined with them (<c>rules => models.LineRoleClassifier(rules)</c>).
    /// </summary>
    public ExtractionPipelineBuilder UseLineRoles(Func<RuleLineRoleClassifier, ILineRoleClassifier> classifier)
    {
        _lineRoles = classifier;
        return this;
    }

    /// <summary>
    /// Appends a field reader, built with the pipeline's vocabulary, after the default ones
    /// (<see cref="FieldReaders.Defaults"/>): it sees every field they read and returns the fields with its own set.
    /// </summary>
    public ExtractionPipelineBuilder AddFieldReader(Func<Vocab, IFieldReader> create)
    {
        _fieldReaders.Add(create);
        return this;
    }

    /// <summary>Who decides which items are tasks and which units lead: the rules unless learned models are given.</summary>
    public ExtractionPipelineBuilder UseTaskClassifiers(TaskClassifiers classifiers)
    {
        _taskClassifiers = classifiers;
        return this;
    }

    /// <summary>Names the learned models in use, for the records' <c>extractor.models</c>.</summary>
    public ExtractionPipelineBuilder UseModels(ModelsInfo? models)
    {
        _models = models;
        return this;
    }

    /// <summary>Appends a field reader after the default ones (see the other overload).</summary>
    public ExtractionPipelineBuilder AddFieldReader(IFieldReader reader) => AddFieldReader(_ => reader);

    public DocumentExtractor Build()
    {
        var vocab = _vocab ?? Vocab.Load();
        var recognizer = new LineRecognizer(vocab);
        var rules = new RuleLineRoleClassifier(recognizer);
        var readers = new SourceReaders(_readers.Select(create => create(vocab)).ToList());
        var added = _fieldReaders.Select(create => create(vocab)).ToList();
        var fields = new FieldExtractor([.. FieldReaders.Defaults(vocab, _clock), .. added], vocab, _clock);
        var stages = new ExtractionStages(vocab, _clock, rules, _lineRoles(rules), fields, added, new TaskExtractor(vocab, _taskClassifiers));
        return new DocumentExtractor(readers, stages) { Models = _models };
    }
}

/// <summary>The stages after reading, as a <see cref="ExtractionPipelineBuilder"/> composed them.</summary>
public sealed record ExtractionStages(
    Vocab Vocab,
    TimeProvider Clock,
    RuleLineRoleClassifier Rules,
    ILineRoleClassifier Classifier,
    FieldExtractor Fields,
    IReadOnlyList<IFieldReader> AddedFieldReaders,
    TaskExtractor Tasks);
