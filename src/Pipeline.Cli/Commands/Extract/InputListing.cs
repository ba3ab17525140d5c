using Pipeline.Sources;

namespace Pipeline.Cli.Commands.Extract;

/// <summary>An input to extract: its path as found, the path relative to the root it was found under (source.path), its size.</summary>
public sealed record ExtractInput(string Path, string RelativePath, long Bytes);

/// <summary>
/// The command line's files and folders expanded, in a stable order: arguments in the order given, each
/// folder's files (recursively) in ordinal path order. A file named on the command line is always an input
/// (its reader says if it cannot read it); in a folder, files of a type no reader takes are listed as
/// unsupported rather than passed over in silence. Hidden files and the output folder are not inputs.
/// </summary>
public sealed record InputListing(IReadOnlyList<ExtractInput> Files, IReadOnlyList<string> Missing, IReadOnlyList<string> Unsupported)
{
    public static InputListing List(IEnumerable<string> paths, string? outDir)
    {
        var outFull = outDir is null ? null : Path.GetFullPath(outDir).TrimEnd(Path.DirectorySeparatorChar) + Path.DirectorySeparatorChar;
        var files = new List<ExtractInput>();
        var missing = new List<string>();
        var unsupported = new List<string>();
        foreach (var path in paths)
        {
            if (File.Exists(path)) { files.Add(new ExtractInput(path, Path.GetFileName(path), new FileInfo(path).Length)); continue; }
            if (!Directory.Exists(path)) { missing.Add(path); continue; }
            var found = new DirectoryInfo(path)
                .EnumerateFiles("*", new EnumerationOptions { RecurseSubdirectories = true, IgnoreInaccessible = true, AttributesToSkip = FileAttributes.System | FileAttributes.Hidden })
                .Where(f => outFull is null || !f.FullName.StartsWith(outFull, StringComparison.Ordinal))
                .Select(f => (File: f, Relative: Path.GetRelativePath(path, f.FullName)))
                .Where(f => !f.Relative.Split(Path.DirectorySeparatorChar).Any(part => part.StartsWith('.')))
                .OrderBy(f => f.Relative, StringComparer.Ordinal);
            foreach (var (file, relative) in found)
            {
                if (SourceReaders.KnownExtensions.Contains(file.Extension)) files.Add(new ExtractInput(Path.Combine(path, relative), relative, file.Length));
                else unsupported.Add(Path.Combine(path, relative));
            }
        }
        return new InputListing(files, missing, unsupported);
    }
}
