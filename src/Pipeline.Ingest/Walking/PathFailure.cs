namespace Pipeline.Ingestion.Walking;

/// <summary>
/// A path that failed before it could be read and hashed (a missing source, an unreadable folder, a link loop, a
/// name that is not UTF-8, something that is not a regular file): its status is keyed by the path.
/// </summary>
public sealed record PathFailure(string Path, ErrorInfo Error);
