using System.Diagnostics;

namespace Pipeline.Tests.Ingest;

/// <summary>
/// The built `pipeline` run as a child process, as users run it (worker processes included). As root it can run
/// as the unprivileged user nobody, because root reads a chmod-000 folder and "unreadable" must be real.
/// </summary>
internal static class PipelineProcess
{
    public static readonly string Dll = Path.Combine(AppContext.BaseDirectory, "pipeline.dll");

    public static bool IsRoot => Environment.UserName == "root" || Environment.GetEnvironmentVariable("USER") == "root" || GetUid() == 0;

    public static ProcessStartInfo StartInfo(IEnumerable<string> args, bool asNobody = false)
    {
        Assert.True(File.Exists(Dll), $"{Dll} is not built");
        var host = Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet";
        var start = new ProcessStartInfo(asNobody && IsRoot ? "setpriv" : host)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        if (asNobody && IsRoot)
        {
            foreach (var a in (string[])["--reuid=65534", "--regid=65534", "--clear-groups", host]) start.ArgumentList.Add(a);
            start.Environment["HOME"] = Path.GetTempPath();
            start.Environment["DOTNET_CLI_HOME"] = Path.GetTempPath();
        }
        start.ArgumentList.Add(Dll);
        foreach (var a in args) start.ArgumentList.Add(a);
        return start;
    }

    /// <summary>Runs to the end; returns the exit code, stdout lines and stderr.</summary>
    public static (int Code, string[] Stdout, string Stderr) Run(IEnumerable<string> args, bool asNobody = false)
    {
        using var process = Process.Start(StartInfo(args, asNobody))!;
        var stderr = process.StandardError.ReadToEndAsync();
        var stdout = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        return (process.ExitCode, stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries), stderr.Result);
    }

    /// <summary>Lets the user nobody into a test's temporary folder (they are created 0700).</summary>
    [System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
    public static void OpenToAll(string dir) => File.SetUnixFileMode(dir, (UnixFileMode)0b111_111_111);

    [System.Runtime.InteropServices.DllImport("libc", EntryPoint = "getuid")]
    private static extern uint GetUid();
}
