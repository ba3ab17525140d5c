using Pipeline.Ingestion;

namespace Pipeline.Tests.Ingest;

/// <summary>`--shard i/N`: N workers split the corpus by content hash with no overlap and nothing missing.</summary>
public class ShardTests
{
    [Fact]
    public void Three_shards_union_to_exactly_the_single_run_output()
    {
        var reference = IngestRun.Reference.Value;
        var shards = Enumerable.Range(0, 3).Select(i =>
        {
            var dir = IngestRun.TempDir($"shard{i}");
            var (summary, events) = IngestRun.Run(new IngestOptions { Sources = IngestRun.CorpusPaths(), OutDir = dir, Jobs = 2, Shard = new ShardSpec(i, 3) });
            Assert.Equal(0, summary.Failed);
            Assert.Equal(events.Last!.Total, summary.Processed); // other shards' inputs leave the total
            return dir;
        }).ToList();

        var parts = shards.Select(IngestRun.Records).ToList();
        Assert.All(parts, p => Assert.NotEmpty(p)); // 40 documents: every shard gets some
        var union = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var part in parts)
            foreach (var (name, content) in part)
                Assert.True(union.TryAdd(name, content), $"{name} is in two shards");
        Assert.Equal(IngestRun.Records(reference), union);

        foreach (var jsonl in new[] { "documents.jsonl", "tasks.jsonl" })
        {
            var lines = shards.SelectMany(d => IngestRun.Lines(d, jsonl)).Order(StringComparer.Ordinal);
            Assert.Equal(IngestRun.Lines(reference, jsonl).Order(StringComparer.Ordinal), lines);
        }
    }
}
