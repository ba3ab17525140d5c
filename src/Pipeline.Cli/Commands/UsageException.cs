namespace Pipeline.Cli.Commands;

/// <summary>Bad arguments found while running a command (a --models folder with no models …): exit 64, one line, no trace.</summary>
public sealed class UsageException(string message) : Exception(message);
