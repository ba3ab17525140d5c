using Pipeline.Extraction;
using System.Text.Json.Nodes;
using Pipeline.Ingestion;
using Pipeline.Records;
using Pipeline.Tests.Support;

namespace Pipeline.Tests.Ingest;

/// <summary>`ingest` over the real corpus: every document a record, JSONL consistent, a second run resumes to nothing, copies deduplicated.</summary>
public class IngestRunTests
{
    [Fact]
    public void The_corpus_becomes_one_valid_record_per_document_with_consistent_jsonl_and_status()
    {
        var outDir = IngestRun.Reference.Value;
        var records = IngestRun.Records(outDir);
        var inputs = IngestRun.CorpusPaths().SelectMany(d => Directory.GetFiles(d)).ToList();
        Assert.Equal(inputs.Count, records.Count);

        var documents = IngestRun.Lines(outDir, "documents.jsonl");
        var tasks = IngestRun.Lines(outDir, "tasks.jsonl");
        Assert.Equal(records.Count, documents.Length);
        var parsed = documents.Select(l => RecordJson.Deserialize(l)).ToList();
        foreach (var record in parsed)
        {
            SchemaCheck.AssertValid(record);
            // The per-document file holds the same record as its journal line.
            Assert.Equal(RecordJson.Serialize(record) + "\n", records[record.Source.Sha256 + ".json"]);
        }
        Assert.Equal(parsed.Sum(r => r.Tasks.Count), tasks.Length);
        Assert.Equal(tasks.Length, tasks.Distinct().Count());
        Assert.All(tasks, t => SchemaCheck.AssertValid(SchemaCheck.Task, t));

        // Same records as `extract` makes, file by file.
        var someDocx = inputs.First(i => i.EndsWith(".docx", StringComparison.Ordinal));
        var direct = Extract.Extractor.Extract(Pipeline.Sources.SourceFile.Load(someDocx));
        Assert.Equal(RecordJson.Serialize(direct) + "\n", records[direct.Source.Sha256 + ".json"]);

        // Every document has a status with stage timings and engine versions.
        foreach (var sha in parsed.Select(r => r.Source.Sha256))
        {
            var statusJson = File.ReadAllText(Path.Combine(outDir, "status", sha + ".json"));
            SchemaCheck.AssertValid(SchemaCheck.Status, statusJson);
            var status = JsonNode.Parse(statusJson)!;
            Assert.Contains(status["status"]!.GetValue<string>(), (string[])["ok", "partial"]);
            foreach (var stage in new[] { "read", "prepare", "roles", "fields", "tasks", "total" })
                Assert.True(status["timingsMs"]![stage]!.GetValue<double>() >= 0, stage);
            Assert.Equal(DocumentRecord.CurrentSchemaVersion, status["schemaVersion"]!.GetValue<string>());
            Assert.Equal("RuleLineRoleClassifier", status["engine"]!["lineRoles"]!.GetValue<string>());
            Assert.False(string.IsNullOrEmpty(status["engine"]!["version"]!.GetValue<string>()));
        }
        Assert.Empty(IngestRun.TempFiles(outDir));
    }

    [Fact]
    public void Without_OCR_the_corpus_pdf_with_a_scanned_page_is_partial_not_ok()
    {
        var inputs = IngestRun.TempDir("partial-in");
        var pdf = Repo.Path("corpus", "pdf", "1629_SCT_CN_KHKTNT_Kho_VLCN_tam_Thuydien_NamCang1A_27.3.2026.pdf");
        File.Copy(pdf, Path.Combine(inputs, "1629.pdf"));
        var outDir = IngestRun.TempDir("partial-out");
        IngestRun.Run(new IngestOptions { Sources = [inputs], OutDir = outDir, Jobs = 1 }, DocumentExtractor.CreateDefault());
        var sha = Pipeline.Sources.SourceFile.Load(pdf).Sha256;
        var status = JsonNode.Parse(File.ReadAllText(Path.Combine(outDir, "status", sha + ".json")))!;
        Assert.Equal("partial", status["status"]!.GetValue<string>());
        Assert.Contains(status["warnings"]!.AsArray(), w => w!.GetValue<string>().Contains("OCR needed"));
    }

    [Fact]
    public void With_OCR_the_scanned_page_is_read_and_the_document_is_ok()
    {
        var sha = Pipeline.Sources.SourceFile.Load(Repo.Path("corpus", "pdf", "1629_SCT_CN_KHKTNT_Kho_VLCN_tam_Thuydien_NamCang1A_27.3.2026.pdf")).Sha256;
        var status = JsonNode.Parse(File.ReadAllText(Path.Combine(IngestRun.Reference.Value, "status", sha + ".json")))!;
        Assert.Equal("ok", status["status"]!.GetValue<string>());
        Assert.Equal(3, status["pages"]!.GetValue<int>());
    }

