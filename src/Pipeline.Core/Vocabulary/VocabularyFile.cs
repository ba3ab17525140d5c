namespace Pipeline.Vocabulary;

/// <summary>
/// Parses the lines of a vocabulary data file: one entry per line, tab-separated columns, '#' starts a comment
/// line. Vocabularies are data so that a new unit type or signer prefix is a one-line change. A pure helper.
/// </summary>
public static class VocabularyFile
{
    public static IReadOnlyList<string[]> Rows(IEnumerable<string> lines) =>
        lines.Where(l => l.Length > 0 && !l.StartsWith('#'))
            .Select(l => l.Normalize(System.Text.NormalizationForm.FormC).Split('\t'))
            .ToList();

    /// <summary>The first column of every row, trimmed, empty ones left out.</summary>
    public static IReadOnlyList<string> Entries(IEnumerable<string> lines) =>
        Rows(lines).Select(r => r[0].Trim()).Where(s => s.Length > 0).ToList();

    /// <summary>
    /// The comparison mode the file declares in a <c># compare: tone|fold</c> comment line, or null when it declares none.
    /// </summary>
    public static string? CompareMode(IEnumerable<string> lines)
    {
        foreach (var line in lines)
        {
            if (!(line.Length == 0 || line.StartsWith('#'))) break;
            var at = line.IndexOf("compare:", StringComparison.Ordinal);
            if (at >= 0) return line[(at + "compare:".Length)..].Trim().Split(' ', ';')[0];
        }
        return null;
    }
}
