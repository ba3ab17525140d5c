using System.Text;

namespace Pipeline.Fields;

/// <summary>
/// The archive entry after "Lưu:" (VT, the drafting unit's abbreviations, a copy count, the typist's initials) as
/// printed, without what OCR read into the blank beside it: a signature's stroke or a seal's rim comes out as
/// characters no entry holds ("Văn phòng Trung ương Đảng. &lt;Ỹ`.ưF_“", "VT, QLCS.(Ð b) „4y") or as lower-case
/// fragments and fractions after the copy count ("VT, TTKT (3b)z he Ab Coy", "VT, ĐMDN (2b).KN 4/8").
/// What a typist writes after the count — initials or a name, each word capitalised ("(2b). Trung Anh",
/// "(2)Q.Cường") — is kept.
/// </summary>
public static class ArchiveEntry
{
    public static string? Clean(string? content)
    {
        if (content is null) return null;
        var text = content.Trim();
        var cut = text.Length;
        for (var i = 0; i < text.Length; i++)
            if (!Belongs(text[i])) { cut = i; break; }
        // A bracket the cut left open ("VT, QLCS.(") goes with what it opened; one the typist left open stays ("VT, CN(M.Cường").
        text = cut < text.Length ? TrimOpenBracket(text[..cut]) : text;
        text = AfterCopyCount(text).Trim().TrimEnd('.', ';', ',', ':', '-').Trim();
        return text.Length == 0 ? null : text;
    }

    /// <summary>Letters of Vietnamese writing (Latin base letters, đ, the vowels' marks), digits and the punctuation an entry uses.</summary>
    private static bool Belongs(char c)
    {
        if (char.IsDigit(c) || c is ' ' or ',' or '.' or ';' or ':' or '(' or ')' or '-' or '/' or '&' or '+') return true;
        if (!char.IsLetter(c)) return false;
        var decomposed = c.ToString().Normalize(NormalizationForm.FormD);
        var letter = char.ToLowerInvariant(decomposed[0]);
        if (letter is not (>= 'a' and <= 'z' or 'đ')) return false;
        return decomposed.Skip(1).All(VietnameseMarks.Contains);
    }

    // Tones (huyền, sắc, ngã, hỏi, nặng), circumflex, breve, horn.
    private const string VietnameseMarks = "\u0300\u0301\u0303\u0309\u0323\u0302\u0306\u031B";

    /// <summary>After the last copy count ("(2b)", "(03)"), the words kept are capitalised ones: initials or a name.</summary>
    private static string AfterCopyCount(string text)
    {
        var close = text.LastIndexOf(')');
        if (close < 0 || close == text.Length - 1) return text;
        var open = text.LastIndexOf('(', close);
        if (open < 0 || !text[(open + 1)..close].Any(char.IsDigit)) return text;
        // The first word, after the count, that does not open with a capital ends the entry; punctuation alone is kept.
        for (var i = close + 1; i < text.Length; i++)
        {
            var startsWord = i == close + 1 || text[i - 1] is ' ' or '.' or ',' or ';';
            if (!startsWord || !char.IsLetterOrDigit(text[i])) continue;
            if (!char.IsUpper(text[i])) return text[..i].TrimEnd();
            while (i + 1 < text.Length && text[i + 1] != ' ') i++;
        }
        return text;
    }

    private static string TrimOpenBracket(string text)
    {
        var open = text.LastIndexOf('(');
        return open >= 0 && text.IndexOf(')', open) < 0 ? text[..open] : text;
    }
}
