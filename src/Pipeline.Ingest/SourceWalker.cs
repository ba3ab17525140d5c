using System.Text;
using Pipeline.Ingestion.Walking;
using Pipeline.Sources;

namespace Pipeline.Ingestion;

/// <summary>
/// Lists the files to ingest: named files as given, folders recursively, in ordinal path order so every
/// run (and every shard) meets the files in the same order — the first path of duplicated content is
/// then always the same one. Files inside the output folder are never inputs.
/// Names are read as bytes and folders known by device and inode, so that every path ends either listed or as
/// a failure: a name that is not UTF-8 (reported with its bytes escaped, \xFF), a folder that cannot be opened,
/// a folder link leading back to a folder above it (not followed: the walk would never end), a broken link,
/// something that is not a regular file (a pipe would block the reader for ever).
/// </summary>
public static class SourceWalker
{
    private static readonly UTF8Encoding StrictUtf8 = new(false, throwOnInvalidBytes: true);

    public static List<InputFile> List(IEnumerable<string> sources, string outDir, Action<PathFailure> failed)
    {
        var output = Posix.Stat(Encoding.UTF8.GetBytes(Path.GetFullPath(outDir)), out _);
        var files = new List<InputFile>();
        foreach (var source in sources)
        {
            var found = new List<InputFile>();
            new Walk(found, failed, output is { } o ? (o.Device, o.Inode) : null).Source(source);
            files.AddRange(found.OrderBy(f => f.Path, StringComparer.Ordinal));
        }
        return files;
    }

    private sealed class Walk(List<InputFile> found, Action<PathFailure> failed, (ulong, ulong)? outputFolder)
    {
        private readonly HashSet<(ulong, ulong)> _visited = [];
        private readonly Dictionary<(ulong, ulong), string> _ancestors = [];

        public void Source(string source)
        {
            var bytes = Encoding.UTF8.GetBytes(source);
            if (Posix.Stat(bytes, out var error) is not { } stat)
            {
                failed(new PathFailure(source, new ErrorInfo("missing", $"no such file or folder ({error})")));
                return;
            }
            if ((stat.Mode & Posix.ModeTypeMask) == Posix.ModeDirectory) Folder(source, bytes, stat.Device, stat.Inode);
            else Entry(source, stat, named: true);
        }

        private void Folder(string path, byte[] bytes, ulong device, ulong inode)
        {
            var id = (device, inode);
            if (id == outputFolder) return;
            if (_ancestors.TryGetValue(id, out var above))
            {
                failed(new PathFailure(path, new ErrorInfo("link-loop", $"a folder link leading back to {above}: not followed (the walk would never end)")));
                return;
            }
            if (!_visited.Add(id)) return; // reached again through another link: its files are listed already
            if (Posix.ReadDirectory(bytes, out var error) is not { } names)
            {
                failed(new PathFailure(path, new ErrorInfo("unreadable", $"the folder cannot be read ({error}); its files are not ingested")));
                return;
            }
            _ancestors[id] = path;
            names.Sort((x, y) => x.AsSpan().SequenceCompareTo(y)); // the same walk, so the same loop report, every run
            foreach (var name in names)
            {
                var childBytes = Join(bytes, name);
                string child;
                try { child = Join(path, StrictUtf8.GetString(name)); }
                catch (DecoderFallbackException)
                {
                    failed(new PathFailure(Join(path, Escaped(name)), new ErrorInfo("invalid-name",
                        "the name is not UTF-8 (shown with its bytes escaped); rename the file to ingest it")));
                    continue;
                }
                if (Posix.Stat(childBytes, out var statError) is not { } stat)
                {
                    if (SourceReaders.KnownExtensions.Contains(Path.GetExtension(child)))
                        failed(new PathFailure(child, new ErrorInfo("broken-link", $"the link leads nowhere ({statError})")));
                    continue;
                }
                if ((stat.Mode & Posix.ModeTypeMask) == Posix.ModeDirectory) Folder(child, childBytes, stat.Device, stat.Inode);
                else Entry(child, stat, named: false);
            }
            _ancestors.Remove(id);
        }

        private void Entry(string path, (int Mode, long Size, ulong Device, ulong Inode) stat, bool named)
        {
            if (!named && !SourceReaders.KnownExtensions.Contains(Path.GetExtension(path))) return;
            if ((stat.Mode & Posix.ModeTypeMask) != Posix.ModeRegular)
                failed(new PathFailure(path, new ErrorInfo("unsupported", "not a regular file (a pipe, socket or device): not read")));
            else
                found.Add(new InputFile(path, stat.Size));
        }

        private static string Join(string folder, string name) => folder.EndsWith('/') ? folder + name : folder + "/" + name;

        private static byte[] Join(byte[] folder, byte[] name) =>
            folder.Length > 0 && folder[^1] == (byte)'/' ? [.. folder, .. name] : [.. folder, (byte)'/', .. name];

        /// <summary>The name with every byte outside printable ASCII (and the backslash) written as \xNN.</summary>
        private static string Escaped(byte[] name)
        {
            var text = new StringBuilder();
            foreach (var b in name)
                text.Append(b is >= 0x20 and < 0x7F && b != (byte)'\\' ? ((char)b).ToString() : $"\\x{b:X2}");
            return text.ToString();
        }
    }
}
