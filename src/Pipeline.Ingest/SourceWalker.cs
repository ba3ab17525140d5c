using Pipeline.Sources;

namespace Pipeline.Ingestion;

/// <summary>
/// Lists the files to ingest: named files as given, folders recursively, in ordinal path order so every
/// run (and every shard) meets the files in the same order — the first path of duplicated content is
/// then always the same one. Files inside the output folder are never inputs.
/// </summary>
public static class SourceWalker
{
    public static List<InputFile> List(IEnumerable<string> sources, string outDir, Action<string> missing)
    {
        var outFull = Path.GetFullPath(outDir).TrimEnd(Path.DirectorySeparatorChar) + Path.DirectorySeparatorChar;
        var files = new List<InputFile>();
        foreach (var source in sources)
        {
            if (File.Exists(source)) { files.Add(new InputFile(source, new FileInfo(source).Length)); continue; }
            if (!Directory.Exists(source)) { missing(source); continue; }
            var found = new DirectoryInfo(source)
                .EnumerateFiles("*", new EnumerationOptions { RecurseSubdirectories = true, IgnoreInaccessible = true, AttributesToSkip = FileAttributes.System })
                .Where(f => SourceReaders.KnownExtensions.Contains(f.Extension))
                .Where(f => !f.FullName.StartsWith(outFull, StringComparison.Ordinal))
                .Select(f => new InputFile(Path.Combine(source, Path.GetRelativePath(source, f.FullName)), f.Length))
                .OrderBy(f => f.Path, StringComparer.Ordinal);
            files.AddRange(found);
        }
        return files;
    }
}
