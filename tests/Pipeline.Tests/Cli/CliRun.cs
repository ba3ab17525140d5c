using Pipeline.Cli;
using Pipeline.Ocr.Engine;

namespace Pipeline.Tests.Cli;

/// <summary>Runs the command line as Program does (Cli.RunAsync with the parsed arguments) and keeps what it printed.</summary>
internal static class CliRun
{
    public sealed record Result(int Code, string Out, string Err)
    {
        public string[] OutLines => Out.Split('\n', StringSplitOptions.RemoveEmptyEntries);
    }

    public static Result Run(params string[] args) => Run(null, args);

    public static Result Run(OcrOptions? ocr, params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        using var context = new CliContext(stdout, stderr, interactive: false, ocr);
        var code = Pipeline.Cli.Cli.RunAsync(args, context).GetAwaiter().GetResult();
        return new Result(code, stdout.ToString(), stderr.ToString());
    }

    public static string TempDir() => Directory.CreateTempSubdirectory("pipeline-cli-").FullName;

    /// <summary>A folder path that does not exist yet (extract makes it).</summary>
    public static string NewDir() => Path.Combine(TempDir(), "out");
}
