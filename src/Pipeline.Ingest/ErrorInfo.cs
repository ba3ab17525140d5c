namespace Pipeline.Ingestion;

/// <summary>Why a document failed: a short machine code (<c>timeout</c>, <c>encrypted</c>, <c>too-large</c> …) and one line for people.</summary>
public sealed record ErrorInfo(string Code, string Message);
