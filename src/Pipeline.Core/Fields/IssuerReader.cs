using Pipeline.Roles;
using Pipeline.Text;
using Pipeline.Values;
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
public sealed partial class IssuerReader(Vocab vocab, NaturalCase naturalCase) : IFieldReader
{
    public DocumentFields Read(RoledDocument doc, DocumentFields fields, ICollection<string> warnings)
    {
        var (issuer, source) = Read(doc, fields.Reference, fields.Place, warnings);
        return fields with { Issuer = issuer, IssuerSource = source };
    }

    public (string? Issuer, IssuerSource Source) Read(RoledDocument doc, DocumentReference? reference, string? place, ICollection<string> warnings)
    {
        var lines = doc.WithRole(LineRole.Issuer).Select(l => l.Text.Trim('*', ' ')).Where(t => t.Length > 0).ToList();
        if (lines.Count > 0)
        {
            var bodies = new List<string>();
            foreach (var line in lines)
            {
                // A header line never ends with a full stop; one OCR read there ("ỦY BAN NHÂN DÂN." / "TÍNH ĐÁK LÁK") is not text.
                if (bodies.Count > 0 && Continues(bodies[^1], line)) bodies[^1] = bodies[^1].TrimEnd('.', ' ') + " " + line;
                else bodies.Add(line);
            }
            var issuer = naturalCase.Apply(LowestBody(bodies[^1]));
            // A bare Party committee ("TỈNH ỦY") takes the place from its Đảng bộ line above.
            if (bodies.Count > 1 && vocab.PartyCommittees.Contains(bodies[^1]))
            {
                var above = naturalCase.Apply(bodies[^2]);
                var level = vocab.AdminLevels.Keys.Select(k => (k, at: Words.IndexOf(VnText.ToneKey(above), k))).Where(p => p.at >= 0).OrderBy(p => p.at).FirstOrDefault();
                if (level.k is not null) issuer += " " + above[(level.at + level.k.Length)..].Trim();
            }
            return (issuer, IssuerSource.Header);
        }

        if (reference?.IssuerCode is { } code && vocab.IssuerCodes.TryGetValue(code, out var body) && place is not null)
        {
            var level = body.Level.Length > 0 ? body.Level : LevelFromBody(doc, body.Body);
            if (level is null && IsNational(body)) { warnings.Add("issuer derived from the reference symbol: no header"); return (body.Body, IssuerSource.Derived); }
            if (level is null) return (null, IssuerSource.None);
            warnings.Add($"issuer derived from the reference symbol '{reference.Symbol}' and the place: no header");
            return (body.Level.Length > 0 ? $"{body.Body} {place}" : $"{body.Body} {level} {place}", IssuerSource.Derived);
        }
        return (null, IssuerSource.None);
    }

    /// <summary>
    /// The lower body of a header whose superior body and issuer share one line ("BỘ TÀI CHÍNH TỔNG CỤC HẢI QUAN": a text
    /// scrape runs the two printed lines together): the line splits where a unit's head word (unit-heads.txt) opens a
    /// name of two words or more, right after a complete superior body — a known body (issuer-bodies.txt) alone or with its
    /// level and place ("ỦY BAN NHÂN DÂN TỈNH LÀO CAI SỞ CÔNG THƯƠNG"). The last such split wins, so a place that holds a
    /// head word ("THÀNH PHỐ HẢI PHÒNG SỞ TƯ PHÁP") stays with the superior body. A Party committee before a body is that
    /// body's committee, one name ("ĐẢNG ỦY ỦY BAN NHÂN DÂN TỈNH"), not a superior.
    /// </summary>
    private string LowestBody(string body)
    {
        if (JointSeparator().IsMatch(body)) return body;
        var words = body.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        for (var k = words.Length - 2; k >= 1; k--)
        {
            if (!Words.IsCapitalised(words[k])) continue;
            var rest = string.Join(' ', words[k..]);
            var key = ToneKey.Of(rest);
            var head = vocab.UnitHeads.MatchPrefix(key);
            if (head == 0 || head >= key.Value.Length || !CompletesSuperior(words[..k])) continue;
            return rest;
        }
        return body;
    }

