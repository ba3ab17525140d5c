using Pipeline.Sources;

namespace Pipeline.Cli.Commands;

/// <summary>Expands the command line's files and folders (recursively) into the inputs to process, in a stable order.</summary>
public static class InputWalker
{
    public static IEnumerable<string> Expand(IEnumerable<string> paths, Action<string> missing)
    {
        foreach (var path in paths)
        {
            if (File.Exists(path)) { yield return path; continue; }
            if (!Directory.Exists(path)) { missing(path); continue; }
            foreach (var file in Directory.EnumerateFiles(path, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
                if (SourceReaders.KnownExtensions.Contains(Path.GetExtension(file)) && !IsOutputFile(file)) yield return file;
        }
    }

    private static bool IsOutputFile(string file) => file.EndsWith(".json", StringComparison.OrdinalIgnoreCase);
}
