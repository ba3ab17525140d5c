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
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("Vocabulary." + name)
            ?? throw new InvalidOperationException($"vocabulary file '{name}' is not embedded");
        using var reader = new StreamReader(stream);
        var rows = new List<string[]>();
        while (reader.ReadLine() is { } line)
        {
            if (line.Length == 0 || line.StartsWith('#')) continue;
            rows.Add(line.Normalize(System.Text.NormalizationForm.FormC).Split('\t'));
        }
        return rows;
    }

    public static IReadOnlyList<string> Lines(string name) => Rows(name).Select(r => r[0].Trim()).Where(s => s.Length > 0).ToList();
}
