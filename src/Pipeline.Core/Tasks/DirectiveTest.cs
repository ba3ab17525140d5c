using Pipeline.Text;
using Pipeline.Vocabulary;

namespace Pipeline.Tasks;

/// <summary>
/// Decides whether an item's text asks someone to act, as opposed to reporting or citing, with the vocabulary's
/// words (strong cues, cues, bases, fact labels), each compared by tone unless the text has no marks at all.
/// </summary>
public sealed class DirectiveTest(Vocab vocab)
{
    private readonly MarkAwareLexicon _strong = vocab.StrongDirectiveCues;
    private readonly MarkAwareLexicon _compounds = vocab.StrongCueCompounds;
    private readonly MarkAwareLexicon _cues = new(vocab.DirectiveCues);
    private readonly MarkAwareLexicon _basis = vocab.BasisOpenings;
    private readonly MarkAwareLexicon _restatement = vocab.RestatementOpenings;
    private readonly MarkAwareLexicon _factLabels = vocab.FactLabels;
    private readonly MarkAwareLexicon _factExceptions = vocab.FactLabelExceptions;
    private readonly MarkAwareLexicon _reported = vocab.ReportedCues;
    private readonly MarkAwareLexicon _permissions = vocab.PermissionClauses;
    private readonly MarkAwareLexicon _restrictors = vocab.PermissionRestrictors;
    private readonly Lexicon<ToneKey> _unitHeads = vocab.UnitHeads;

    /// <summary>The score of an item holding a strong cue (giao, đề nghị, yêu cầu, chủ trì …) that no structural rule overruled.</summary>
    public const double StrongScore = 0.95;

    private const int HeadLength = 160;
    private const int LabelReach = 40;

    /// <summary>A score in [0,1]: 0 for a basis or finding, higher the more directive cues it carries.</summary>
    public double Score(string text, bool strictOpening) => Score(text, strictOpening, noCue: 0);

    /// <summary><paramref name="noCue"/>: the score of an item that passes every test but holds no cue word.</summary>
    private double Score(string text, bool strictOpening, double noCue)
    {
        var trimmed = text.TrimStart();
        var key = MarkAwareKey.Of(trimmed);
        if (_restatement.MatchPrefix(key) > 0) return MainClauseScore(trimmed, lowerCaseSubject: false);
        if (IsBasis(key)) return MainClauseScore(trimmed, lowerCaseSubject: true);
        // "Chủ trì: Sở Công Thương tỉnh Lào Cai" names who chairs an event; the strong cue is the label's, not an instruction.
        if (IsBareLabel(key) && !HasStrongCue(ValueOf(trimmed))) return 0;
        if (AsksStrongly(key)) return StrongScore;
        if (strictOpening || GrantsPermission(key)) return 0;
        if (IsFactLabel(key)) return 0;
        var hits = trimmed.Length > HeadLength ? _cues.CountIn(MarkAwareKey.Of(trimmed[..HeadLength])) : _cues.CountIn(key);
        if (hits == 0) return _cues.CountIn(key) > 0 ? 0.6 : noCue;
        return Math.Min(0.9, 0.6 + 0.1 * hits);
    }

    /// <summary>
    /// "Căn cứ khoản 1, khoản 2 Điều 2 Quyết định này, chủ động rà soát …", "Căn cứ chương trình giám sát …, Thường trực
    /// HĐND tỉnh ban hành kế hoạch …": a basis phrase, a comma, then the main clause, which decides. The main clause opens
    /// with its subject (a capital, or a body named in lower case: "Căn cứ nội dung được giao, chủ đầu tư và các cơ quan có
    /// liên quan tổ chức thực hiện …", QĐ 2390 Điều 3) or its verb (a directive cue); a basis that only lists documents has none.
    /// </summary>
    /// <param name="lowerCaseSubject">Whether a body named in lower case may open the main clause: after a basis it is the
    /// actor this document names; after a restatement of the law it is whom the law binds.</param>
    private double MainClauseScore(string text, bool lowerCaseSubject)
    {
        var end = text.IndexOfAny(['.', ';']);
        var sentence = end < 0 ? text : text[..end];
        for (var comma = sentence.IndexOf(", ", StringComparison.Ordinal); comma >= 0; comma = sentence.IndexOf(", ", comma + 2, StringComparison.Ordinal))
        {
            var rest = text[(comma + 2)..];
            if (rest.Length == 0 || !char.IsUpper(rest[0]) && _cues.MatchPrefix(MarkAwareKey.Of(rest)) == 0 && !(lowerCaseSubject && OpensWithBody(rest))) continue;
            if (Score(rest, false) is > 0 and var score) return score;
        }
        return 0;
    }

    /// <summary>
    /// Whether a clause opens with a body named in lower case ("chủ đầu tư …", "các cơ quan có liên quan …"): a unit head
    /// (<c>unit-heads.txt</c>) after an optional plural word, which alone names no one ("các nội dung …" is no body).
    /// </summary>
    private bool OpensWithBody(string clause)
    {
        var key = ToneKey.Of(clause).Value;
        foreach (var plural in (ReadOnlySpan<string>)["các ", "những "])
            if (key.StartsWith(plural, StringComparison.Ordinal)) { key = key[plural.Length..]; break; }
        var head = _unitHeads.MatchPrefix(key);
        return head > 0 && ToneKey.Of(key[..head]).Value is not ("các" or "những");
    }

