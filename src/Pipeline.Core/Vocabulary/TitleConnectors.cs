namespace Pipeline.Vocabulary;

/// <summary>
/// The words after which a title goes on (title-connectors.txt: "của", "và", "với", a hyphen or a comma): a body named
/// after one of them belongs to the title, not to the enacting authority printed under it. One test for the line stage
/// (a title line over a capitalised line) and the cell splitter (a scrape's run of capitals).
/// </summary>
public sealed class TitleConnectors(PatternList words)
{
    public static TitleConnectors Load(VocabularySource source) => new(PatternList.Load(source, "title-connectors.txt"));

    /// <summary>True when <paramref name="text"/> ends with a connecting word, or with a comma or hyphen glued to its last word ("… KHÓ KHĂN,").</summary>
    public bool End(string text)
    {
        var t = text.TrimEnd('*', ' ');
        return t.Length > 0 && (words.IsOne(t[^1..]) || words.IsOne(t.Split(' ')[^1]));
    }
}
