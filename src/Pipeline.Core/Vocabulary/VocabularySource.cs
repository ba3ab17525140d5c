using System.Reflection;

namespace Pipeline.Vocabulary;

/// <summary>
/// Where a <see cref="Vocab"/> reads its data files from: the files embedded in this assembly, or those with some
/// replaced by given lines (a test's three-entry position list, a profile's own document types).
/// </summary>
public sealed class VocabularySource
{
    private readonly IReadOnlyDictionary<string, IReadOnlyList<string>> _replaced;

    private VocabularySource(IReadOnlyDictionary<string, IReadOnlyList<string>> replaced) => _replaced = replaced;

    /// <summary>The data files shipped in <c>Vocabulary/Data</c>.</summary>
    public static VocabularySource Embedded { get; } = new(new Dictionary<string, IReadOnlyList<string>>());

    /// <summary>
    /// The embedded files with <paramref name="files"/> (file name → its lines, header comments included) in place of
    /// the embedded ones of the same name.
    /// </summary>
    public VocabularySource With(IReadOnlyDictionary<string, IReadOnlyList<string>> files)
    {
        var merged = new Dictionary<string, IReadOnlyList<string>>(_replaced, StringComparer.Ordinal);
        foreach (var (name, lines) in files) merged[name] = lines;
        return new(merged);
    }

    /// <summary>The embedded files with the files of a folder (<c>*.txt</c>, <c>*.tsv</c>) in place of those of the same name.</summary>
    public VocabularySource WithFolder(string folder) =>
        With(Directory.EnumerateFiles(folder).Where(f => f.EndsWith(".txt", StringComparison.Ordinal) || f.EndsWith(".tsv", StringComparison.Ordinal))
            .ToDictionary(f => Path.GetFileName(f), f => (IReadOnlyList<string>)File.ReadAllLines(f), StringComparer.Ordinal));

    /// <summary>The raw lines of a data file, comments included.</summary>
    public IReadOnlyList<string> Lines(string name)
    {
        if (_replaced.TryGetValue(name, out var lines)) return lines;
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("Vocabulary." + name)
            ?? throw new InvalidOperationException($"vocabulary file '{name}' is not embedded");
        using var reader = new StreamReader(stream);
        var read = new List<string>();
        while (reader.ReadLine() is { } line) read.Add(line);
        return read;
    }
}
