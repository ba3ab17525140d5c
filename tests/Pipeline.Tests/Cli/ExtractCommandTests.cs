using System.Text;
using System.Text.Json.Nodes;
using Pipeline.Cli.Commands;
using Pipeline.Extraction;
using Pipeline.Records;
using Pipeline.Tests.Support;

namespace Pipeline.Tests.Cli;

/// <summary>`pipeline extract` through the entry point: bad files reported and the batch going on, JSON Lines, output folders, names, jobs.</summary>
public class ExtractCommandTests
{
    private static readonly string Seeds = Repo.Path("corpus", "seeds");

    [Fact]
    public void Bad_inputs_are_reported_by_name_and_the_rest_of_the_batch_is_extracted()
    {
        var inputs = CliRun.TempDir();
        File.Copy(Path.Combine(Seeds, "004_2f2804abc48cfa00.txt"), Path.Combine(inputs, "good.txt"));
        File.WriteAllBytes(Path.Combine(inputs, "empty.txt"), []);
        File.WriteAllBytes(Path.Combine(inputs, "latin1.txt"), [0x48, 0xE0, 0x20, 0x4E, 0xF4, 0x69]); // "Hà Nôi" in Latin-1
        File.WriteAllBytes(Path.Combine(inputs, "notes.bmp"), Encoding.ASCII.GetBytes("not an image"));
        var outDir = CliRun.NewDir();

        var r = CliRun.Run("extract", inputs, "--out", outDir, "--jobs", "2");

        Assert.Equal(ExitCodes.InputErrors, r.Code);
        Assert.Contains("empty.txt: empty: the file is empty", r.Err);
        Assert.Contains("latin1.txt: invalid-encoding: the text is not valid UTF-8", r.Err);
        Assert.Contains("notes.bmp", r.Err);
        Assert.True(File.Exists(Path.Combine(outDir, "good.json")));
        var errorLines = File.ReadAllLines(Path.Combine(outDir, "errors.jsonl"));
        Assert.Equal(3, errorLines.Length);
        Assert.All(errorLines, l => SchemaCheck.AssertValid("status", l));
        var taskLines = File.ReadAllLines(Path.Combine(outDir, "tasks.jsonl"));
        var good = System.Text.Json.Nodes.JsonNode.Parse(File.ReadAllText(Path.Combine(outDir, "good.json")))!;
        Assert.True(taskLines.Length >= 15);
        Assert.Equal(good["tasks"]!.AsArray().Count, taskLines.Length);
        Assert.All(taskLines, l => SchemaCheck.AssertValid("task", l));
        Assert.Empty(Directory.GetFiles(outDir, "*.tmp-*"));
    }

    [Theory]
    [InlineData("utf8bom")]
    [InlineData("utf16")]
    [InlineData("crlf")]
    public void Text_encodings_and_line_ends_give_the_same_record(string variant)
    {
        var original = File.ReadAllText(Repo.Path("corpus", "text", "04_TB-453-TB-UBND_HaNoi_treoco_p1.txt"));
        byte[] bytes = variant switch
        {
            "utf8bom" => [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(original)],
            "utf16" => [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes(original)],
            _ => Encoding.UTF8.GetBytes(original.Replace("\n", "\r\n")),
        };
        var plain = Extract.Text(original, "04.txt");
        var other = DocumentExtractor.CreateDefault().Extract(new Pipeline.Sources.SourceFile("04.txt", bytes));
        // The whole document part, as published.
        Assert.Equal(System.Text.Json.JsonSerializer.Serialize(plain.Document, RecordJson.Indented),
            System.Text.Json.JsonSerializer.Serialize(other.Document, RecordJson.Indented));
        Assert.Equal(plain.Tasks.Select(t => t.Text), other.Tasks.Select(t => t.Text));
    }

    [Fact]
    public void Stdout_prints_one_compact_record_per_line()
    {
        var r = CliRun.Run("extract", Seeds, "--stdout");
        Assert.Equal(ExitCodes.Ok, r.Code);
        Assert.Equal(5, r.OutLines.Length);
        foreach (var line in r.OutLines)
        {
            SchemaCheck.AssertValid("document", line);
            Assert.DoesNotContain('\n', line);
        }
        Assert.Contains("5 of 5 inputs extracted", r.Err); // the summary goes to stderr, stdout stays JSON Lines
    }

    [Fact]
    public void A_folder_holding_an_earlier_run_is_refused_or_replaced_whole_never_mixed()
    {
        var outDir = CliRun.NewDir();
        Assert.Equal(ExitCodes.Ok, CliRun.Run("extract", Seeds, "--out", outDir).Code);
        File.WriteAllText(Path.Combine(outDir, "stale.json"), "{}");

        var again = CliRun.Run("extract", Path.Combine(Seeds, "004_2f2804abc48cfa00.txt"), "--out", outDir);
        Assert.Equal(ExitCodes.OutputError, again.Code);
        Assert.Contains("use --force to replace it whole, or a new folder", again.Err);
        Assert.Equal(6, Directory.GetFiles(outDir, "*.json").Length); // untouched

        var forced = CliRun.Run("extract", Path.Combine(Seeds, "004_2f2804abc48cfa00.txt"), "--out", outDir, "--force");
        Assert.Equal(ExitCodes.Ok, forced.Code);
        Assert.Equal(["004_2f2804abc48cfa00.json"], Directory.GetFiles(outDir, "*.json").Select(Path.GetFileName));
        var tasks = File.ReadAllLines(Path.Combine(outDir, "tasks.jsonl"));
        Assert.All(tasks, l => Assert.Contains("004_2f2804abc48cfa00.txt", l));
        Assert.Empty(Directory.GetDirectories(Path.GetDirectoryName(outDir)!, ".out.*"));
    }

