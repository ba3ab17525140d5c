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
public sealed class DocumentExtractor(SourceReaders readers, ILineRoleClassifier classifier, TaskClassifiers? taskClassifiers = null)
{
    /// <summary>Who decides tasks and units: the rules unless learned models were given.</summary>
    public TaskClassifiers TaskClassifiers { get; } = taskClassifiers ?? TaskClassifiers.Rules;

    public ILineRoleClassifier Classifier { get; } = classifier;

    public SourceReaders Readers { get; } = readers;

    public DocumentRecord Extract(SourceFile file, CancellationToken cancellationToken = default)
    {
        var source = Readers.Read(file, cancellationToken);
        return Extract(source);
    }

    public DocumentRecord Extract(SourceDocument source)
    {
        var prepared = LinePreparer.Prepare(source);
        if (prepared.Lines.All(l => l.IsBlank))
            throw new SourceException("no text was found in the document") { Code = "no-text" };
        var roled = Classifier.Classify(prepared);
        var fields = FieldExtractor.Extract(roled);
        var tasks = TaskExtractor.Extract(roled, TaskClassifiers);
        return RecordBuilder.Build(source, fields, tasks, []);
    }

    /// <summary>The readers for typed inputs: text and markdown, Word, PDF with a text layer.</summary>
    public static DocumentExtractor CreateDefault(IEnumerable<ISourceReader>? extraReaders = null)
    {
        var readers = new List<ISourceReader>();
        readers.AddRange(extraReaders ?? []);
        readers.Add(new Sources.Text.TextFileReader());
        readers.Add(new Sources.Word.DocxReader());
        readers.Add(new Sources.Pdf.PdfTextLayerReader());
        return new DocumentExtractor(new SourceReaders(readers), new RuleLineRoleClassifier());
    }
}
