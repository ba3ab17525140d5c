using System.Diagnostics;
using Pipeline.Cli.Commands;
using Pipeline.Tests.Support;

namespace Pipeline.Tests.Cli;

/// <summary>Arguments and exit codes through the real entry point: usage errors are 64 in one line, never a stack trace.</summary>
public class ArgumentTests
{
    private static readonly string Seeds = Repo.Path("corpus", "seeds");

    [Theory]
    [InlineData("--bogus", "x")]
    [InlineData("--jobs", "--bogus")]
    public void An_unknown_option_is_a_usage_error_not_a_path(string option, string value)
    {
        var outDir = CliRun.NewDir();
        var r = CliRun.Run("extract", Seeds, "--out", outDir, option, value);
        Assert.Equal(ExitCodes.Usage, r.Code);
        Assert.Contains("--bogus", r.Err);
        Assert.DoesNotContain("no such file", r.Err);
        Assert.False(Directory.Exists(outDir));
    }

    [Fact]
    public void A_path_starting_with_a_dash_is_a_path_after_the_end_of_options()
    {
        var r = CliRun.Run("extract", "--stdout", "--", "-no-such-file.txt");
        Assert.Equal(ExitCodes.InputErrors, r.Code);
        Assert.Contains("-no-such-file.txt: missing: no such file or folder", r.Err);
    }

    [Fact]
    public void An_option_value_that_is_an_option_is_refused()
    {
        var r = CliRun.Run("extract", Seeds, "--out", "--stdout");
        Assert.Equal(ExitCodes.Usage, r.Code);
    }

    [Theory]
    [InlineData("extract", "--jobs", "0")]
    [InlineData("extract", "--timeout", "0")]
    [InlineData("ingest", "--jobs", "0")]
    [InlineData("ingest", "--shard", "4/3")]
    public void Bad_values_are_usage_errors(string command, string option, string value)
    {
        var r = CliRun.Run(command, Seeds, "--out", CliRun.NewDir(), option, value);
        Assert.Equal(ExitCodes.Usage, r.Code);
        Assert.StartsWith("error: ", r.Err);
    }

    [Fact]
    public void Cross_validation_with_fewer_than_two_folds_is_a_usage_error()
    {
        var cv = CliRun.Run("cv", "--folds", "1");
        var ablation = CliRun.Run("eval", "--expected", Repo.Path("corpus", "expected"), "--out", CliRun.NewDir(), "--ablation", "--folds", "1");
        Assert.All([cv, ablation], r =>
        {
            Assert.Equal(ExitCodes.Usage, r.Code);
            Assert.Contains("--folds must be at least 2", r.Err);
        });
    }

    [Theory]
    [InlineData("extract")]
    [InlineData("ingest")]
    [InlineData("roles")]
    public void A_models_folder_without_models_is_one_line_and_exit_64(string command)
    {
        var args = command == "roles" ? new[] { command, Path.Combine(Seeds, "004_2f2804abc48cfa00.txt"), "--models", "/nope" }
            : [command, Seeds, "--out", CliRun.NewDir(), "--models", "/nope"];
        var r = CliRun.Run(args);
        Assert.Equal(ExitCodes.Usage, r.Code);
        Assert.Equal("error: --models /nope: no manifest.json there (give the models folder, e.g. `--models models`, or run `pipeline train`)", r.Err.Trim());
    }

    [Fact]
    public void Roles_of_a_missing_file_is_an_input_error_in_one_line()
    {
        var r = CliRun.Run("roles", "/nope.txt");
        Assert.Equal(ExitCodes.InputErrors, r.Code);
        Assert.Equal("error: /nope.txt: missing: no such file", r.Err.Trim());
    }

    [Fact]
    public void Bench_ocr_without_images_is_a_usage_error_in_one_line()
    {
        var r = CliRun.Run("bench-ocr", "/nope.png");
        Assert.Equal(ExitCodes.Usage, r.Code);
        Assert.Equal("error: /nope.png: no such file", r.Err.Trim());
    }

    [Fact]
    public void Missing_OCR_language_data_exits_69_and_names_the_package()
    {
        var noData = CliRun.TempDir();
        var outDir = CliRun.NewDir();
        var r = CliRun.Run(new Pipeline.Ocr.Engine.OcrOptions { DataPath = noData },
            "extract", Repo.Path("corpus", "scans", "real_cv_3722_metro_p1.png"), Path.Combine(Seeds, "004_2f2804abc48cfa00.txt"), "--out", outDir,
            "--no-isolation"); // the OCR options given here are this process's: worker processes would find the real data
        Assert.Equal(ExitCodes.MissingDependency, r.Code);
        Assert.Contains("tesseract-ocr-vie", r.Err);
        Assert.Contains("\"code\":\"missing-dependency\"", File.ReadAllText(Path.Combine(outDir, "errors.jsonl")));
        Assert.True(File.Exists(Path.Combine(outDir, "004_2f2804abc48cfa00.json"))); // the rest of the batch went on
    }

    [Fact]
    public void Version_names_the_extractor_the_schema_and_the_models()
    {
        var r = CliRun.Run("--version");
        Assert.Equal(ExitCodes.Ok, r.Code);
        Assert.Matches(@"^pipeline \d+\.\d+\.\d+", r.OutLines[0]);
        Assert.Contains("schema 1.", r.Out);
        Assert.Contains("models", r.Out);
    }

    [Fact]
    public void The_built_program_exits_64_on_an_unknown_option()
    {
        var dll = Path.Combine(AppContext.BaseDirectory, "pipeline.dll");
        var start = new ProcessStartInfo("dotnet", ["exec", dll, "extract", Seeds, "--bogus", "x"]) { RedirectStandardError = true, RedirectStandardOutput = true };
        using var process = Process.Start(start)!;
        var err = process.StandardError.ReadToEnd();
        process.WaitForExit();
        Assert.Equal(ExitCodes.Usage, process.ExitCode);
        Assert.Contains("unknown option '--bogus'", err);
        Assert.DoesNotContain("   at ", err);
    }
}
