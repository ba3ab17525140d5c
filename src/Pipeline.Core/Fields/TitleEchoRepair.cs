using System.Text.RegularExpressions;
using Pipeline.Roles;
using Pipeline.Text;

namespace Pipeline.Fields;

/// <summary>
/// The trích yếu sums up what the body says (Nghị định 30/2020/NĐ-CP, Phụ lục I), so its words are printed again in
/// the body's running text. OCR breaks marks in the short title line, often bold or in capitals ("NGUY HIẾM",
/// "nghĩ lê"), where the syllable model has too little context, while the body's lines keep them ("nguy hiểm"
/// three times). A pair of title words that the body never spells as the title does, but spells at least twice
/// one other way with the same letters, takes the body's marks. Tone placement (hoá/hóa) is no difference: a
/// typist's style is kept. Only recognised text is repaired (<see cref="FieldExtractor"/>).
/// </summary>
public static partial class TitleEchoRepair
{
    /// <summary>The body must print its spelling this often: one echo may be an OCR slip of its own.</summary>
    private const int MinEchoes = 2;

    /// <summary>The title with the body's marks, or null when nothing changes.</summary>
    public static string? Repair(RoledDocument doc, string title) =>
        Repair(title, doc.BodyTexts());

    public static string? Repair(string title, IEnumerable<string> bodyLines)
    {
        var spellings = PairSpellings(string.Join(' ', bodyLines));
        var words = Words(title);
        var fixedWords = new string?[words.Count];
        for (var i = 0; i + 1 < words.Count; i++)
        {
            if (words[i] is not { } a || words[i + 1] is not { } b) continue;
            if (!spellings.TryGetValue(VnText.Fold(a.Value + " " + b.Value), out var seen)) continue;
            if (seen.ContainsKey(VnText.ToneKey(a.Value + " " + b.Value))) continue;
            var ranked = seen.Values.OrderByDescending(s => s.Count).ToList();
            if (ranked[0].Count < MinEchoes || (ranked.Count > 1 && ranked[1].Count == ranked[0].Count)) continue;
            fixedWords[i] ??= Changed(a.Value, ranked[0].First);
            fixedWords[i + 1] ??= Changed(b.Value, ranked[0].Second);
        }
        if (fixedWords.All(w => w is null)) return null;
        var text = title;
        for (var i = words.Count - 1; i >= 0; i--)
            if (fixedWords[i] is { } w && words[i] is { } m) text = text[..m.Index] + w + text[(m.Index + m.Length)..];
        return text;
    }

    /// <summary>The body's spelling in the printed word's case, or null when only tone placement differs.</summary>
    private static string? Changed(string printed, string bodySpelling)
    {
        if (VnText.ToneKey(printed) == VnText.ToneKey(bodySpelling)) return null;
        if (VnText.IsUpper(printed, 1)) return bodySpelling.ToUpperInvariant();
        return char.IsUpper(printed[0]) ? char.ToUpperInvariant(bodySpelling[0]) + bodySpelling[1..] : bodySpelling;
    }

    /// <summary>Every adjacent pair of words in the text: its folded letters → each spelling (by tone key) and how often it is printed.</summary>
    private static Dictionary<string, Dictionary<string, (int Count, string First, string Second)>> PairSpellings(string text)
    {
        var pairs = new Dictionary<string, Dictionary<string, (int, string, string)>>(StringComparer.Ordinal);
        var words = Words(text);
        for (var i = 0; i + 1 < words.Count; i++)
        {
            if (words[i] is not { } a || words[i + 1] is not { } b) continue;
            var first = a.Value.ToLowerInvariant();
            var second = b.Value.ToLowerInvariant();
            var fold = VnText.Fold(first + " " + second);
            if (!pairs.TryGetValue(fold, out var seen)) pairs[fold] = seen = new Dictionary<string, (int, string, string)>(StringComparer.Ordinal);
            var key = VnText.ToneKey(first + " " + second);
            seen[key] = seen.TryGetValue(key, out var s) ? (s.Item1 + 1, s.Item2, s.Item3) : (1, first, second);
        }
        return pairs;
    }

    /// <summary>The text's tokens in order: a word of letters only, or null for anything else (a number, "N2O", a dash), which breaks a pair.</summary>
    private static List<Word?> Words(string text) =>
        [.. Token().Matches(text).Select(m => m.Groups["word"] is { Success: true } g ? new Word(g.Index, g.Length, g.Value) : (Word?)null)];

    private readonly record struct Word(int Index, int Length, string Value);

    // A token: optional opening punctuation, the letters, optional closing punctuation; anything else is not a word.
    [GeneratedRegex(@"[(""“'‘]*(?<word>\p{L}+)[)""”'’,.;:!?]*(?=\s|$)|\S+")]
    private static partial Regex Token();
}
