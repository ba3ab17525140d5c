using Pipeline.Text;

namespace Pipeline.Vocabulary;

/// <summary>
/// A closed set of printed forms (signer positions, issuing bodies, provinces, document types) used to repair
/// what OCR breaks: a value within a small edit distance of exactly one entry, compared after folding tones and
/// marks ("PHO CHỦ TICH" → "Phó Chủ tịch"), is replaced by that entry; a value near none, or near two, keeps its
/// printed form. The distance allowed grows with the length: 0 up to 5 letters, 1 up to 12, 2 beyond.
/// </summary>
public sealed class ClosedVocabulary
{
    private readonly List<(string Entry, string Folded, string Key)> _entries;

    public ClosedVocabulary(IEnumerable<string> entries) =>
        _entries = entries.Distinct().Select(e => (e, Folded(e), VnText.ToneKey(VnText.Squash(e)))).ToList();

    public int Count => _entries.Count;

    /// <summary>The entry the value stands for, or null when it is printed correctly already or is near no single entry.</summary>
    public string? Repair(string value)
    {
        var key = VnText.ToneKey(VnText.Squash(value)).Trim(' ', '.', ',', ';', ':');
        if (_entries.Any(e => e.Key == key)) return null;
        var folded = Folded(value);
        if (folded.Length == 0) return null;
        var allowed = folded.Length <= 5 ? 0 : folded.Length <= 12 ? 1 : 2;
        var near = _entries
            .Select(e => (e.Entry, Distance: Math.Abs(e.Folded.Length - folded.Length) > allowed ? int.MaxValue : VnText.Distance(e.Folded, folded)))
            .Where(e => e.Distance <= allowed)
            .ToList();
        if (near.Count == 0) return null;
        var best = near.Min(n => n.Distance);
        var winners = near.Where(n => n.Distance == best).Select(n => n.Entry).Distinct().ToList();
        return winners.Count == 1 && near.Count(n => n.Distance <= allowed) == winners.Count ? winners[0] : null;
    }

    /// <summary>The entry the value is printed as (the same letters and marks, any case), else <see cref="Repair"/>'s entry.</summary>
    public string? Resolve(string value)
    {
        var key = VnText.ToneKey(VnText.Squash(value)).Trim(' ', '.', ',', ';', ':');
        return _entries.FirstOrDefault(e => e.Key == key).Entry ?? Repair(value);
    }

    /// <summary>
    /// A name of several words inside a longer value (an archive's "Văn phòng Tình ủy") whose letters, marks and tones
    /// folded, are exactly those of one entry but whose marks are not: replaced by the entry. Only entries of two words or
    /// more and only an exact folded match, since a word alone ("Tình") is too often another word; punctuation after the
    /// name stays. Null when nothing changed.
    /// </summary>
    public string? RepairWithin(string value)
    {
        var words = value.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var changed = false;
        foreach (var (entry, folded, key) in _entries.OrderByDescending(e => e.Entry.Length))
        {
            var count = entry.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;
            if (count < 2) continue;
            for (var i = 0; i + count <= words.Length; i++)
            {
                var last = words[i + count - 1];
                var end = last.Length;
                while (end > 0 && !char.IsLetterOrDigit(last[end - 1])) end--;
                var window = string.Join(' ', words[i..(i + count - 1)].Append(last[..end]));
                if (window.Any(c => !char.IsLetter(c) && c != ' ') || Folded(window) != folded) continue;
                if (VnText.ToneKey(window) == key) continue;
                words[i] = entry + last[end..];
                for (var k = i + 1; k < i + count; k++) words[k] = "";
                words = words.Where(w => w.Length > 0).ToArray();
                changed = true;
            }
        }
        return changed ? string.Join(' ', words) : null;
    }

    /// <summary>Fewer letters than this end too many entries to stand for one (a stray "NG" under a stamp).</summary>
    public const int MinTailLetters = 5;

    /// <summary>
    /// The one admitted entry a fragment is the end of, when OCR lost a value's first letters under a stamp ("UTỊCH"
    /// for "CHỦ TỊCH"): the fragment's folded letters, spaces left out, end exactly one admitted entry that is longer.
    /// Null for a value that is an entry already, for fewer than <see cref="MinTailLetters"/> letters, or for a tail
    /// that two admitted entries share.
    /// </summary>
    public string? RepairTail(string value, Func<string, bool> admitted)
    {
        var key = VnText.ToneKey(VnText.Squash(value)).Trim(' ', '.', ',', ';', ':');
        if (_entries.Any(e => e.Key == key)) return null;
        var tail = Letters(value);
        if (tail.Length < MinTailLetters) return null;
        var ends = _entries
            .Where(e => Letters(e.Entry) is var letters && letters.Length > tail.Length && letters.EndsWith(tail, StringComparison.Ordinal) && admitted(e.Entry))
            .Select(e => e.Entry).Distinct().ToList();
        return ends.Count == 1 ? ends[0] : null;
    }

    private static string Letters(string s) => new(Folded(s).Where(char.IsLetterOrDigit).ToArray());

    private static string Folded(string s)
    {
        var f = VnText.Fold(s);
        var chars = f.Select(c => char.IsLetterOrDigit(c) ? c : ' ').ToArray();
        return VnText.Squash(new string(chars)).Trim();
    }
}
