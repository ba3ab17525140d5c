using Microsoft.Data.Sqlite;

namespace Pipeline.Cli.Commands.Ingest;

/// <summary>A full disk (or quota), however it surfaces: SQLite's SQLITE_FULL, or an I/O error carrying ENOSPC or EDQUOT.</summary>
public static class NoSpace
{
    private const int SqliteFull = 13, Enospc = 28, Edquot = 122;

    public static bool Is(Exception e) => e switch
    {
        SqliteException s => s.SqliteErrorCode == SqliteFull,
        IOException io => io.HResult is Enospc or Edquot || io.Message.Contains("No space left", StringComparison.Ordinal),
        _ => e.InnerException is { } inner && Is(inner),
    };
}
