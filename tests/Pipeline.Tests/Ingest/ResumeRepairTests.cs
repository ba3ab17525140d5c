using Pipeline.Cli.Commands;
using Pipeline.Extraction;
using Pipeline.Ingestion;
using Pipeline.Tests.Support;

namespace Pipeline.Tests.Ingest;

/// <summary>
/// What a resume finds damaged outside the pipeline: a record deleted (a rename a power cut undid) or cut short is
/// rebuilt from documents.jsonl with a warning; a journal cut below its committed length is a clear exit 73, not a
/// stack trace; an unexpected exception is exit 70 with one line; VmHWM past 10,000,000 kB is read.
/// </summary>
public class ResumeRepairTests
{
    private static async Task<(int Code, string Stdout, string Stderr)> Ingest(string inputs, string outDir)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var code = await new IngestCommand(DocumentExtractor.CreateDefault()).RunAsync(new IngestCommand.Arguments([inputs], outDir, Jobs: 2), stdout, stderr, interactive: false);
        return (code, stdout.ToString(), stderr.ToString());
    }

    private static string Inputs()
    {
        var inputs = IngestRun.TempDir("repair-in");
        foreach (var f in Directory.GetFiles(Repo.Path("corpus", "seeds")).Order(StringComparer.Ordinal).Take(4))
            File.Copy(f, Path.Combine(inputs, Path.GetFileName(f)));
        return inputs;
    }

    [Fact]
    public async Task A_deleted_and_a_damaged_record_are_rebuilt_identically_with_a_warning()
    {
        var inputs = Inputs();
        var outDir = IngestRun.TempDir("repair-out");
        Assert.Equal(ExitCodes.Ok, (await Ingest(inputs, outDir)).Code);
        var before = IngestRun.Records(outDir);
        var files = Directory.GetFiles(Path.Combine(outDir, "records")).Order(StringComparer.Ordinal).ToArray();
        File.Delete(files[0]);
        File.WriteAllText(files[1], File.ReadAllText(files[1])[..100]); // cut mid-JSON

        var (code, stdout, stderr) = await Ingest(inputs, outDir);

        Assert.Equal(ExitCodes.Ok, code);
        Assert.Equal(before, IngestRun.Records(outDir));
        Assert.Contains($"warning: records/{Path.GetFileName(files[0])} was missing: rebuilt from documents.jsonl", stderr);
        Assert.Contains($"warning: records/{Path.GetFileName(files[1])} was damaged: rebuilt from documents.jsonl", stderr);
        Assert.Contains("\"ok\":0", stdout); // nothing processed again: the journal had the records
        Assert.Equal(4, IngestRun.Lines(outDir, "documents.jsonl").Length);
    }

    [Fact]
    public async Task A_journal_cut_outside_the_pipeline_is_exit_73_with_one_line()
    {
        var inputs = Inputs();
        var outDir = IngestRun.TempDir("cut-journal");
        Assert.Equal(ExitCodes.Ok, (await Ingest(inputs, outDir)).Code);
        File.WriteAllText(Path.Combine(outDir, "documents.jsonl"), "");

        var (code, _, stderr) = await Ingest(inputs, outDir);

        Assert.Equal(ExitCodes.OutputError, code);
        Assert.Contains("documents.jsonl holds 0 bytes but the run state says", stderr);
        Assert.DoesNotContain("   at ", stderr);
    }

    [Fact]
    public void An_unexpected_exception_is_exit_70_with_one_line_and_a_log_file()
    {
        var stderr = new StringWriter();
        var code = UnexpectedError.Run(() => throw new InvalidOperationException("a bug\nwith a second line"), stderr);

        Assert.Equal(ExitCodes.InternalError, code);
        var line = Assert.Single(stderr.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith("error: internal error: InvalidOperationException: a bug (details in ", line);
        var log = line[(line.IndexOf("details in ", StringComparison.Ordinal) + 11)..^1];
        Assert.Contains("a second line", File.ReadAllText(log));
    }

    [Theory]
    [InlineData("VmHWM:\t  204800 kB", 204_800)]
    [InlineData("VmHWM:\t10000000 kB", 10_000_000)]
    [InlineData("VmHWM:\t123456789 kB", 123_456_789)]
    public void Status_lines_are_read_past_eight_digits(string line, long kb) => Assert.Equal(kb, StatusLine.Kilobytes(line));

    [Fact]
    public void A_full_disk_is_recognised_however_it_surfaces()
    {
        Assert.True(Pipeline.Cli.Commands.Ingest.NoSpace.Is(new Microsoft.Data.Sqlite.SqliteException("database or disk is full", 13)));
        Assert.True(Pipeline.Cli.Commands.Ingest.NoSpace.Is(new IOException("No space left on device : '/data/x'", 28)));
        Assert.False(Pipeline.Cli.Commands.Ingest.NoSpace.Is(new IOException("Permission denied")));
    }
}
