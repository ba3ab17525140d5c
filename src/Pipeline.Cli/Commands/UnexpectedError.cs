namespace Pipeline.Cli.Commands;

/// <summary>
/// The last line of defence: an exception no command expected (a bug) ends the process with exit 70 (EX_SOFTWARE)
/// and one line naming the error and the log file that holds the details — never a stack trace on the console.
/// </summary>
public static class UnexpectedError
{
    public static int Run(Func<int> command, TextWriter stderr)
    {
        try { return command(); }
        catch (Exception e) { return Report(e, stderr); }
    }

    public static int Report(Exception e, TextWriter stderr)
    {
        var root = e is AggregateException { InnerExceptions.Count: 1 } a ? a.InnerException! : e;
        var log = WriteLog(e);
        var message = root.Message.Split('\n', 2)[0].Trim();
        stderr.WriteLine($"error: internal error: {root.GetType().Name}: {message}{(log is null ? "" : $" (details in {log})")}");
        return ExitCodes.InternalError;
    }

    private static string? WriteLog(Exception e)
    {
        try
        {
            var path = Path.Combine(Path.GetTempPath(), $"pipeline-error-{DateTime.UtcNow:yyyyMMdd-HHmmss}-{Environment.ProcessId}.log");
            File.WriteAllText(path, $"pipeline {string.Join(' ', Environment.GetCommandLineArgs().Skip(1))}\n{DateTimeOffset.UtcNow:O}\n\n{e}\n");
            return path;
        }
        catch (Exception) { return null; } // the disk may be the problem: the console line still goes out
    }
}
