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

    [Fact]
    public void Every_input_the_catalog_puts_in_the_test_split_lies_under_corpus_test_so_training_leaves_it_out()
    {
        var corpus = new CorpusDocuments(Repo.Path("corpus"));
        var rows = File.ReadLines(Repo.Path("corpus", "catalog.tsv")).Where(l => !l.StartsWith('#')).Skip(1)
            .Select(l => l.Split('\t')).Where(c => c.Length > 1).ToList();
        var test = rows.Where(c => c[1] == "test").Select(c => c[0]).ToList();

        Assert.True(test.Count >= 30, $"{test.Count} test-split rows in catalog.tsv");
        Assert.All(test, path => Assert.True(CorpusDocuments.IsTestSplit(corpus.CorpusDir, Path.Combine(corpus.CorpusDir, path)), $"{path} is in the test split but not under corpus/test/"));
        Assert.All(test, path => Assert.Null(corpus.InputPath(Path.GetFileNameWithoutExtension(path))));
    }
}
