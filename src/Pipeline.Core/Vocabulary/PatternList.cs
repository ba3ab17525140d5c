using System.Text.RegularExpressions;
using Pipeline.Text;

namespace Pipeline.Vocabulary;

/// <summary>
/// A vocabulary of phrases that need a little grammar (a number after a word, OCR variants of a mark): one
/// regular-expression alternative per line of its data file, compared in the space its header declares:
/// <c># compare: fold</c> (lower case, marks and đ folded, <see cref="VnText.Fold(string)"/>),
/// <c># compare: printed</c> (the text as printed, case kept) or <c># compare: caseless</c> (as printed, case ignored).
/// The words stay data; the code only asks whether a text opens with, or contains, one of them, or puts
/// <see cref="Alternation"/> into a pattern of its own grammar (a numeral after a division word).
/// </summary>
public sealed class PatternList
{
    private readonly bool _fold;
    private readonly Regex _opening;
    private readonly Regex _anywhere;
    private readonly Regex _whole;

    private PatternList(IReadOnlyList<string> alternatives, string mode)
    {
        _fold = mode == "fold";
        Alternatives = alternatives;
        Alternation = "(?:" + string.Join('|', alternatives) + ")";
        Options = RegexOptions.CultureInvariant | RegexOptions.Compiled | (mode == "caseless" ? RegexOptions.IgnoreCase : RegexOptions.None);
        _opening = new Regex("^" + Alternation, Options);
        _anywhere = new Regex(Alternation, Options);
        _whole = new Regex("^" + Alternation + "$", Options);
    }

    public IReadOnlyList<string> Alternatives { get; }

    /// <summary>The alternatives as one non-capturing group, to compose into a pattern with the same <see cref="Options"/>.</summary>
    public string Alternation { get; }

    public RegexOptions Options { get; }

    /// <summary>Loads a pattern file, refusing one whose header declares no mode or another than fold or printed.</summary>
    public static PatternList Load(VocabularySource source, string file)
    {
        var lines = source.Lines(file);
        var mode = VocabularyFile.CompareMode(lines);
        if (mode is not ("fold" or "printed" or "caseless"))
            throw new InvalidDataException($"vocabulary file {file}: a pattern list must declare '# compare: fold', 'printed' or 'caseless', not '{mode}'");
        return new PatternList(VocabularyFile.Rows(lines).Select(r => r[0]).Where(s => s.Length > 0).ToList(), mode);
    }

    /// <summary>
    /// Loads a pattern table: rows of a group name and an alternative (<c>day\ttruoc</c>), one list per group in the
    /// order the rows give, all compared in the mode the file declares.
    /// </summary>
    public static PatternTable LoadGroups(VocabularySource source, string file)
    {
        var lines = source.Lines(file);
        var mode = VocabularyFile.CompareMode(lines);
        if (mode is not ("fold" or "printed" or "caseless"))
            throw new InvalidDataException($"vocabulary file {file}: a pattern table must declare '# compare: fold', 'printed' or 'caseless', not '{mode}'");
        var rows = VocabularyFile.Rows(lines).Where(r => r.Length >= 2 && r[1].Length > 0).ToList();
        return new PatternTable(file, rows.GroupBy(r => r[0].Trim()).ToDictionary(g => g.Key, g => new PatternList(g.Select(r => r[1]).ToList(), mode)));
    }

    /// <summary>The text in the space the patterns are written in (folded, or as printed).</summary>
    public string Key(string text) => _fold ? VnText.Fold(text) : text;

    /// <summary>True when <paramref name="text"/> is one of the phrases, whole.</summary>
    public bool IsOne(string text) => _whole.IsMatch(Key(text));

    /// <summary>True when <paramref name="text"/> opens with one of the phrases.</summary>
    public bool OpensWith(string text) => _opening.IsMatch(Key(text));

    /// <summary>The first phrase in <paramref name="text"/>, at the offsets of the printed text (NFC).</summary>
    public Match Find(string text) => _anywhere.Match(_fold ? VnText.FoldAligned(text) : text);
}
