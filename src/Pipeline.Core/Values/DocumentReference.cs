using System.Text.RegularExpressions;

namespace Pipeline.Values;

/// <summary>
/// Số và ký hiệu: "194/TB-UBND", Party style "600-TB/TU", with the year "12/2025/NQ-HĐND", or with the
/// number left blank "/TB-VPUBND".
/// </summary>
/// <param name="Number">The number, or null when printed blank.</param>
/// <param name="Symbol">The reference minus the number and its separator.</param>
/// <param name="Reference">As printed, spaces removed.</param>
public sealed partial record DocumentReference(string? Number, string? Symbol, string Reference)
{
    /// <summary>Parses the text after "Số". Returns null when nothing that looks like a reference is there.</summary>
    public static DocumentReference? Parse(string printed)
    {
        var s = Regex.Replace(printed, @"\s+", "").Trim('.', ',', ';', '*');
        s = s.TrimStart(':');
        if (s.Length == 0) return null;
        // A handwritten number OCR could not read ("†0X/QĐ-TTg", "3ƒ_/2026/TT-BCA") leaves marks no number has:
        // the number is unknown, the printed symbol after the slash still stands.
        var slash = s.IndexOf('/');
        if (slash > 0 && IsUnreadableNumber(s[..slash]) && Shape().Match(s[(slash + 1)..]) is { Success: true } after)
            return new DocumentReference(null, after.Value, "/" + after.Value);
        var m = Shape().Match(s);
        if (!m.Success) return null;
        var number = m.Groups["number"].Success && m.Groups["number"].Length > 0 ? m.Groups["number"].Value : null;
        var symbol = m.Groups["symbol"].Value;
        var reference = m.Value;
        return new DocumentReference(number, symbol.Length > 0 ? symbol : null, reference);
    }

    /// <summary>The issuing-body code: the part after the last '-' of the symbol ("TB-UBND" → "UBND", "TB/TU" → "TU").</summary>
    public string? IssuerCode
    {
        get
        {
            if (Symbol is null) return null;
            var parts = Symbol.Split('-', '/');
            return Symbol.Contains('-') ? Symbol[(Symbol.LastIndexOf('-') + 1)..] : parts[^1];
        }
    }

    /// <summary>The document-type code inside the symbol ("TB-UBND" → "TB", "2025/NQ-HĐND" → "NQ", "TB/TU" → "TB").</summary>
    public string? TypeCode
    {
        get
        {
            if (Symbol is null) return null;
            var parts = Symbol.Split('-', '/').Where(p => p.Length > 0 && !p.All(char.IsDigit)).ToList();
            return parts.Count >= 2 ? parts[0] : null;
        }
    }

    /// <summary>
    /// A number slot no number has: a mark that is neither letter nor digit, or digits mixed with letters other than one
    /// final suffix letter ("4Ÿ" for a handwritten 2338, QĐ-2338's scan). A Party-style slot ("600-TB", "05-QĐ") holds
    /// its type code after a hyphen and is no number slot.
    /// </summary>
    private static bool IsUnreadableNumber(string slot) =>
        UnreadableNumber().IsMatch(slot) || !slot.Contains('-') && slot.Any(char.IsDigit) && slot.Any(char.IsLetter) && !NumberWithSuffix().IsMatch(slot);

    [GeneratedRegex(@"[^\p{L}\d.&-]")] private static partial Regex UnreadableNumber();
    [GeneratedRegex(@"^\d+(\.\d+)?[a-zA-Z]?$")] private static partial Regex NumberWithSuffix();

    // A number may carry a dotted sub-number ("66.12/2026/NQ-CP": the Government's numbered series of resolutions).
    [GeneratedRegex(@"^(?<number>\d{1,6}(?:\.\d{1,3}(?=[/-]))?[a-zA-Z]?)?(?:[/-])?(?<symbol>[\p{L}\d][\p{L}\d./&-]*[\p{L}\d])")]
    private static partial Regex Shape();
}
