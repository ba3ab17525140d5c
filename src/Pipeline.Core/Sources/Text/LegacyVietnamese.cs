using System.Text;
using Pipeline.Sources.Pdf;

namespace Pipeline.Sources.Text;

/// <summary>
/// Vietnamese text from before Unicode (archives before 2001): Windows-1258 (a code page with combining tone
/// marks), and the font encodings TCVN3 (ABC, TCVN 5712:1993 VN3: one byte per precomposed letter, shown as
/// "Céng hoµ" when read as Windows-1252) and VNI (a base letter followed by a mark byte, "Coäng hoøa").
/// A font encoding survives a conversion to UTF-8 unchanged in its garbled form, so it is detected in decoded
/// text too. Detection converts with each candidate and keeps the one whose words are Vietnamese syllables.
/// </summary>
public static class LegacyVietnamese
{
    static LegacyVietnamese() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    /// <summary>Fewer words than this are too little evidence to guess an encoding from; the input stays an error.</summary>
    public const int MinWords = 20;

    /// <summary>Bytes that are not UTF-8: the best of Windows-1258, TCVN3 and VNI, or null when none reads as Vietnamese
    /// (or the text is too short to tell).</summary>
    public static (string Text, string Encoding)? DecodeBytes(byte[] bytes)
    {
        var cp1252 = Windows1252(bytes);
        if (cp1252.Split((char[])[' ', '\n', '\r', '\t'], StringSplitOptions.RemoveEmptyEntries).Count(w => w.Count(char.IsLetter) >= 2) < MinWords) return null;
        var candidates = new List<(string Text, string Name)>
        {
            (Encoding.GetEncoding(1258).GetString(bytes).Normalize(NormalizationForm.FormC), "Windows-1258"),
            (FromTcvn3(cp1252), "TCVN3 (ABC)"),
            (FromVni(cp1252), "VNI"),
        };
        var best = candidates.Select(c => (c.Text, c.Name, Score: Score(c.Text))).MaxBy(c => c.Score);
        return best.Score >= 0.6 ? (best.Text, best.Name) : null;
    }

    /// <summary>Text decoded as Unicode that still holds a font encoding's garble: converted when that reads
    /// clearly better as Vietnamese; otherwise the text is returned unchanged with a null encoding.</summary>
    public static (string Text, string? Encoding) RepairFontEncoding(string text)
    {
        if (!LooksGarbled(text)) return (text, null);
        var before = Score(text);
        var tcvn = FromTcvn3(text);
        var vni = FromVni(text);
        // Both can read as syllables ("Coäng" → TCVN3 "Coọng"); VNI is told by its marks typed after a vowel.
        var vniPairs = text.Zip(text.Skip(1)).Count(p => IsBaseVowel(p.First) && VniMarks.ContainsKey(p.Second));
        var tcvnOnly = text.Count(c => c is 'µ' or '¸' or '¨' or '«' or '¬' or '·' or '¹' or '¶' or '®');
        var preferVni = vniPairs > tcvnOnly;
        var (best, name) = preferVni
            ? (Score(vni) >= Score(tcvn) ? (vni, "VNI") : (tcvn, "TCVN3 (ABC)"))
            : (Score(tcvn) >= Score(vni) ? (tcvn, "TCVN3 (ABC)") : (vni, "VNI"));
        return Score(best) >= Math.Max(0.6, before + 0.15) ? (best, name) : (text, null);
    }

    /// <summary>Characters TCVN3 and VNI put where Vietnamese letters belong, seen as Windows-1252.</summary>
    private static bool LooksGarbled(string text)
    {
        var sample = text.Length > 20000 ? text[..20000] : text;
        var odd = sample.Count(c => c is '«' or '¨' or 'µ' or '¸' or '¶' or '·' or '¹' or 'ä' or 'ø' or 'û' or 'õ' or 'ï' or 'ñ' or 'ö' or '®' or '­' or '¬');
        return odd >= 5;
    }

    private static double Score(string text)
    {
        var sample = text.Length > 20000 ? text[..20000] : text;
        return VietnameseSyllable.Share(sample.Split('\n'));
    }

    private static string Windows1252(byte[] bytes) => Encoding.GetEncoding(1252, EncoderFallback.ReplacementFallback, new DecoderReplacementFallback("\uFFFD")).GetString(bytes);

