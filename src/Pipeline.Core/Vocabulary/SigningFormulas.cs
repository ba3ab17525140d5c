using Pipeline.Text;

namespace Pipeline.Vocabulary;

/// <summary>
/// The prefixes of a signing formula (TM., KT., TL., TUQ., Q.) in every printed variant of signer-prefixes.tsv: the one
/// matcher of a line that opens with one, for the role stage and for the cell splitter that finds a signature run onto
/// one line.
/// </summary>
public sealed class SigningFormulas(IReadOnlyList<(string Variant, string Canonical)> prefixes)
{
    /// <summary>Where formulas open inside a run of capitals ("TM. ỦY BAN NHÂN DÂN KT. CHỦ TỊCH" → 0, 21): at word starts.</summary>
    public IEnumerable<int> Starts(string text)
    {
        for (var i = 0; i < text.Length; i++)
            if ((i == 0 || !char.IsLetter(text[i - 1])) && char.IsLetter(text[i]) && Match(text[i..]) is not null) yield return i;
    }

    /// <summary>
    /// The canonical prefix whose dot a printed prefix lacks ("TM" → "TM.", "KT" → "KT."), else null: T/M and K/T are
    /// printed forms of their own. For recognised text only, where the dot is the mark OCR loses first.
    /// </summary>
    public string? Dotted(string printed) =>
        prefixes.Select(p => p.Canonical).FirstOrDefault(c => c.EndsWith('.') && c.Length > 2 && string.Equals(c[..^1], printed, StringComparison.OrdinalIgnoreCase));

    /// <summary>
    /// The prefix <paramref name="text"/> opens with, as printed (with its dot), and the post after it in capitals; null
    /// when it opens with none or the rest is not a post ("TM" starting a word, "Q.Thanh" a name).
    /// </summary>
    public (string Prefix, string Post)? Match(string text)
    {
        var t = text.TrimStart('*', ' ');
        // The prefix is kept as printed (T/M and TM. are both in use); the canonical form only groups the variants.
        foreach (var (variant, _) in prefixes)
        {
            if (!t.StartsWith(variant, StringComparison.OrdinalIgnoreCase)) continue;
            var rest = t[variant.Length..];
            // "TM" must be followed by a separator or a space and an upper-case word, not be the start of a word.
            if (rest.Length > 0 && char.IsLetter(rest[0]) && !variant.EndsWith('.') && !variant.EndsWith('/')) continue;
            // A one-letter prefix ("Q.") must be followed by a space: "Q.Thanh" is a name.
            if (variant.TrimEnd('.').Length == 1 && (rest.Length == 0 || !char.IsWhiteSpace(rest[0]))) continue;
            var printed = t[..variant.Length];
            if (rest.StartsWith('.') && !printed.EndsWith('.')) printed += ".";
            rest = rest.TrimStart('.', ':', ' ');
            if (rest.Length == 0 || !VnText.IsUpper(rest, 2)) continue;
            return (printed.ToUpperInvariant(), rest.Trim());
        }
        return null;
    }
}
