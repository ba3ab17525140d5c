using System.CommandLine;
using System.CommandLine.Invocation;
using Pipeline.Cli.Commands;
using Pipeline.Sources;

namespace Pipeline.Cli;

/// <summary>
/// The command line: parses, runs one command and maps every outcome to a documented exit code (README,
/// "Exit codes"). Parse errors and bad values are 64 with one line each, a missing system dependency is 69,
/// and no exception ever reaches the user as a stack trace.
/// </summary>
public static class Cli
{
    public static readonly Option<bool> Verbose = new("--verbose", "-v") { Description = "Say more: per-document timings and warnings", Recursive = true };
    public static readonly Option<bool> Quiet = new("--quiet", "-q") { Description = "Errors only: no per-document lines, no summary", Recursive = true };

    public static Task<int> RunAsync(string[] args, TextWriter stdout, TextWriter stderr) =>
        RunAsync(args, new CliContext(stdout, stderr, interactive: !Console.IsOutputRedirected && ReferenceEquals(stdout, Console.Out)), owned: true);

    public static async Task<int> RunAsync(string[] args, CliContext context, bool owned = false)
    {
        try
        {
            var root = Build(context, args);
            var parsed = root.Parse(args);
            if (parsed.Errors.Count > 0)
            {
                foreach (var error in parsed.Errors) context.Err.WriteLine($"error: {error.Message}");
                context.Err.WriteLine($"(see `pipeline {CommandPath(parsed)}--help`)");
                return ExitCodes.Usage;
            }
            context.Verbosity = parsed.GetValue(Quiet) ? Verbosity.Quiet : parsed.GetValue(Verbose) ? Verbosity.Verbose : Verbosity.Normal;
            return await parsed.InvokeAsync(new InvocationConfiguration { Output = context.Out, Error = context.Err, EnableDefaultExceptionHandler = false });
        }
        catch (UsageException e)
        {
            context.Err.WriteLine($"error: {e.Message}");
            return ExitCodes.Usage;
        }
        catch (Exception e) when (IsMissingDependency(e))
        {
            context.Err.WriteLine($"error: a system dependency is missing: {e.Message}");
            return ExitCodes.MissingDependency;
        }
        catch (OperationCanceledException)
        {
            context.Err.WriteLine("interrupted");
            return ExitCodes.Interrupted;
        }
        catch (Exception e)
        {
            context.Err.WriteLine($"error: internal error ({e.GetType().Name}): {e.Message.Split('\n')[0]} — please report it");
            return ExitCodes.InternalError;
        }
        finally
        {
            if (owned) context.Dispose();
        }
    }

    /// <summary>Every command, one registration line each.</summary>
    public static RootCommand Build(CliContext context, IReadOnlyList<string> args)
    {
        var root = new RootCommand("pipeline: Vietnamese official documents (TB, NQ, KL, CT, KH, công văn) to structured JSON records");
        root.Options.Add(Verbose);
        root.Options.Add(Quiet);
        foreach (var version in root.Options.OfType<VersionOption>()) version.Action = new VersionAction(context);
        root.Subcommands.Add(ExtractCommand.Create(context, args));
        root.Subcommands.Add(EvalCommand.Create(context));
        MlCommands.Register(root, context);
        root.Subcommands.Add(RolesCommand.Create(context, args));
        root.Subcommands.Add(IngestCommand.Create(context, args));
        root.Subcommands.Add(WorkerCommand.Create(context));
        OcrCommands.Register(root, context);
        ServeCommand.Create(context).ForEach(root.Subcommands.Add);
        root.Subcommands.Add(BenchOcrCommand.Create(context, args));
        root.Subcommands.Add(BenchTextCommand.Create(context));
        root.Subcommands.Add(BenchDegradedCommand.Create(context));
        return root;
    }

    private static bool IsMissingDependency(Exception e) =>
        e is DllNotFoundException or EntryPointNotFoundException || e.InnerException is DllNotFoundException
        || e is SourceException { Code: "missing-dependency" };

    private static string CommandPath(ParseResult parsed) =>
        parsed.CommandResult.Command is RootCommand ? "" : parsed.CommandResult.Command.Name + " ";

    private sealed class VersionAction(CliContext context) : SynchronousCommandLineAction
    {
        public override int Invoke(ParseResult parseResult)
        {
            foreach (var line in Versions.Describe(context.Extractor)) context.Out.WriteLine(line);
            return ExitCodes.Ok;
        }
    }
}
