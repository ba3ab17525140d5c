using Pipeline.Extraction;
using Pipeline.Lines;
using Pipeline.Records;
using Pipeline.Roles;
using Pipeline.Sources;

namespace Pipeline.Tests.Support;

/// <summary>Runs the pipeline on corpus files and on text taken from them.</summary>
public static class Extract
{
    public static readonly DocumentExtractor Extractor = DocumentExtractor.CreateDefault();

    /// <summary>The embedded vocabulary, as the extractor above was built with.</summary>
    public static Vocabulary.Vocab Vocab => Extractor.Vocab;

    /// <summary>The vocabulary recognisers of the rules above.</summary>
    public static LineRecognizer Recognizer => Extractor.Rules.Recognizer;

    public static DocumentRecord File(params string[] corpusPath)
    {
        var record = Extractor.Extract(SourceFile.Load(Repo.Path(["corpus", .. corpusPath])));
        SchemaCheck.AssertValid(record);
        return record;
    }

    /// <summary>Extracts from text lines as a .txt input (lines copied from real documents).</summary>
    public static DocumentRecord Text(string text, string name = "sample.txt")
    {
        var record = Extractor.Extract(new SourceFile(name, System.Text.Encoding.UTF8.GetBytes(text)));
        SchemaCheck.AssertValid(record);
        return record;
    }

    public static RoledDocument Roles(string text, string name = "sample.txt")
    {
        var source = Extractor.Readers.Read(new SourceFile(name, System.Text.Encoding.UTF8.GetBytes(text)));
        return Extractor.Rules.Classify(LinePreparer.Prepare(source));
    }

    public static DocumentRecord Expected(string stem) =>
        RecordJson.Deserialize(System.IO.File.ReadAllText(Repo.Path("corpus", "expected", stem + ".json")));
}
