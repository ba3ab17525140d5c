using System.CommandLine;
using Pipeline.Ingestion;

namespace Pipeline.Cli.Commands;

/// <summary>The per-document parallelism and limits extract and ingest share (--jobs, --timeout, --max-pages, --max-bytes).</summary>
public sealed class LimitOptions
{
    public Option<int> Jobs { get; } = new("--jobs") { Description = "Documents processed at once (default: the number of cores)", DefaultValueFactory = _ => Environment.ProcessorCount };
    public Option<double> Timeout { get; } = new("--timeout") { Description = "Seconds allowed per document", DefaultValueFactory = _ => new IngestLimits().Timeout.TotalSeconds };
    public Option<int> MaxPages { get; } = new("--max-pages") { Description = "Pages allowed per document", DefaultValueFactory = _ => new IngestLimits().MaxPages };
    public Option<long> MaxBytes { get; } = new("--max-bytes") { Description = "File size allowed per document, in bytes", DefaultValueFactory = _ => new IngestLimits().MaxBytes };

    public Option<string> MaxMemory { get; } = new("--max-memory") { Description = "Memory allowed per worker process (e.g. 2G, 1500M); a worker past it is killed and its document fails as out-of-memory", DefaultValueFactory = _ => "2G" };
    public Option<bool> NoIsolation { get; } = new("--no-isolation") { Description = "Read documents in this process instead of worker processes (debugging: a crash then stops the run)" };

    /// <summary>Reads a --max-memory value (at least 64M); null when it is fine, else the error to print.</summary>
    public static string? CheckMaxMemory(string value, out long bytes) =>
        ByteSize.TryParse(value, out bytes) && bytes >= 64L * 1024 * 1024 ? null
            : $"--max-memory must be a size of at least 64M (such as 2G or 1500M), not '{value}'";

    public static LimitOptions Create()
    {
        var options = new LimitOptions();
        AtLeast(options.Jobs, 1, "--jobs must be at least 1");
        AtLeast(options.Timeout, double.Epsilon, "--timeout must be a positive number of seconds");
        AtLeast(options.MaxPages, 1, "--max-pages must be at least 1");
        AtLeast(options.MaxBytes, 1, "--max-bytes must be at least 1");
        return options;
    }

    /// <summary>Checks the value as typed: a token that is not a number is already System.CommandLine's parse error.</summary>
    internal static void AtLeast<T>(Option<T> option, double minimum, string message) =>
        option.Validators.Add(r =>
        {
            if (r.Tokens.Count == 0 || !double.TryParse(r.Tokens[^1].Value, System.Globalization.CultureInfo.InvariantCulture, out var value)) return;
            if (value < minimum) r.AddError($"{message}, not {r.Tokens[^1].Value}");
        });

    public void AddTo(Command command)
    {
        command.Options.Add(Jobs);
        command.Options.Add(Timeout);
        command.Options.Add(MaxPages);
        command.Options.Add(MaxBytes);
        command.Options.Add(MaxMemory);
        command.Options.Add(NoIsolation);
    }

    public IngestLimits Read(ParseResult r) => new()
    {
        Timeout = TimeSpan.FromSeconds(r.GetValue(Timeout)),
        MaxPages = r.GetValue(MaxPages),
        MaxBytes = r.GetValue(MaxBytes),
    };
}