    // TCVN3 (VN3): the byte of each precomposed lower-case letter, as Windows-1252 shows it → the letter.
    private static readonly Dictionary<char, string> Tcvn3 = Build(
        "\u00A1Ă \u00A2Â \u00A3Ê \u00A4Ô \u00A5Ơ \u00A6Ư \u00A7Đ \u00A8ă \u00A9â \u00AAê \u00ABô \u00ACơ \u00ADư \u00AEđ " +
        "\u00B5à \u00B6ả \u00B7ã \u00B8á \u00B9ạ \u00BBằ \u00BCẳ \u00BDẵ \u00BEắ \u00C6ặ \u00C7ầ \u00C8ẩ \u00C9ẫ \u00CAấ \u00CBậ " +
        "\u00CCè \u00CEẻ \u00CFẽ \u00D0é \u00D1ẹ \u00D2ề \u00D3ể \u00D4ễ \u00D5ế \u00D6ệ \u00D7ì \u00D8ỉ \u00DCĩ \u00DDí \u00DEị " +
        "\u00DFò \u00E1ỏ \u00E2õ \u00E3ó \u00E4ọ \u00E5ồ \u00E6ổ \u00E7ỗ \u00E8ố \u00E9ộ \u00EAờ \u00EBở \u00ECỡ \u00EDớ \u00EEợ " +
        "\u00EFù \u00F1ủ \u00F2ũ \u00F3ú \u00F4ụ \u00F5ừ \u00F6ử \u00F7ữ \u00F8ứ \u00F9ự \u00FAỳ \u00FBỷ \u00FCỹ \u00FDý \u00FEỵ");

    public static string FromTcvn3(string text)
    {
        var sb = new StringBuilder(text.Length);
        foreach (var c in text) sb.Append(Tcvn3.TryGetValue(c, out var s) ? s : c.ToString());
        return sb.ToString().Normalize(NormalizationForm.FormC);
    }

    // VNI: marks typed after the base letter, as Windows-1252 shows them → combining marks (lower and upper case).
    private static readonly Dictionary<char, string> VniMarks = Build(
        "\u00F9\u0301 \u00F8\u0300 \u00FB\u0309 \u00F5\u0303 \u00EF\u0323 \u00E2\u0302 \u00EA\u0306 " +
        "\u00E1\u0302\u0301 \u00E0\u0302\u0300 \u00E5\u0302\u0309 \u00E3\u0302\u0303 \u00E4\u0302\u0323 " +
        "\u00E9\u0306\u0301 \u00E8\u0306\u0300 \u00FA\u0306\u0309 \u00FC\u0306\u0303 \u00EB\u0306\u0323 " +
        "\u00D9\u0301 \u00D8\u0300 \u00DB\u0309 \u00D5\u0303 \u00CF\u0323 \u00C2\u0302 \u00CA\u0306 " +
        "\u00C1\u0302\u0301 \u00C0\u0302\u0300 \u00C5\u0302\u0309 \u00C3\u0302\u0303 \u00C4\u0302\u0323 " +
        "\u00C9\u0306\u0301 \u00C8\u0306\u0300 \u00DA\u0306\u0309 \u00DC\u0306\u0303 \u00CB\u0306\u0323");

    // VNI letters of their own: ơ ư đ and i with a tone.
    private static readonly Dictionary<char, string> VniLetters = Build(
        "\u00F4ơ \u00F6ư \u00F1đ \u00D4Ơ \u00D6Ư \u00D1Đ \u00EDí \u00ECì \u00E6ỉ \u00F3ĩ \u00F2ị \u00CDÍ \u00CCÌ \u00C6Ỉ \u00D3Ĩ \u00D2Ị");

    public static string FromVni(string text)
    {
        var sb = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (VniLetters.TryGetValue(c, out var letter))
            {
                sb.Append(letter);
                continue;
            }
            if (VniMarks.TryGetValue(c, out var marks) && sb.Length > 0 && IsBaseVowel(sb[^1]))
            {
                sb.Append(marks);
                continue;
            }
            sb.Append(c);
        }
        return sb.ToString().Normalize(NormalizationForm.FormC);
    }

    private static bool IsBaseVowel(char c) => "aeiouyAEIOUYơưƠƯ".Contains(c);

    private static Dictionary<char, string> Build(string pairs)
    {
        var map = new Dictionary<char, string>();
        foreach (var pair in pairs.Split(' ', StringSplitOptions.RemoveEmptyEntries)) map[pair[0]] = pair[1..];
        return map;
    }
}