    [Fact]
    public void Inputs_sharing_a_stem_get_the_documented_names_and_are_reported()
    {
        var inputs = CliRun.TempDir();
        Directory.CreateDirectory(Path.Combine(inputs, "a"));
        Directory.CreateDirectory(Path.Combine(inputs, "b"));
        var seed = Path.Combine(Seeds, "004_2f2804abc48cfa00.txt");
        File.Copy(seed, Path.Combine(inputs, "a", "x.txt"));
        File.Copy(seed, Path.Combine(inputs, "b", "x.txt"));
        File.Copy(seed, Path.Combine(inputs, "b", "x.md"));
        var outDir = CliRun.NewDir();

        var r = CliRun.Run("extract", inputs, "--out", outDir);

        Assert.Equal(ExitCodes.Ok, r.Code);
        Assert.Equal(["x.json", "x.md.json", "x.txt.json"], Directory.GetFiles(outDir, "*.json").Select(Path.GetFileName).Order(StringComparer.Ordinal));
        Assert.Contains("note: 3 inputs share the stem 'x'", r.Err);
        Assert.Contains($"{Path.Combine(inputs, "b", "x.txt")} -> x.txt.json", r.Err);
        var second = JsonNode.Parse(File.ReadAllText(Path.Combine(outDir, "x.txt.json")))!;
        Assert.Equal("b/x.txt", second["source"]!["path"]!.GetValue<string>());
    }

    [Fact]
    public void Unsupported_files_in_a_folder_are_listed_with_a_code()
    {
        var inputs = CliRun.TempDir();
        File.Copy(Path.Combine(Seeds, "004_2f2804abc48cfa00.txt"), Path.Combine(inputs, "good.txt"));
        File.WriteAllText(Path.Combine(inputs, "notes.xyz"), "x");
        var outDir = CliRun.NewDir();

        var r = CliRun.Run("extract", inputs, "--out", outDir);

        Assert.Equal(ExitCodes.Ok, r.Code); // skipped, not failed
        Assert.Contains($"skipped: {Path.Combine(inputs, "notes.xyz")}: unsupported-format", r.Err);
        var line = JsonNode.Parse(File.ReadAllLines(Path.Combine(outDir, "errors.jsonl")).Single())!;
        Assert.Equal("unsupported-format", line["error"]!["code"]!.GetValue<string>());
        Assert.Equal("skipped", line["status"]!.GetValue<string>());
    }

    [Fact]
    public void Two_jobs_write_what_one_job_writes()
    {
        var paths = new[] { Seeds, Repo.Path("corpus", "text"), Repo.Path("corpus", "docx") };
        var one = CliRun.NewDir();
        var two = CliRun.NewDir();
        // The folders hold OCR texts whose damaged headers leave a record partial: both runs say so alike, neither fails.
        var first = CliRun.Run(["extract", .. paths, "--out", one, "--jobs", "1"]).Code;
        Assert.Contains(first, new[] { ExitCodes.Ok, ExitCodes.PartialSuccess });
        Assert.Equal(first, CliRun.Run(["extract", .. paths, "--out", two, "--jobs", "2"]).Code);
        var files = Directory.GetFiles(one).Select(Path.GetFileName).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(files, Directory.GetFiles(two).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        foreach (var f in files) Assert.Equal(File.ReadAllText(Path.Combine(one, f!)), File.ReadAllText(Path.Combine(two, f!)));
    }

    [Fact]
    public void Ingest_limits_apply_to_extract()
    {
        var outDir = CliRun.NewDir();
        var r = CliRun.Run("extract", Seeds, "--out", outDir, "--max-bytes", "100");
        Assert.Equal(ExitCodes.InputErrors, r.Code);
        Assert.Equal(5, File.ReadAllLines(Path.Combine(outDir, "errors.jsonl")).Count(l => l.Contains("\"code\":\"too-large\"")));
    }

    [Fact]
    public void Quiet_prints_errors_only_and_verbose_adds_warnings()
    {
        var quiet = CliRun.Run("-q", "extract", Seeds, "--out", CliRun.NewDir());
        Assert.Equal(ExitCodes.Ok, quiet.Code);
        Assert.Equal("", quiet.Out);
        Assert.Equal("", quiet.Err);
        var verbose = CliRun.Run("extract", Seeds, "--out", CliRun.NewDir(), "-v");
        Assert.Contains(" ms)", verbose.Out);
        var normal = CliRun.Run("extract", Seeds, "--out", CliRun.NewDir());
        Assert.True(verbose.Out.Length + verbose.Err.Length > normal.Out.Length + normal.Err.Length);
    }
}
