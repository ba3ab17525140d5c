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
    /// Where a formula opens glued to the capital letter before it ("TM. CHÍNH PHỦKT. THỦ TƯỚNG" → at "KT."), as a scrape that
    /// stripped the line breaks leaves it. Only prefixes printed with their dot or slash count: a bare "TM" inside a word is
    /// part of it ("TMĐT").
    /// </summary>
    public IEnumerable<int> GluedStarts(string text)
    {
        var wordStart = 0;
        for (var i = 1; i < text.Length; i++)
        {
            if (char.IsWhiteSpace(text[i - 1])) wordStart = i;
            if (!char.IsUpper(text[i - 1]) || !char.IsUpper(text[i])) continue;
            if (!prefixes.Any(p => (p.Variant.EndsWith('.') || p.Variant.Contains('/')) && text.AsSpan(i).StartsWith(p.Variant, StringComparison.Ordinal))) continue;
            // Inside the word's own prefix ("Q." of "TUQ.") is no glue.
            if (Match(text[wordStart..]) is { } own && wordStart + own.Prefix.Length > i) continue;
            if (Match(text[i..]) is not null) yield return i;
        }
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
