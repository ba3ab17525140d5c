using Pipeline.Ml.Annotations;
using Pipeline.Tests.Support;

namespace Pipeline.Tests.Ml;

/// <summary>Training, cross-validation and annotation bootstrapping never see the frozen test split.</summary>
public class TestSplitExclusionTests
{
    [Fact]
    public void Corpus_documents_for_training_leave_out_every_input_under_corpus_test()
    {
        var corpus = new CorpusDocuments(Repo.Path("corpus"));
        var testInputs = Directory.EnumerateFiles(Repo.Path("corpus", "test"), "*", SearchOption.AllDirectories)
            .Where(f => Pipeline.Sources.SourceReaders.KnownExtensions.Contains(Path.GetExtension(f))).ToList();

        Assert.NotEmpty(testInputs);
        Assert.DoesNotContain(corpus.Inputs, i => CorpusDocuments.IsTestSplit(corpus.CorpusDir, i.Path));
        Assert.All(testInputs, f => Assert.Null(corpus.InputPath(Path.GetFileNameWithoutExtension(f))));
        // Dev inputs of the same renderings stay in.
        Assert.NotNull(corpus.InputPath("CV-683-BTC-CST-thue-GTGT-tinchi"));
    }
}