    /// <summary>Whether <paramref name="words"/> name a whole superior body: a known body, maybe with its level and place.</summary>
    private bool CompletesSuperior(string[] words)
    {
        // The superior body may abbreviate its common words (Nghị định 30/2020/NĐ-CP, Phụ lục I: "Ủy ban nhân dân (UBND)"):
        // "UBND TỈNH LÀO CAI SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG" (abbreviations.tsv, as printed).
        if (vocab.Abbreviations.TryGetValue(words[0], out var expansion)) words = [.. expansion.Split(' '), .. words[1..]];
        var text = string.Join(' ', words);
        if (vocab.PartyCommittees.MatchPrefix(ToneKey.Of(text)) > 0) return false;
        if (vocab.IssuerBodies.Contains(text)) return true;
        var known = vocab.IssuerBodies.MatchPrefix(FoldKey.Of(text));
        if (known == 0) return false;
        // The known body ends at a word boundary of the key, whose words are the printed words.
        var after = words[FoldKey.Of(text).Value[..known].Split(' ', StringSplitOptions.RemoveEmptyEntries).Length..];
        if (after.Length == 0) return false;
        var afterText = ToneKey.Of(string.Join(' ', after));
        var level = vocab.AdminLevels.MatchPrefix(afterText);
        return level > 0 && level < afterText.Value.Length;
    }

    /// <summary>Whether a header line carries on the body printed above it rather than naming a body of its own.</summary>
    private bool Continues(string above, string line)
    {
        var key = VnText.ToneKey(line);
        // a level word: "ỦY BAN NHÂN DÂN" / "HUYỆN HƯƠNG SƠN", but not a Party committee ("TỈNH ỦY")
        return (vocab.AdminLevels.MatchPrefix(key) > 0 || _levelForm.IsMatch(line)) && vocab.PartyCommittees.MatchPrefix(key) == 0
               // a word that carries the line on from the one above ("ĐOÀN KIỂM TRA / THEO QUYẾT ĐỊNH …")
               || vocab.IssuerContinuations.Contains(line.Split(' ')[0])
               // a line that ends with a connector goes on ("CHUYỂN ĐỔI XANH VÀ" / "KHUYẾN CÔNG")
               || vocab.IssuerContinuations.Contains(above.Split(' ')[^1])
               || above.TrimEnd()[^1] is ',' or '-' or '–'
               || SpansLineBreak(above, line);
    }

    // A level word as OCR breaks its marks ("TÍNH" for "TỈNH", level-word-forms.txt), as a whole word.
    private readonly System.Text.RegularExpressions.Regex _levelForm = new("^" + vocab.LevelWordForms.Alternation + @"(?!\p{L})", vocab.LevelWordForms.Options);

    /// <summary>
    /// A body's name wrapped over two header lines ("ỦY BAN THƯỜNG VỤ" / "QUỐC HỘI"): a known body runs past the first line's end.
    /// A joint header names its bodies in a row joined by dashes ("BỘ TÀI CHÍNH - VIỆN KIỂM SÁT" / "NHÂN DÂN TỐI CAO - TÒA ÁN"):
    /// the last of them is the one wrapped.
    /// </summary>
    private bool SpansLineBreak(string above, string line)
    {
        var last = JointSeparator().Split(above)[^1];
        return vocab.IssuerBodies.MatchPrefix(FoldKey.Of(last + " " + line)) > FoldKey.Of(last).Value.Length;
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"\s[-–]\s")] private static partial System.Text.RegularExpressions.Regex JointSeparator();

    private bool IsNational(IssuerCode code) => vocab.NationalBodies.Contains(code.Body);

    /// <summary>The level the document gives its own body in running text: "Ủy ban nhân dân huyện" → "huyện".</summary>
    private string? LevelFromBody(RoledDocument doc, string body)
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
                foreach (var level in vocab.AdminLevelNames)
                {
                    var levelKey = VnText.ToneKey(level);
                    if (after == levelKey || after.StartsWith(levelKey, StringComparison.Ordinal) && after.Length > levelKey.Length && after[levelKey.Length] is ' ' or ',' or '.')
                        counts[level] = counts.GetValueOrDefault(level) + 1;
                }
                at += bodyKey.Length;
            }
        }
        return counts.Count == 0 ? null : counts.OrderByDescending(p => p.Value).First().Key;
    }
}