    /// <summary>The score of an item that holds no cue word but sits in a tasks section: its imperative says what to do.</summary>
    public const double TasksSectionScore = 0.6;

    /// <summary>
    /// A numbered or bulleted item of a section that names tasks ("II. NHIỆM VỤ, GIẢI PHÁP", "Kiến nghị") opens with what
    /// to do ("Lồng ghép tuyên truyền …", "Kiểm soát chặt chẽ …", "Không sử dụng tàu cuốc …", KH-UBND CT-11): a task even
    /// without a cue word, unless it is a basis or a "Label: value" fact.
    /// </summary>
    public double ScoreInTasksSection(string text) =>
        text.Trim().Length == 0 ? 0 : Score(text, strictOpening: false, noCue: TasksSectionScore);

    /// <summary>Whether the text holds a strong directive cue (giao, đề nghị, yêu cầu, chủ trì …).</summary>
    public bool HasStrongCue(string text) => AsksStrongly(MarkAwareKey.Of(text));

    /// <summary>
    /// A strong cue that asks: one occurrence at least is not reported ("theo đề nghị của …", "hồ sơ … về việc đề nghị …",
    /// "X đã có Văn bản số … đề nghị …", <c>reported-cues.txt</c>). A letter that recounts who asked whom assigns nothing by it.
    /// </summary>
    private bool AsksStrongly(MarkAwareKey key)
    {
        foreach (var cue in _strong.Keys(key))
            for (var at = Words.IndexOf(key.Value, cue); at >= 0; at = Words.IndexOf(key.Value, cue, at + 1))
                if (!IsReported(key, at) && !OpensCompound(key, at)) return true;
        return false;
    }

    // "Đường giao thông": the cue's word opens a noun (strong-cue-compounds.txt), it assigns nothing.
    private bool OpensCompound(MarkAwareKey key, int at) => _compounds.MatchPrefix(new MarkAwareKey(key.Marked, key.Value[at..])) > 0;

    private bool IsReported(MarkAwareKey key, int at)
    {
        var before = key.Value[..at].TrimEnd();
        var clause = before[(before.LastIndexOfAny(['.', ';', ':']) + 1)..];
        foreach (var marker in _reported.Keys(key))
        {
            var parts = marker.Split('…', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
            if (parts.Length == 1)
            {
                if (before.EndsWith(marker, StringComparison.Ordinal) && (before.Length == marker.Length || !Words.IsWordChar(before[^(marker.Length + 1)])))
                    return true;
                continue;
            }
            var from = 0;
            foreach (var part in parts)
            {
                var found = Words.IndexOf(clause, part, from);
                if (found < 0) { from = -1; break; }
                from = found + part.Length;
            }
            if (from >= 0) return true;
        }
        return false;
    }

    /// <summary>The subject's words a permission's predicate may follow ("Cơ quan, tổ chức sử dụng dịch vụ được sử dụng …").</summary>
    private const int SubjectReach = 8;

    /// <summary>
    /// "Đoàn kiểm tra được sử dụng con dấu …" (<c>permission-clauses.txt</c>): the clause's predicate, within its first
    /// words, grants a right or a permission; an item with no strong cue that does so assigns no work.
    /// </summary>
    private bool GrantsPermission(MarkAwareKey key)
    {
        var value = key.Value;
        var at = 0;
        var previous = -1;
        for (var word = 0; word <= SubjectReach && at < value.Length; word++)
        {
            // "… chỉ được phép … khi …" (permission-restrictors.txt) restricts: it binds its subject as a duty does.
            if (_permissions.MatchPrefix(new MarkAwareKey(key.Marked, value[at..])) > 0)
                return previous < 0 || _restrictors.MatchPrefix(new MarkAwareKey(key.Marked, value[previous..at].TrimEnd())) == 0;
            var space = value.IndexOf(' ', at);
            if (space < 0) break;
            previous = at;
            at = space + 1;
        }
        return false;
    }

    // The words after a fact label's colon.
    private static string ValueOf(string text)
    {
        var colon = text.IndexOf(':', StringComparison.Ordinal);
        return colon < 0 ? text : text[(colon + 1)..];
    }

    private bool IsBasis(MarkAwareKey text)
    {
        if (_basis.MatchPrefix(text) > 0) return true;
        var key = text.Value;
        foreach (var k in _basis.Keys(text))
        {
            if (!k.EndsWith(" #", StringComparison.Ordinal)) continue;
            var word = k[..^2];
            if (key.StartsWith(word, StringComparison.Ordinal) && key.Length > word.Length + 1 && key[word.Length] == ' ' && char.IsDigit(key[word.Length + 1]))
                return true;
        }
        return false;
    }

    /// <summary>"Chủ trì: …": a label and its colon, no word between ("Chủ trì, phối hợp các phòng: …" is an instruction).</summary>
    private bool IsBareLabel(MarkAwareKey text)
    {
        var length = _factLabels.MatchPrefix(text);
        return length > 0 && text.Value[length..].TrimStart().StartsWith(':');
    }

    /// <summary>"Thời gian kiểm tra: …": a label, a few words, then a colon.</summary>
    private bool IsFactLabel(MarkAwareKey text)
    {
        if (_factExceptions.MatchPrefix(text) > 0) return false;
        var length = _factLabels.MatchPrefix(text);
        if (length == 0) return false;
        var colon = text.Value.IndexOf(':', length);
        return colon >= 0 && colon - length <= LabelReach;
    }
}
