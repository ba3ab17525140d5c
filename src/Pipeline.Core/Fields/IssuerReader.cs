using Pipeline.Roles;
using Pipeline.Text;
using Pipeline.Vocabulary;

namespace Pipeline.Fields;

/// <summary>
/// The issuing body (tên cơ quan ban hành). The header prints a superior body above the issuer
/// ("UBND TỈNH LÀO CAI / SỞ CÔNG THƯƠNG"): the issuer is the lower one. A line that starts with a level
/// word ("HUYỆN HƯƠNG SƠN") continues the line above, and so does a line after one that ends with a connector
/// ("CỤC ĐỔI MỚI SÁNG TẠO," / "CHUYỂN ĐỔI XANH VÀ" / "KHUYẾN CÔNG") or that completes a known body's name
/// ("ỦY BAN THƯỜNG VỤ" / "QUỐC HỘI", issuer-bodies.txt). With no header, the issuer is derived from the
/// reference's issuer code and the place, and only then.
/// </summary>
public static partial class IssuerReader
{
    /// <summary>Words that carry a header line on from the one above ("ĐOÀN KIỂM TRA / THEO QUYẾT ĐỊNH / SỐ 1050/QĐ-SCT").</summary>
    private static readonly HashSet<string> ContinuationWords = new[] { "theo", "số", "của", "tại", "về", "thuộc", "và" }.Select(VnText.ToneKey).ToHashSet();

    public static (string? Issuer, IssuerSource Source) Read(RoledDocument doc, DocumentReference? reference, string? place, List<string> warnings)
    {
        var lines = doc.WithRole(LineRole.Issuer).Select(l => l.Text.Trim('*', ' ')).Where(t => t.Length > 0).ToList();
        if (lines.Count > 0)
        {
            var bodies = new List<string>();
            foreach (var line in lines)
            {
                var key = VnText.ToneKey(line);
                var continues = bodies.Count > 0 && Vocab.Default.AdminLevels.MatchPrefix(key) > 0 && Vocab.Default.PartyCommittees.MatchPrefix(key) == 0
                                || bodies.Count > 0 && ContinuationWords.Contains(VnText.ToneKey(line.Split(' ')[0]))
                                || bodies.Count > 0 && ContinuationWords.Contains(VnText.ToneKey(bodies[^1].Split(' ')[^1]))
                                || bodies.Count > 0 && bodies[^1].TrimEnd()[^1] is ',' or '-' or '–'
                                || bodies.Count > 0 && SpansLineBreak(bodies[^1], line);
                if (continues) bodies[^1] += " " + line;
                else bodies.Add(line);
            }
            var issuer = NaturalCase.Apply(bodies[^1]);
            // A bare Party committee ("TỈNH ỦY") takes the place from its Đảng bộ line above.
            if (bodies.Count > 1 && Vocab.Default.PartyCommittees.Contains(bodies[^1]))
            {
                var above = NaturalCase.Apply(bodies[^2]);
                var level = Vocab.Default.AdminLevels.Keys.Select(k => (k, at: Words.IndexOf(VnText.ToneKey(above), k))).Where(p => p.at >= 0).OrderBy(p => p.at).FirstOrDefault();
                if (level.k is not null) issuer += " " + above[(level.at + level.k.Length)..].Trim();
            }
            return (issuer, IssuerSource.Header);
        }

        if (reference?.IssuerCode is { } code && Vocab.Default.IssuerCodes.TryGetValue(code, out var body) && place is not null)
        {
            var level = body.Level.Length > 0 ? body.Level : LevelFromBody(doc, body.Body);
            if (level is null && IsNational(body)) { warnings.Add("issuer derived from the reference symbol: no header"); return (body.Body, IssuerSource.Derived); }
            if (level is null) return (null, IssuerSource.None);
            warnings.Add($"issuer derived from the reference symbol '{reference.Symbol}' and the place: no header");
            return (body.Level.Length > 0 ? $"{body.Body} {place}" : $"{body.Body} {level} {place}", IssuerSource.Derived);
        }
        return (null, IssuerSource.None);
    }

    /// <summary>A body's name wrapped over two header lines ("ỦY BAN THƯỜNG VỤ" / "QUỐC HỘI"): a known body runs past the first line's end.</summary>
    private static bool SpansLineBreak(string above, string line)
    {
        var aboveKey = FoldKey.Of(above).Value;
        return Vocab.Default.IssuerBodies.MatchPrefix(FoldKey.Of(above + " " + line)) > aboveKey.Length;
    }

    private static bool IsNational(IssuerCode code) => code.Body is "Chính phủ" or "Thủ tướng Chính phủ" or "Văn phòng Chính phủ";

    /// <summary>The level the document gives its own body in running text: "Ủy ban nhân dân huyện" → "huyện".</summary>
    private static string? LevelFromBody(RoledDocument doc, string body)
    {
        var bodyKey = VnText.ToneKey(body);
        var counts = new Dictionary<string, int>();
        foreach (var line in doc.Lines.Where(l => l.Role is LineRole.Body or LineRole.ListItem or LineRole.Title or LineRole.SectionHeading))
        {
            var key = VnText.ToneKey(line.Text);
            var at = 0;
            while ((at = Words.IndexOf(key, bodyKey, at)) >= 0)
            {
                var after = key[(at + bodyKey.Length)..].TrimStart();
                foreach (var level in new[] { "tỉnh", "huyện", "xã", "thành phố", "thị xã", "quận", "phường", "thị trấn" })
                    if (after.StartsWith(VnText.ToneKey(level) + " ") || after == VnText.ToneKey(level) || after.StartsWith(VnText.ToneKey(level) + ",") || after.StartsWith(VnText.ToneKey(level) + "."))
                        counts[level] = counts.GetValueOrDefault(level) + 1;
                at += bodyKey.Length;
            }
        }
        return counts.Count == 0 ? null : counts.OrderByDescending(p => p.Value).First().Key;
    }
}
