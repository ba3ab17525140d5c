namespace Pipeline.Ingestion;

/// <summary>A file found under the sources, with its size as listed (before it is hashed or read).</summary>
public sealed record InputFile(string Path, long Length);
