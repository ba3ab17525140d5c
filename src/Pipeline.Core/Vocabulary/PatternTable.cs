namespace Pipeline.Vocabulary;

/// <summary>
/// A pattern file split into named groups (<see cref="PatternList.LoadGroups"/>): deadline cues by kind, the parts of
/// the closing formula, the words around a unit. A group the code needs and the file lacks is an error naming both.
/// </summary>
public sealed class PatternTable(string file, IReadOnlyDictionary<string, PatternList> groups)
{
    public PatternList this[string group] => groups.TryGetValue(group, out var list) ? list
        : throw new InvalidDataException($"vocabulary file {file}: no '{group}' words");
}