    [Fact]
    public void A_second_run_skips_everything_and_copies_of_one_content_make_one_record()
    {
        var inputs = IngestRun.TempDir("dedup-in");
        var seed = Repo.Path("corpus", "seeds", "004_2f2804abc48cfa00.txt");
        File.Copy(seed, Path.Combine(inputs, "a.txt"));
        Directory.CreateDirectory(Path.Combine(inputs, "sub"));
        File.Copy(seed, Path.Combine(inputs, "sub", "copy.txt"));
        File.Copy(Repo.Path("corpus", "text", "18_CV-3722-VPCP-CN_metro_p1.txt"), Path.Combine(inputs, "b.txt"));
        var outDir = IngestRun.TempDir("dedup-out");
        var options = new IngestOptions { Sources = [inputs], OutDir = outDir, Jobs = 2 };

        var (first, events) = IngestRun.Run(options);
        Assert.Equal((2, 1), (first.Ok + first.Partial, first.Skipped));
        var copy = Assert.Single(events.Documents, d => d.Status == DocumentStatus.Skipped);
        Assert.EndsWith(Path.Combine("sub", "copy.txt"), copy.Path);
        Assert.StartsWith("same content as", copy.SkipReason);
        Assert.Equal(2, IngestRun.Records(outDir).Count);
        // The status lists both paths of the duplicated content.
        var sha = Pipeline.Sources.SourceFile.Load(seed).Sha256;
        var status = JsonNode.Parse(File.ReadAllText(Path.Combine(outDir, "status", sha + ".json")))!;
        Assert.Equal(2, status["paths"]!.AsArray().Count);

        // A copy added to the archive later joins the finished document's paths on the next run.
        File.Copy(seed, Path.Combine(inputs, "later.txt"));
        var (withLater, _) = IngestRun.Run(options);
        Assert.Equal((0, 4), (withLater.Processed, withLater.Skipped));
        status = JsonNode.Parse(File.ReadAllText(Path.Combine(outDir, "status", sha + ".json")))!;
        Assert.Equal(3, status["paths"]!.AsArray().Count);

        var linesBefore = IngestRun.Lines(outDir, "tasks.jsonl");
        var statusBefore = File.GetLastWriteTimeUtc(Path.Combine(outDir, "status", sha + ".json"));
        var (second, _) = IngestRun.Run(options);
        Assert.Equal((0, 4), (second.Processed, second.Skipped));
        Assert.Equal(statusBefore, File.GetLastWriteTimeUtc(Path.Combine(outDir, "status", sha + ".json"))); // nothing new: not rewritten
        Assert.Equal(linesBefore, IngestRun.Lines(outDir, "tasks.jsonl"));
        Assert.Equal(2, IngestRun.Lines(outDir, "documents.jsonl").Length);
    }

    [Fact]
    public void A_failed_document_is_skipped_next_run_and_redone_with_retry_failed()
    {
        var inputs = IngestRun.TempDir("retry-in");
        var path = Path.Combine(inputs, "notice.txt");
        File.WriteAllBytes(path, [0x48, 0xE0, 0x20, 0x4E, 0xF4, 0x69]); // Latin-1: invalid UTF-8
        var outDir = IngestRun.TempDir("retry-out");
        var options = new IngestOptions { Sources = [inputs], OutDir = outDir, Jobs = 1 };

        var (first, _) = IngestRun.Run(options);
        Assert.Equal(1, first.Failed);
        Assert.Equal("invalid-encoding", first.Failures[0].Error!.Code);

        var (second, events) = IngestRun.Run(options);
        Assert.Equal((0, 1), (second.Failed, second.Skipped));
        Assert.Contains("--retry-failed", events.Documents[0].SkipReason);

        // Retried on request: the same bytes fail again and the attempt is counted.
        var (third, retried) = IngestRun.Run(options with { RetryFailed = true });
        Assert.Equal(1, third.Failed);
        Assert.Equal(2, retried.Documents[0].Attempts);
        Assert.Empty(IngestRun.Lines(outDir, "documents.jsonl"));
    }

    [Fact]
    public void Shard_spec_parses_and_splits_by_hash_prefix()
    {
        Assert.True(ShardSpec.TryParse("2/3", out var shard, out _));
        Assert.Equal(new ShardSpec(2, 3), shard);
        Assert.False(ShardSpec.TryParse("3/3", out _, out var error));
        Assert.Contains("0 ≤ i < N", error);
        Assert.False(ShardSpec.TryParse("x", out _, out _));
        // 0x0000000000000005 mod 3 = 2.
        var sha = "0000000000000005" + new string('f', 48);
        Assert.True(new ShardSpec(2, 3).Includes(sha));
        Assert.False(new ShardSpec(0, 3).Includes(sha));
        Assert.True(ShardSpec.All.Includes(sha));
    }
}
