using System.Reflection;

namespace Pipeline.Vocabulary;

/// <summary>
/// Reads a vocabulary data file shipped inside the assembly: one entry per line, tab-separated columns,
/// '#' starts a comment line. Vocabularies are data so that a new unit type or signer prefix is a one-line change.
/// </summary>
public static class VocabularyFile
{
    public static IReadOnlyList<string[]> Rows(string name)
    {
        using var stream = Open(name);
        using var reader = new StreamReader(stream);
        var rows = new List<string[]>();
        while (reader.ReadLine() is { } line)
        {
            if (line.Length == 0 || line.StartsWith('#')) continue;
            rows.Add(line.Normalize(System.Text.NormalizationForm.FormC).Split('\t'));
        }
        return rows;
    }

    /// <summary>
    /// The comparison mode a file declares in a <c># compare: tone|fold</c> comment line, or null when it declares none.
    /// </summary>
    public static string? CompareMode(string name)
    {
        using var reader = new StreamReader(Open(name));
        while (reader.ReadLine() is { } line && (line.Length == 0 || line.StartsWith('#')))
        {
            var at = line.IndexOf("compare:", StringComparison.Ordinal);
            if (at >= 0) return line[(at + "compare:".Length)..].Trim().Split(' ', ';')[0];
        }
        return null;
    }

    private static Stream Open(string name) =>
        Assembly.GetExecutingAssembly().GetManifestResourceStream("Vocabulary." + name)
            ?? throw new InvalidOperationException($"vocabulary file '{name}' is not embedded");

    public static IReadOnlyList<string> Lines(string name) => Rows(name).Select(r => r[0].Trim()).Where(s => s.Length > 0).ToList();
}
