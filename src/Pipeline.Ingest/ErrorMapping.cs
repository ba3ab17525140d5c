using Pipeline.Sources;

namespace Pipeline.Ingestion;

/// <summary>Turns what a document's processing threw into the status record's code and one-line message.</summary>
public static class ErrorMapping
{
    public static ErrorInfo From(Exception e) => e switch
    {
        SourceException s => new(s.Code, s.Message),
        TimeoutException t => new("timeout", t.Message),
        FileNotFoundException or DirectoryNotFoundException => new("missing", $"the file disappeared during the run: {e.Message}"),
        IOException or UnauthorizedAccessException => new("io", e.Message),
        OutOfMemoryException => new("out-of-memory", "the document exhausted the memory allowed (--max-memory)"),
        InsufficientExecutionStackException => new("resources", $"{e.GetType().Name}: the document nests too deeply"),
        _ => new("internal", $"{e.GetType().Name}: {FirstLine(e.Message)}"),
    };

    private static string FirstLine(string message)
    {
        var line = message.Split('\n', 2)[0].Trim();
        return line.Length > 200 ? line[..200] + "…" : line;
    }
}
