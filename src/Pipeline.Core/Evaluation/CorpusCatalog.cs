namespace Pipeline.Evaluation;

/// <summary>
/// corpus/catalog.tsv: for every input (path relative to corpus/), its split (dev/test), rendering (markdown-table,
/// layout, html, docx, doc, pdf, scan …), level (central, province, district, commune) and branch (state/party).
/// The evaluation reports per rendering and per level from it.
/// </summary>
public sealed class CorpusCatalog
{
    public sealed record Entry(string Path, string Split, string Rendering, string Level, string Branch);

    private readonly Dictionary<string, Entry> _byPath;

    private CorpusCatalog(Dictionary<string, Entry> byPath) => _byPath = byPath;

    public static CorpusCatalog Empty { get; } = new(new Dictionary<string, Entry>());

    /// <summary>Reads the catalog, or an empty one when the file does not exist.</summary>
    public static CorpusCatalog Load(string path)
    {
        if (!File.Exists(path)) return Empty;
        var entries = new Dictionary<string, Entry>(StringComparer.Ordinal);
        foreach (var line in File.ReadLines(path))
        {
            if (line.StartsWith('#') || line.StartsWith("path\t", StringComparison.Ordinal)) continue;
            var f = line.Split('\t');
            if (f.Length < 5) continue;
            entries[f[0]] = new Entry(f[0], f[1], f[2], f[3], f[4]);
        }
        return new CorpusCatalog(entries);
    }

    /// <summary>Every input of the catalog.</summary>
    public IEnumerable<Entry> Entries => _byPath.Values;

    /// <summary>The entry of an input, by its path relative to the corpus root ('/' separated).</summary>
    public Entry? Find(string relativePath) => _byPath.GetValueOrDefault(relativePath.Replace('\\', '/'));
}
