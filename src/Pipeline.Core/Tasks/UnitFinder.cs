using System.Text.RegularExpressions;
using Pipeline.Text;
using Pipeline.Vocabulary;

namespace Pipeline.Tasks;

/// <summary>
/// Finds who must act in a directive: "Giao X chủ trì, phối hợp với Y" (X lead, Y support), "Đề nghị X …",
/// "Yêu cầu X …", "X chủ trì", and an item that opens with its subject ("UBND huyện chỉ đạo …").
/// A unit's name runs from its head word to the verb that follows it; verbs come from the vocabulary.
/// Matching is done on the folded text, whose offsets equal the printed text's.
/// </summary>
public sealed partial class UnitFinder
{
    private readonly PhraseIndex _verbs;
    private readonly PhraseIndex _heads;
    private readonly string[] _headFolds;
    private readonly Lexicon<ToneKey> _assignWords;
    private readonly Lexicon<ToneKey> _actionOpenings;
    private readonly PhraseIndex _nameEnds;
    private readonly PhraseIndex _remit;
    private readonly PhraseIndex _matter;
    private readonly PhraseIndex _collectiveMatters;
    private readonly (string Fold, string Key)[] _mainClauseOpeners;
    private readonly MarkAwareLexicon _caseOpenings;
    private readonly Regex _negation;
    private readonly MarkAwareLexicon _basis;
    private readonly (string Fold, string Key)[] _adverbialOpeners;
    private readonly Regex _dutyWords;
    private readonly Lexicon<FoldKey> _enactments;
    private readonly Lexicon<FoldKey> _rulings;
    private readonly Lexicon<ToneKey> _national;
    private readonly Lexicon<ToneKey> _roleWords;
    private readonly Lexicon<ToneKey> _partyCommittees;
    private readonly string[] _docTypeNames;
    private readonly PatternList _plural;
    private readonly Regex _person;
    private readonly string[] _posts;
    private readonly Regex _pluralBefore;
    private readonly Regex _pluralWord;
    // Patterns over the folded text, their words from unit-cues.tsv and conjunctions.txt.
    private readonly Regex _assign;
    private readonly Regex _supportAfterLead;
    private readonly Regex _leadVerb;
    private readonly Regex _support;
    private readonly Regex _headingUnit;
    private readonly Regex _dutyHeading;
    private readonly Regex _headingTail;
    private readonly Regex _collectiveQualifier;
    private readonly Regex _honorific;
    private readonly Regex _organisation;
    private readonly string _nounVerb;
    private readonly Regex _nominaliser;
    private readonly Regex _fieldOfWork;
    private readonly string[] _adminLevels;
    private readonly Regex _letterBefore;
    private readonly Regex _fieldCompound;
    private readonly Regex _directs;
    private readonly Regex _memberOf;
    private readonly Regex _sharedModifier;
    private readonly Regex _sharedTail;
    private readonly Regex _closedBefore;
    private readonly Regex _closedContinues;
    private readonly Regex _splitPoints;
    private readonly IReadOnlyList<string> _conjunctions;
    private readonly (string Before, string After)[] _commaNames;

    public UnitFinder(Vocab vocab)
    {
        _verbs = new(Entries(vocab.DirectiveVerbs));
        _heads = new(Entries(vocab.UnitHeads));
        _headFolds = Entries(vocab.UnitHeads).Select(e => e.Fold).Distinct().ToArray();
        _assignWords = vocab.AssignWords;
        _actionOpenings = vocab.ActionOpenings;
        _nameEnds = new(Entries(vocab.UnitNameEnds));
        _remit = new(Entries(vocab.RemitPhrases));
        _matter = new(Entries(vocab.MatterOpeners));
        _collectiveMatters = new(Entries(vocab.CollectiveMatters));
        _mainClauseOpeners = Entries(vocab.MainClauseOpeners);
        _caseOpenings = vocab.RuleClauseOpenings;
        _basis = vocab.BasisOpenings;
        _adverbialOpeners = Entries(vocab.AdverbialOpeners);
        _enactments = vocab.EnactmentOpenings;
        _rulings = vocab.RulingOpenings;
        _national = vocab.NationalBodies;
        _roleWords = vocab.UnitRoleWords;
        _partyCommittees = vocab.PartyCommittees;
        _docTypeNames = vocab.DocTypes.Select(t => t.Name).ToArray();
        string Cues(string group) => vocab.UnitCues[group].Alternation;
        const RegexOptions options = RegexOptions.CultureInvariant | RegexOptions.Compiled;
        _plural = vocab.UnitCues["plural"];
        _person = new("^" + Cues("person"), options);
        _posts = [.. vocab.SignerPositionNames.Select(p => VnText.ToneKey(p) + " ")];
        _pluralBefore = new(@"(?<![\p{L}])" + _plural.Alternation + "$", options);
        _pluralWord = new(@"(?<![\p{L}])" + _plural.Alternation, options);
        _assign = new(@"(?<![\p{L}])" + Cues("assign") + @"\s+(?=\S)", options);
        _letterBefore = new(@"(?<![\p{L}])" + Cues("letter") + @"\s+$", options);
        _supportAfterLead = new(@"^\s*" + Cues("lead") + @"\s*,?\s*" + Cues("support-after-lead"), options);
        _leadVerb = new(@"(?<=\S )" + Cues("lead") + @"\b", options);
        _support = new(@"(?<![\p{L}])" + Cues("support") + @"(?=\S)", options);
        _headingUnit = new("^(?:" + Cues("heading") + "|" + Cues("duty-heading") + @")\s+", options);
        _dutyHeading = new("^" + Cues("duty-heading") + @"\s+", options);
        _headingTail = new(@"^\s*" + Cues("heading-tail") + @"\s*$", options);
        _dutyWords = new(@"(?<![\p{L}])" + Cues("duty") + @"(?![\p{L}])", options);
        _negation = new(@"\G(?:" + Cues("negation") + @")(?![\p{L}])|(?<![\p{L}])(?:" + Cues("negation") + @")\s*$", options);
        _collectiveQualifier = new(@"(?<![\p{L}])(?:" + Cues("collective-qualifier") + @")(?![\p{L}])", options);
        _honorific = new("^" + Cues("honorific") + @"\s+", options);
        _organisation = new(@"^\s*" + Cues("organisation"), options);
        _nounVerb = vocab.UnitCues["noun-verb"].Alternatives[0];
        _nominaliser = new(@"(?<![\p{L}])" + Cues("nominaliser") + @"\s$", options);
        _adminLevels = [.. vocab.AdminLevels.Phrases.Select(VnText.Fold).Where(l => !l.Contains('.')).Distinct()];
        _fieldOfWork = new(@"(?<![\p{L}])" + Cues("field-of-work") + @"(?![\p{L}])", options);
        _fieldCompound = new(@"(?<![\p{L}])" + Cues("field-compound") + @"(?![\p{L}])", options);
        _directs = new(@"\G" + Cues("directs") + @"(?![\p{L}])", options);
        _memberOf = new(@"\G" + Cues("member-of") + @"\s+", options);
        _sharedModifier = new("^" + Cues("shared-modifier") + @"(?![\p{L}])", options);
        _sharedTail = new(@"(?<![\p{L}])" + Cues("shared-modifier") + @"\s*$", options);
        _closedBefore = new(@"(?<![\p{L}])" + Cues("name-close") + @"\s$", options);
        _closedContinues = new(@"\G" + Cues("name-close-unless") + @"(?![\p{L}])", options);
        _conjunctions = vocab.Conjunctions.Phrases;
        _commaNames = [.. vocab.CommaNames.Phrases.Where(p => p.Contains(','))
            .Select(p => (VnText.ToneKey(p[..p.IndexOf(',')].Trim()), VnText.ToneKey(p[(p.IndexOf(',') + 1)..].Trim())))];
        _splitPoints = new(@",\s+|,(?=\p{Ll})|\s+(?:" + string.Join('|', _conjunctions.Select(Regex.Escape)) + @")\s+|/(?=\p{Lu})", options);
    }


    private static (string Fold, string Key)[] Entries(Lexicon<ToneKey> lexicon) =>
        lexicon.Phrases.Select(p => (VnText.Fold(p), VnText.ToneKey(p))).Distinct().OrderByDescending(e => e.Item1.Length).ToArray();

    /// <summary>
    /// True when the printed text at <paramref name="index"/> is <paramref name="phrase"/> with its tones:
    /// folding alone would take "giáo viên" for "giao" and "tổ chức chính trị" for the verb.
    /// </summary>
    private static bool IsPhraseAt(string text, int index, int length, string phraseKey) =>
        index + length <= text.Length && VnText.ToneKey(text.Substring(index, length)) == phraseKey;

    public List<TaskUnit> Find(string text)
    {
        var folded = VnText.FoldAligned(text);
        var units = new List<TaskUnit>();

        foreach (Match m in _assign.Matches(folded))
        {
            if (!IsAssignWord(text, m) || StartsWithHead(text, folded, m.Index + m.Length) == 0) continue;
            var start = m.Index + m.Length;
            var lead = PhraseUntilVerb(text, folded, start, out var end);
            if (lead is not null)
            {
                AddAll(units, lead, UnitRole.Lead);
                foreach (var member in ListedAfter(text, folded, ref end)) AddAll(units, member, UnitRole.Lead);
            }
            var rest = folded[end..];
            var pm = _supportAfterLead.Match(rest);
            if (pm.Success && OpensBody(text, folded, SkipSpaces(folded, end + pm.Index + pm.Length)))
            {
                var support = PhraseUntilVerb(text, folded, end + pm.Index + pm.Length, out _);
                if (support is not null) AddAll(units, support, UnitRole.Support);
            }
        }

        // "X chủ trì" where X opens the clause.
        foreach (Match m in _leadVerb.Matches(folded))
        {
            if (!IsRoleWordAt(text, folded, m.Index)) continue;
            var clauseStart = ClauseStart(folded, m.Index);
            // "X chỉ đạo Y chủ trì": both X and Y lead.
            var first = PhraseUntilVerb(text, folded, clauseStart, out var verbAt);
            if (first is not null && verbAt < m.Index && StartsWithHead(text, folded, SkipSpaces(folded, clauseStart)) > 0)
            {
                AddAll(units, first, UnitRole.Lead);
                var afterVerb = _verbs.At(folded, verbAt).Where(v => At(text, folded, verbAt, v)).Select(v => verbAt + v.Fold.Length).DefaultIfEmpty(verbAt).First();
                var directed = SubjectPhrase(text, folded, afterVerb, m.Index);
                if (directed is not null) AddAll(units, directed, UnitRole.Lead);
                continue;
            }
            var subject = SubjectPhrase(text, folded, clauseStart, m.Index);
            // "Chỉ đạo Sở Y tế chủ trì phối hợp với …" (CV-6087/BYT-KCB 1): the clause's own subject is the preamble's addressee,
            // who directs; the body it directs is named as the one that chủ trì, so it leads too (corpus/expected/README.md,
            // directed bodies).
            if (subject is null && _directs.Match(folded, SkipSpaces(folded, clauseStart)) is { Success: true } directs)
                subject = SubjectPhrase(text, folded, directs.Index + directs.Length, m.Index);
            if (subject is not null) AddAll(units, subject, UnitRole.Lead);
        }

        // An item that opens with its subject.
        if (units.All(u => u.Role != UnitRole.Lead) && StartsWithHead(text, folded, 0) > 0)
            foreach (var subject in OpeningSubjects(text, folded, 0)) AddAll(units, subject, UnitRole.Lead);

        // A later sentence or ';' clause that opens with its own subject acting ("… trong thực hiện nhiệm vụ. Người đứng đầu các
        // phòng, ban, đơn vị … thường xuyên chỉ đạo …"): that subject leads too (corpus/expected/README.md, mixed items).
        foreach (var subject in ClauseSubjects(text, folded)) AddAll(units, subject, UnitRole.Lead);
        foreach (var subject in ConditionedSubjects(text, folded)) AddAll(units, subject, UnitRole.Lead);
        foreach (var subject in BasisSubjects(text, folded)) AddAll(units, subject, UnitRole.Lead);
        foreach (var subject in AdverbialSubjects(text, folded)) AddAll(units, subject, UnitRole.Lead);

        foreach (Match m in _support.Matches(folded))
        {
            // "Phối hợp tham mưu …", "phối hợp chặt chẽ, …": a support unit is a body, named by its head word.
            if (!IsRoleWordAt(text, folded, m.Index) || !OpensBody(text, folded, SkipSpaces(folded, m.Index + m.Length))) continue;
            var support = PhraseUntilVerb(text, folded, m.Index + m.Length, out _);
            if (support is not null) AddAll(units, support, UnitRole.Support);
        }
        return units;
    }

    /// <summary>
    /// "Chỉ đạo Sở Y tế chủ trì …": the item opens with a directing verb whose subject is left out, the addressee who directs;
    /// it leads with the directed body (corpus/expected/README.md, directed bodies and mixed items).
    /// </summary>
    public bool OpensDirecting(string text)
    {
        var folded = VnText.FoldAligned(text);
        return _directs.IsMatch(folded, SkipSpaces(folded, 0));
    }

    /// <summary>The addressees a preamble gives the items that follow ("… yêu cầu X tập trung … sau:").</summary>
    public List<TaskUnit> FromPreamble(string text)
    {
        var asked = Asked(text);
        if (asked.Count > 0) return asked;
        var folded = VnText.FoldAligned(text);
        // Otherwise the subject after the last comma-led clause that opens with a unit head.
        for (var i = 0; i < folded.Length; i++)
        {
            if (i > 0 && !(folded[i - 1] == ' ' && i >= 2 && (folded[i - 2] == ',' || folded[i - 2] == '.'))) continue;
            if (StartsWithHead(text, folded, i) == 0) continue;
            var subject = PhraseUntilVerb(text, folded, i, out var end);
            // "Chủ tịch UBND tỉnh yêu cầu:" names who asks, not who must act; "Thủ tướng Chính phủ ban hành Quyết định …"
            // names who enacts (enactment-openings.txt).
            // "Sở Công Thương xây dựng Kế hoạch thực hiện …" names who writes the document, not who must act on it.
            // "Thủ tướng Chính phủ … có ý kiến chỉ đạo như sau:" names who speaks (ruling-openings.txt).
            if (subject is not null && end < folded.Length && (AssignAt(text, folded, end) || Enacts(subject) || OpensWithAt(_enactments, text, end) || OpensWithAt(_rulings, text, end) || WritesDocument(text, folded, end))) return [];
            if (subject is not null && end < folded.Length) return Split(subject).Select(n => new TaskUnit(n, UnitRole.Lead)).ToList();
        }
        return [];
    }

    /// <summary>
    /// The verb at <paramref name="verbAt"/> takes a document of a printed type as its object, capitalised as the document
    /// names itself ("xây dựng Kế hoạch thực hiện Đề án …"; doc-types.tsv).
    /// </summary>
    private bool WritesDocument(string text, string folded, int verbAt)
    {
        var verb = _verbs.At(folded, verbAt).Where(v => At(text, folded, verbAt, v)).Select(v => v.Fold.Length).DefaultIfEmpty(0).Max();
        if (verb == 0) return false;
        var next = SkipSpaces(folded, verbAt + verb);
        return next < text.Length && char.IsUpper(text[next])
               && _docTypeNames.Any(n => IsPhraseAt(text, next, n.Length, VnText.ToneKey(n)) && (next + n.Length == text.Length || !char.IsLetter(text[next + n.Length])));
    }

    /// <summary>
    /// The bodies a sentence asks to act ("Hội đồng nhân dân tỉnh yêu cầu Ủy ban nhân dân tỉnh tập trung thực hiện … sau:"
    /// → Ủy ban nhân dân tỉnh): the unit after the first assigning word (giao, đề nghị, yêu cầu).
    /// </summary>
    public List<TaskUnit> Asked(string text)
    {
        var folded = VnText.FoldAligned(text);
        var m = _assign.Matches(folded).FirstOrDefault(a => IsAssignWord(text, a) && StartsWithHead(text, folded, a.Index + a.Length) > 0);
        if (m is not null && PhraseUntilVerb(text, folded, m.Index + m.Length, out var end) is { } asked)
            return Split(asked).Concat(ListedAfter(text, folded, ref end).SelectMany(Split)).Select(n => new TaskUnit(n, UnitRole.Lead)).ToList();
        return [];
    }

    /// <summary>
    /// The addressees listed after the first one, separated by ';' ("đề nghị các cơ quan, đơn vị của Trung ương; các sở, ban,
    /// ngành, đơn vị và các hộ gia đình trên địa bàn Thành phố treo cờ …"): each member that opens with a unit head, as long
    /// as the list has not reached its verb. <paramref name="end"/> moves to the end of the last member.
    /// </summary>
    private List<string> ListedAfter(string text, string folded, ref int end)
    {
        var members = new List<string>();
        while (end < folded.Length && folded[end] == ';')
        {
            var next = SkipSpaces(folded, end + 1);
            if (!OpensBody(text, folded, next) || PhraseUntilVerb(text, folded, next, out var memberEnd) is not { } member || memberEnd >= folded.Length) break;
            members.Add(member);
            end = memberEnd;
        }
        return members;
    }

    /// <summary>
    /// Units named by a heading: "Đối với Phòng Nội vụ", "Trách nhiệm của X", "Nhiệm vụ và quyền hạn của X", "Đề nghị X",
    /// a heading that is a unit's name, or a unit and its duty ("X có trách nhiệm:"); members of a list separated by ';'
    /// ("Giám đốc các Sở …; Chủ tịch Ủy ban nhân dân các xã, phường") are each a unit.
    /// </summary>
    public List<TaskUnit> FromHeading(string heading)
    {
        var text = heading.Trim().TrimEnd(':', '.', ' ');
        var folded = VnText.FoldAligned(text);
        var m = _headingUnit.Match(folded);
        var names = new List<string>();
        if (m.Success)
        {
            // "Đối với công tác quản lý …", "Đối với hàng xuất khẩu …" name matters, not bodies; so does a plural word before a
            // noun that is no body kind ("I. Đối với các dự án đã được cấp phép hoạt động khai thác", the Sở NN&MT Lào Cai letter
            // on the 2024 mining law): the projects are the case the items cover, their holders the letter's addressees.
            var start = SkipSpaces(folded, m.Index + m.Length);
            if (!OpensBody(text, folded, start) || PluralBeforeNoBody(text, folded, start)) return [];
            // A named body's name ends like any unit's ("Trách nhiệm của Bộ trưởng Bộ Quốc phòng, Bộ trưởng Bộ Công an trong quản lý
            // …"); a collective is defined by what follows it ("Trách nhiệm của các tổ chức, doanh nghiệp hoạt động trong lĩnh vực …",
            // "… của cơ quan, tổ chức sử dụng dịch vụ") up to a parenthesised note ("… thị xã (chính quyền cấp cơ sở)").
            var phrase = PhraseUntilVerb(text, folded, start, out var phraseEnd);
            var rest = text[start..].Trim();
            var note = rest.IndexOf(" (", StringComparison.Ordinal);
            // A collective is one unit as printed ("các cơ quan, tổ chức, cá nhân có liên quan", "… liên quan đến VLNCN, TCTN"),
            // unless words that open the matter end it ("Trách nhiệm của nhà đầu tư trong việc triển khai thực hiện dự án
            // đầu tư", QĐ 257/QĐ-BQLCKCN: matter-openers.txt): what follows says what the duty is about, not who bears it.
            if (phrase is not null && IsCollective(phrase) && _matter.At(folded, phraseEnd).Any(w => At(text, folded, phraseEnd, w)))
                return [new TaskUnit(phrase, UnitRole.Lead)];
            if (phrase is null || IsCollective(phrase)) return [new TaskUnit((note > 0 ? rest[..note] : rest).Trim(), UnitRole.Lead)];
            // "Điều 2. Nhiệm vụ của Tổ tiếp công dân, xử lý khiếu nại, tố cáo, kiến nghị, phản ánh của công dân" (QĐ of the MTTQ xã
            // Lương Minh): a duty heading (unit-cues.tsv "duty-heading") names whose duties follow and nothing else, so a verb after a comma lists the
            // body's remit in its name; "Đối với X, …" may go on with the action and keeps the cut.
            if (_dutyHeading.IsMatch(folded) && text[..phraseEnd].TrimEnd().EndsWith(',')
                && !_matter.At(folded, phraseEnd).Any(w => At(text, folded, phraseEnd, w)))
                return [new TaskUnit((note > 0 ? rest[..note] : rest).Trim(), UnitRole.Lead)];
            names.Add(phrase);
        }
        // "Đề nghị Thủ trưởng các đơn vị chủ trì, phối hợp với BHXH tỉnh, thành phố …": the asked body leads the items, the
        // bodies it works with support them.
        else if (AssignAt(text, folded, 0))
        {
            var asked = Asked(text);
            foreach (var support in Find(text).Where(u => u.Role == UnitRole.Support))
                if (!asked.Any(u => VnText.ToneKey(u.Name) == VnText.ToneKey(support.Name))) asked.Add(support);
            return asked;
        }
        else if (text.Length < MaxHeadingList) names.AddRange(HeadingMembers(text, folded));
        return names.Where(n => n.Length > 0).SelectMany(Split).Select(n => new TaskUnit(n, UnitRole.Lead)).ToList();
    }

    /// <summary>Whether the words around <paramref name="end"/>, where a collective's name stops at a verb, define it: the
    /// qualifier is the name's last word ("… doanh nghiệp được" / "giao quản lý …") or the word after it.</summary>
    private bool Qualifies(string folded, int start, int end)
    {
        var near = folded[start..end].TrimEnd();
        var lastWord = near[(near.LastIndexOf(' ') + 1)..];
        var next = folded[end..].TrimStart();
        return _collectiveQualifier.Match(lastWord) is { Success: true, Index: 0 } m && m.Length == lastWord.Length
               || _collectiveQualifier.Match(next) is { Success: true, Index: 0 };
    }

    /// <summary>"các tổ chức, doanh nghiệp …", "cơ quan, tổ chức …": a collective, or a list of bare kinds.</summary>
    private bool IsCollective(string phrase) => HoldsPlural(phrase) || IsBareHead(phrase.Split(',')[0]);

    /// <summary>The units a heading is made of: each ';'-separated member a whole name, the last one maybe followed by its duty.</summary>
    private List<string> HeadingMembers(string text, string folded)
    {
        var members = new List<string>();
        var start = 0;
        while (start < text.Length)
        {
            var stop = folded.IndexOf(';', start);
            if (stop < 0) stop = text.Length;
            if (!OpensNamedBody(text, folded, start) || PhraseUntilVerb(text, folded, start, out var end) is not { } name) return [];
            // A heading that is one collective and what defines it ("Các cơ quan, tổ chức … được giao quản lý …"): all of it.
            if (members.Count == 0 && stop == text.Length && end < stop && IsCollective(name) && Qualifies(folded, start, end))
                return [text.Trim()];
            if (end < stop && !(stop == text.Length && _headingTail.IsMatch(folded[end..]))) return [];
            // A long heading is prose, unless it is a collective and its colon list ("Các Bộ: Công Thương, Giao thông vận tải, …"):
            // one unit as printed, however many members it lists.
            // So is a list of whole names ("1. Công an tỉnh, các sở, ban, ngành, đoàn thể tỉnh và Ủy ban nhân dân các xã, phường",
            // CV 7432/UBND-XD Lào Cai): every piece a body, no verb after the last one.
            if (members.Count == 0 && stop == text.Length && end >= stop && text.Length >= MaxHeadingName && !OpensColonList(name) && !IsNameList(name)) return [];
            members.Add(name);
            start = SkipSpaces(folded, stop + 1);
        }
        return members;
    }

    /// <summary>
    /// The phrase is bodies' names and nothing else ("Sở Xây dựng", "Ban Quản lý Khu kinh tế, Ban Quản lý các khu công
    /// nghiệp"): each ';'-separated member a whole name up to its end, with no verb after it, no duty ("… có trách nhiệm"),
    /// and no collective defined by its work ("Các tổ chức thành viên … tham gia kiểm tra, giám sát …").
    /// </summary>
    public bool IsNamesOnly(string phrase)
    {
        var text = phrase.Trim();
        var folded = VnText.FoldAligned(text);
        var start = 0;
        while (start < text.Length)
        {
            var stop = folded.IndexOf(';', start);
            if (stop < 0) stop = text.Length;
            if (!OpensNamedBody(text, folded, start) || PhraseUntilVerb(text, folded, start, out var end) is null || end < stop) return false;
            start = SkipSpaces(folded, stop + 1);
        }
        return text.Length > 0;
    }

    /// <summary>
    /// A heading's first member opens with a unit head; a collective word counts only before a body ("Các Bộ: …", "Các cơ quan
    /// chủ quản …", "Các tổ chức thành viên …"): before a matter it names none ("Các chỉ tiêu cụ thể đến năm 2030", "CÁC GIẢI
    /// PHÁP THỰC HIỆN").
    /// </summary>
    private bool OpensNamedBody(string text, string folded, int at) =>
        StartsWithHead(text, folded, at) > 0
        && (_pluralWord.Match(folded, at) is not { Success: true } collective || collective.Index != at || OpensBody(text, folded, at + collective.Length));

    /// <summary>
    /// A heading whose body directs another over the items below it ("1. Bộ trưởng Bộ Quốc phòng chỉ đạo Ban Cơ yếu Chính phủ",
    /// "III. Cục Hải quan … hướng dẫn Chi cục … thực hiện nội dung sau"; unit-cues.tsv, directs): the items are the directed
    /// body's work under the director's charge, so both lead them. Such a heading names who acts, not whether its items are
    /// tasks: the task extractor only lets its items inherit these units.
    /// </summary>
    public List<TaskUnit> FromDirectingHeading(string heading)
    {
        var text = heading.Trim().TrimEnd(':', '.', ' ');
        if (text.Length >= MaxHeadingList) return [];
        var folded = VnText.FoldAligned(text);
        if (StartsWithHead(text, folded, 0) == 0 || PhraseUntilVerb(text, folded, 0, out var end) is not { } director) return [];
        var verb = _directs.Match(folded, end);
        if (!verb.Success) return [];
        var next = SkipSpaces(folded, verb.Index + verb.Length);
        if (!OpensBody(text, folded, next) || PhraseUntilVerb(text, folded, next, out _) is not { } directed) return [];
        return [.. Split(director).Concat(Split(directed)).Select(n => new TaskUnit(n, UnitRole.Lead))];
    }

    private const int MaxHeadingName = 80, MaxHeadingList = 200;

    /// <summary>Adds each unit <paramref name="phrase"/> names, in <paramref name="role"/>, unless <paramref name="units"/> holds it already.</summary>
    public void AddAll(List<TaskUnit> units, string phrase, UnitRole role)
    {
        foreach (var name in Split(phrase))
            if (!units.Any(u => VnText.ToneKey(u.Name) == VnText.ToneKey(name))) units.Add(new TaskUnit(name, role));
    }

    /// <summary>
    /// Splits "X, Y và Z" into units where each piece is a unit in itself (starts with a capital or "các"):
    /// "Thủ trưởng các sở, ban, ngành" stays one unit.
    /// </summary>
    public List<string> Split(string phrase)
    {
        if (OpensColonList(phrase))
        {
            // "Chánh Văn phòng …, Giám đốc các Sở: A, B": the list belongs to the last named post before its colon.
            var opens = ColonListStart(phrase);
            if (opens > 0) return [.. Split(phrase[..opens]), .. Split(phrase[opens..])];
            // A colon list ends where "và" opens another body with its own level or place ("Các Bộ: Y tế, …, Tài chính và Ủy
            // ban nhân dân tỉnh, thành phố"), or a comma opens the post of a body ("…, Nội vụ, Chủ tịch Ủy ban nhân dân các
            // quận"); a bare head after "và" is a member ("các Bộ: Tài chính và Công an").
            var (listEnd, next) = ColonListEnd(phrase);
            return listEnd < 0 ? [phrase.Trim().TrimEnd(',', ';', '.')] : [phrase[..listEnd].Trim().TrimEnd(',', ';', '.'), .. Split(phrase[next..])];
        }
        var pieces = _splitPoints.Split(phrase).Select(p => p.Trim()).Where(p => p.Length > 0).ToList();
        // "các bộ, cơ quan trung ương, địa phương liên quan": a list that ends in a shared modifier qualifies every piece.
        var sharedTail = _sharedTail.IsMatch(VnText.Fold(phrase.TrimEnd(',', ';', '.', ' ')));
        var names = new List<string>();
        for (var k = 0; k < pieces.Count; k++)
        {
            var piece = pieces[k];
            var conjunction = names.Count > 0 ? _conjunctions.FirstOrDefault(c => phrase.Contains(names[^1] + " " + c + " " + piece, StringComparison.Ordinal)) : null;
            var joinedByAnd = conjunction is not null;
            // After "và" only a unit's own head starts a new unit: "Phòng Văn hóa và Thông tin" is one; so is a ministry named by
            // its fields, "A, B và C" after the head ("Bộ Văn hóa, Thể thao và Du lịch").
            var fields = names.Count > 0 && !joinedByAnd && k + 1 < pieces.Count && IsField(piece) && IsField(pieces[k + 1])
                         && _conjunctions.Any(c => phrase.Contains(piece + " " + c + " " + pieces[k + 1], StringComparison.Ordinal));
            // "các cơ quan, đơn vị, các tổ chức, cá nhân có liên quan", "các Bộ, ngành và các địa phương liên quan": a collective
            // after a list of kinds, the whole list closed by a shared tail, is one more kind of that list.
            var kindOfList = sharedTail && names.Count > 0 && _plural.OpensWith(piece) && IsListOfKinds(names[^1]);
            var own = names.Count == 0
                      || _plural.OpensWith(piece) && !kindOfList
                      || char.IsUpper(piece[0]) && !fields && !FieldOfCollective(names[^1], piece) && (!joinedByAnd || StartsWithHead(piece, VnText.FoldAligned(piece), 0) > 0)
                      || FollowsWholeName(names[^1], piece, joinedByAnd, sharedTail)
                      || joinedByAnd && RepeatsWholeBody(names[^1], piece)
                      || joinedByAnd && ClosesCollective(names[^1]);
            // "Hội đồng nhân dân, Ủy ban nhân dân tỉnh X": a bare body kind before a comma shares the next piece's level and place;
            // "Ban Thường vụ Tỉnh ủy, Thành ủy": a party committee after a name ending in another shares that name's opening words.
            var sharesModifier = names.Count > 0 && !joinedByAnd && (IsBareHead(names[^1]) && !(HeadsCollective(piece) && EndsInBody(names[^1])) || SharesPartyBody(names[^1], piece) || IsSamePersonsPost(names[^1], piece)
                                                                   || IsCommaName(names[^1], piece) || ExtendsCollective(names[^1], piece))
                                 // "Các Phó chủ tịch phụ trách lĩnh vực Dân tộc, Tôn giáo và các Hội quần chúng": after an officer's field of
                                 // work the pieces are more fields, until the post of another body ("…, Giám đốc Sở Y tế").
                                 || names.Count > 0 && _fieldOfWork.IsMatch(VnText.Fold(names[^1])) && !IsPostOfBody(piece)
                                 || joinedByAnd && SharesPlace(names[^1], piece)
                                 || names.Count > 0 && !joinedByAnd && SharesCollectiveTail(names[^1], piece);
            if (own && !sharesModifier) names.Add(piece);
            else names[^1] += (joinedByAnd ? " " + conjunction + " " : ", ") + piece;
        }
        return names.Select(n => n.Trim().TrimEnd(',', ';', '.', ':').Trim()).Where(n => n.Length > 1).ToList();

        // "Chánh Văn phòng, Thủ trưởng các đơn vị trực thuộc Bảo hiểm xã hội Việt Nam" (QĐ 1500/QĐ-BHXH Điều 5, QĐ 1666/QĐ-BHXH
        // 6.2): a piece whose head is set over a collective of bodies ("Thủ trưởng các đơn vị") names whom it heads, a modifier
        // of that collective a post of a body of its own before it ("Chánh Văn phòng") cannot share; a post alone still shares
        // it ("Giám đốc, Thủ trưởng các Sở, ban, ngành Thành phố", QĐ 2280/QĐ-UBND Hà Nội Điều 3), and so do "Bí thư, Chủ tịch
        // Ủy ban nhân dân cấp huyện" and "Hội đồng nhân dân, Ủy ban nhân dân các cấp" (a level, no body).
        bool HeadsCollective(string piece)
        {
            var folded = VnText.FoldAligned(piece);
            var head = StartsWithHead(piece, folded, 0);
            if (head == 0 || head >= piece.Length || folded[head] != ' ') return false;
            var body = AfterCollective(folded, head + 1);
            return body > 0 && StartsWithHead(piece, folded, SkipSpaces(folded, body)) > 0;
        }

        // "Chánh Văn phòng": a post whose last words are a body's head ("Văn phòng"), the post of a body of its own.
        bool EndsInBody(string name)
        {
            var folded = VnText.FoldAligned(name);
            for (var at = folded.IndexOf(' ') + 1; at > 0; at = folded.IndexOf(' ', at) + 1)
                if (StartsWithHead(name, folded, at) == name.Length - at) return true;
            return false;
        }

        // "các cơ quan liên quan và địa phương có rừng" (CT 13/CT-TTg 3.a, KH 09/KH-BTNMT II.6): "(có) liên quan" closes the
        // collective before "và" (unit-cues.tsv, name-close), so what the name runs on with after "và" is not one more kind of
        // that collective but a body of its own, whatever its head ("địa phương" heads no name by itself); a "liên quan" printed
        // once after the last piece is shared ("các Bộ, ngành và địa phương liên quan").
        bool ClosesCollective(string name) => HoldsPlural(name) && _closedBefore.IsMatch(VnText.Fold(name.TrimEnd()) + " ");

        // "Đồng chí Ủy viên Ban Thường vụ Đảng ủy, Chủ tịch Uỷ ban MTTQ Việt Nam xã": one person and a second post of theirs.
        bool IsSamePersonsPost(string person, string post) =>
            _person.IsMatch(VnText.Fold(person)) && VnText.ToneKey(post + " ") is var key && _posts.Any(p => key.StartsWith(p, StringComparison.Ordinal));

        // A capitalised piece that opens no unit head: a field of the name before it ("Thể thao").
        bool IsField(string piece) => piece.Length > 0 && char.IsUpper(piece[0]) && StartsWithHead(piece, VnText.FoldAligned(piece), 0) == 0;

        // "Giám đốc các Sở Y tế, Công Thương, Nông nghiệp và Môi trường" (QĐ 28/2025/QĐ-UBND Lào Cai Điều 10): a post over a
        // collective head printed with its first field ("Giám đốc" + "các Sở Y tế") lists the other fields after commas, each
        // opening no head of its own. Without the post the pieces may be people of their own ("Các đ/c Phó chủ tịch, Trưởng
        // đoàn thể xã", KH-16 Lương Minh).
        bool FieldOfCollective(string name, string piece)
        {
            if (!IsField(piece)) return false;
            var folded = VnText.FoldAligned(name);
            var plural = _pluralWord.Match(folded);
            if (!plural.Success || plural.Index == 0 || !_posts.Contains(VnText.ToneKey(name[..plural.Index].TrimEnd()) + " ")) return false;
            var at = SkipSpaces(folded, plural.Index + plural.Length);
            var head = StartsWithHead(name, folded, at);
            if (head == 0) return false;
            var field = SkipSpaces(folded, at + head);
            return field < name.Length && char.IsUpper(name[field]);
        }
    }

    /// <summary>
    /// "Vụ trưởng các Vụ, Cục trưởng các Cục thuộc Bộ Y tế" (QĐ 3176/QĐ-BYT Điều 4, QĐ 3276/QĐ-BYT Điều 3), "Vụ trưởng, Cục trưởng
    /// các Vụ, Cục trực thuộc Bộ Y tế" (QĐ 1227/QĐ-BYT Điều 5): after a collective of one bare kind ("các Vụ"), a piece of the
    /// same shape — a kind, or a post over "các" and a kind — closed by a shared modifier ("thuộc Bộ Y tế") qualifies the
    /// collective before it too, so the two stay one unit as printed (corpus/expected/README.md, a shared trailing modifier).
    /// </summary>
    private bool SharesCollectiveTail(string previous, string piece)
    {
        var folded = VnText.FoldAligned(piece);
        var kindAt = 0;
        var head = StartsWithHead(piece, folded, 0);
        if (head == 0 || head >= piece.Length) return false;
        var afterPlural = AfterCollective(folded, SkipSpaces(folded, head));
        var post = afterPlural > 0;
        if (post)
        {
            kindAt = SkipSpaces(folded, afterPlural);
            head = StartsWithHead(piece, folded, kindAt);
            if (head == 0) return false;
        }
        var tailAt = SkipSpaces(folded, kindAt + head);
        if (tailAt >= piece.Length || !_sharedModifier.IsMatch(folded[tailAt..])) return false;
        var before = previous.Trim();
        var beforeFolded = VnText.FoldAligned(before);
        var collective = _pluralWord.Matches(beforeFolded).LastOrDefault(c => c.Index > 0 && beforeFolded[c.Index - 1] == ' ');
        if (collective is null) return false;
        // The kind may be a department word that heads no name alone ("các Vụ": department-heads.txt, "vụ" is also a case).
        var kind = before[(collective.Index + collective.Length)..].Trim();
        if (!(IsBareHead(kind) || kind.Length > 0 && char.IsUpper(kind[0]) && !kind.Contains(' '))) return false;
        return !post || IsBareHead(before[..collective.Index]);
    }

    /// <summary>
    /// "Đảng ủy Mặt trận Tổ quốc, các đoàn thể tỉnh": the comma is inside one body's name (comma-names.txt), so the piece after
    /// it is the rest of that name, not a body of its own.
    /// </summary>
    private bool IsCommaName(string previous, string piece)
    {
        var before = VnText.ToneKey(previous.Trim());
        var after = VnText.ToneKey(piece.Trim());
        foreach (var (b, a) in _commaNames)
            if (before.EndsWith(b, StringComparison.Ordinal) && (before.Length == b.Length || before[^(b.Length + 1)] == ' ')
                && after.StartsWith(a, StringComparison.Ordinal) && (after.Length == a.Length || after[a.Length] == ' ')) return true;
        return false;
    }

    /// <summary>
    /// "Ban Thường vụ Tỉnh ủy, Thành ủy": a party committee alone (party-committees.txt) after a name that ends in another
    /// names that body of the other committee ("Ban Thường vụ Thành ủy"), so it is no name on its own.
    /// </summary>
    private bool SharesPartyBody(string previous, string piece)
    {
        if (!_partyCommittees.Contains(piece.Trim())) return false;
        var words = previous.Trim().Split(' ');
        return words.Length > PartyCommitteeWords && _partyCommittees.Contains(string.Join(' ', words[^PartyCommitteeWords..]));
    }

    private const int PartyCommitteeWords = 2;

    /// <summary>Where the "và" that ends a colon list by opening a body of its own stands, and where that body starts; -1 if none.</summary>
    private (int End, int Next) ColonListEnd(string phrase)
    {
        var colon = phrase.IndexOf(':');
        var found = (End: -1, Next: -1);
        foreach (var conjunction in _conjunctions)
        {
            var pattern = " " + conjunction + " ";
            for (var at = phrase.IndexOf(pattern, colon, StringComparison.Ordinal); at > 0; at = phrase.IndexOf(pattern, at + 1, StringComparison.Ordinal))
            {
                var piece = phrase[(at + pattern.Length)..];
                var head = StartsWithHead(piece, VnText.FoldAligned(piece), 0);
                if ((head > 0 && char.IsUpper(piece[0]) && !IsBareHead(piece.Split(',')[0]) || OpensCollective(piece)) && (found.End < 0 || at < found.End))
                    found = (at, at + pattern.Length);
            }
        }
        for (var at = phrase.IndexOf(", ", colon, StringComparison.Ordinal); at > 0 && (found.End < 0 || at < found.End); at = phrase.IndexOf(", ", at + 1, StringComparison.Ordinal))
            if (IsPostOfBody(phrase[(at + 2)..])) return (at, at + 2);
        return found;
    }

    /// <summary>Where the post that owns a colon list opens after the whole names listed before it, or -1.</summary>
    private int ColonListStart(string phrase)
    {
        var colon = phrase.IndexOf(':');
        for (var at = phrase.LastIndexOf(", ", colon, StringComparison.Ordinal); at > 0; at = phrase.LastIndexOf(", ", at - 1, StringComparison.Ordinal))
        {
            var piece = phrase[(at + 2)..colon];
            if (!char.IsUpper(piece[0]) || StartsWithHead(piece, VnText.FoldAligned(piece), 0) == 0) continue;
            var before = phrase[..at];
            return HoldsPlural(piece) && StartsWithHead(before, VnText.FoldAligned(before), 0) > 0 && !HoldsPlural(before) ? at + 2 : -1;
        }
        return -1;
    }

    /// <summary>"Chủ tịch Ủy ban nhân dân các quận", "Giám đốc Sở Tài chính": a post followed by the body it heads.</summary>
    private bool IsPostOfBody(string piece)
    {
        var folded = VnText.FoldAligned(piece);
        var head = StartsWithHead(piece, folded, 0);
        return head > 0 && char.IsUpper(piece[0]) && head < piece.Length && folded[head] == ' ' && StartsWithHead(piece, folded, head + 1) > 0
               && !_plural.OpensWith(piece[(head + 1)..]);
    }

    /// <summary>"các tổ chức, cá nhân có liên quan": a collective word opening a body.</summary>
    private bool OpensCollective(string piece) =>
        CollectiveOpening(piece) is > 0 and var length && StartsWithHead(piece, VnText.FoldAligned(piece), length) > 0;

    /// <summary>
    /// "Sở Công Thương, chính quyền địa phương và cơ quan liên quan", "UBND xã Văn Chấn và doanh nghiệp": a piece in lower
    /// case that opens with a unit head is a unit of its own after a whole name (a head with its own words, no collective,
    /// no list under way), but not after a collective's list ("các cơ quan, đơn vị"), a bare kind ("cơ quan, tổ chức") or
    /// in a list of kinds sharing one head ("Bí thư huyện ủy, thị ủy, thành ủy"); a bare kind after a comma is such a
    /// list ("Thủ trưởng cơ quan, ban, ngành thành phố").
    /// </summary>
    private bool FollowsWholeName(string previous, string piece, bool joinedByAnd, bool sharedTail)
    {
        var before = previous.Trim();
        var pieceFolded = VnText.FoldAligned(piece);
        var pieceHead = StartsWithHead(piece, pieceFolded, 0);
        // "bộ ngành, tổ chức chính trị - xã hội, …": "tổ chức" used as a noun heads a body too.
        if (pieceHead == 0 && OpensBody(piece, pieceFolded, 0)) pieceHead = _nounVerb.Length;
        return pieceHead > 0 && (pieceHead < piece.Length || joinedByAnd)
               && StartsWithHead(before, VnText.FoldAligned(before), 0) is > 0 and var head && (head < before.Length || _national.Contains(before))
               && !ListUnderWay().IsMatch(before) && (!HoldsPlural(before) || (IsCollectiveKind(before) || IsCollectiveOfBody(before)) && pieceHead < piece.Length && !sharedTail
                   && !_sharedModifier.IsMatch(VnText.Fold(piece[pieceHead..]).TrimStart()) && !GroupsOf(before, piece[..pieceHead]));
    }

    /// <summary>
    /// "Đoàn đại biểu Quốc hội và đại biểu Quốc hội tỉnh Cao Bằng" (NQ 1657/NQ-UBTVQH15, Điều 3.3): the place printed once after
    /// the last piece (admin-levels.txt and a capitalised name) is the place of the piece before it too when that one ends in
    /// the same body's name; the two are one unit as printed (corpus/expected/README.md: a shared trailing modifier).
    /// </summary>
    private bool SharesPlace(string previous, string piece)
    {
        var folded = VnText.FoldAligned(piece);
        var before = VnText.ToneKey(previous.Trim());
        foreach (var level in _adminLevels)
            for (var at = folded.IndexOf(" " + level + " ", StringComparison.Ordinal); at > 0; at = folded.IndexOf(" " + level + " ", at + 1, StringComparison.Ordinal))
            {
                var name = at + level.Length + 2;
                if (name >= piece.Length || !char.IsUpper(piece[name])) continue;
                var kind = VnText.ToneKey(piece[..at].Trim());
                return kind.Length > 0 && (before == kind || before.EndsWith(" " + kind, StringComparison.Ordinal));
            }
        return false;
    }

    /// <summary>
    /// "các Tổ đại biểu, đại biểu Hội đồng nhân dân tỉnh": a bare collective of groups ("Tổ đại biểu") followed by the kind its
    /// groups are made of ("đại biểu") shares that kind's level and place (corpus/expected/README.md, unit splitting).
    /// </summary>
    private static bool GroupsOf(string collective, string kind)
    {
        var c = VnText.ToneKey(collective.Trim());
        var k = VnText.ToneKey(kind.Trim());
        return c.EndsWith(" " + k, StringComparison.Ordinal);
    }

    /// <summary>
    /// "các Ban Hội đồng nhân dân": a collective of one kind of body named by the body it belongs to, a whole name like
    /// "các Sở" (NQ 20/NQ-HĐND Bà Rịa - Vũng Tàu: "… các Ban Hội đồng nhân dân và đại biểu Hội đồng nhân dân tỉnh giám sát …").
    /// </summary>
    private bool IsCollectiveOfBody(string name)
    {
        var length = CollectiveOpening(name);
        if (length == 0) return false;
        var rest = name[length..].TrimStart();
        var folded = VnText.FoldAligned(rest);
        var head = StartsWithHead(rest, folded, 0);
        return head > 0 && head < rest.Length && folded[head] == ' ' && char.IsUpper(rest[head + 1]) && !_plural.OpensWith(rest[(head + 1)..])
               && StartsWithHead(rest, folded, head + 1) > 0;
    }

    /// <summary>
    /// "các Tổ đại biểu Hội đồng nhân dân tỉnh và đại biểu Hội đồng nhân dân tỉnh" (NQ 53/2017 Hòa Bình, Điều 3.2): a piece
    /// that ends in the very body the name before it ends in ("Hội đồng nhân dân tỉnh") names that body whole, so no words
    /// are shared and each is a unit of its own. A body printed once ("Tổ đại biểu Hội đồng nhân dân và đại biểu Hội đồng
    /// nhân dân tỉnh", "Đoàn đại biểu Quốc hội và đại biểu Quốc hội tỉnh X") is left as it was.
    /// </summary>
    private bool RepeatsWholeBody(string previous, string piece)
    {
        var folded = VnText.FoldAligned(piece);
        for (var at = 1; at < piece.Length; at++)
        {
            if (piece[at - 1] != ' ' || !char.IsUpper(piece[at]) || StartsWithHead(piece, folded, at) == 0) continue;
            var body = piece[at..].Trim();
            return body.Contains(' ') && previous.Length > body.Length + 1
                   && previous.TrimEnd().EndsWith(" " + body, StringComparison.Ordinal);
        }
        return false;
    }

    /// <summary>"các cơ quan, đơn vị", "các Bộ, ngành": a collective word opening a list of bare kinds.</summary>
    private bool IsListOfKinds(string name)
    {
        var length = CollectiveOpening(name);
        if (length == 0) return false;
        var kinds = name[length..].Split(',').Select(k => k.Trim()).ToList();
        return IsBareHead(kinds[0]) && kinds.Skip(1).All(k => k.Length > 0 && char.IsLower(k[0]) && k.Split(' ').Length <= MaxKindWords);
    }

    private const int MaxKindWords = 2;

    /// <summary>
    /// "Giám đốc các Sở, Ban, ngành Thành phố" (QĐ 01/2025/QĐ-UBND Hà Nội, Điều 4): a kind of body alone, capitalised or not,
    /// after a name that ends in a collective word and its kinds ("các Sở") is one more kind of that collective, as in
    /// "các sở, ban, ngành"; a bare "Ban" names no body of its own.
    /// </summary>
    private bool ExtendsCollective(string previous, string piece)
    {
        if (!IsBareHead(piece)) return false;
        var folded = VnText.FoldAligned(previous);
        var collective = _pluralWord.Matches(folded).LastOrDefault(m => m.Index == 0 || folded[m.Index - 1] == ' ');
        if (collective is null) return false;
        var kinds = previous[(collective.Index + collective.Length)..].Split(',').Select(k => k.Trim()).ToList();
        return kinds.Count > 0 && kinds.All(k => k.Length > 0 && IsBareHead(k));
    }

    /// <summary>"Các Bộ", "các sở": a collective word and one kind of body, a whole name ("Các Bộ, cơ quan ngang Bộ" are two units).</summary>
    private bool IsCollectiveKind(string name) => CollectiveOpening(name) is > 0 and var length && IsBareHead(name[length..]);

    /// <summary>The length of the collective word a name opens with ("các", "những" …), or 0.</summary>
    private int CollectiveOpening(string name) => _pluralWord.Match(VnText.Fold(name)) is { Success: true, Index: 0 } m ? m.Length : 0;

    /// <summary>"Thủ tướng Chính phủ ban hành Quyết định …": the phrase holds an enacting verb (enactment-openings.txt, folded).</summary>
    private bool Enacts(string phrase)
    {
        var key = FoldKey.Of(phrase).Value;
        return _enactments.Keys.Any(k => Words.IndexOf(key, k) > 0);
    }

    /// <summary>A phrase of <paramref name="verbs"/> (folded) opens the text at <paramref name="at"/>, right after a subject:
    /// an enacting verb, after a name a name-ending word closed there ("Ủy ban nhân dân tỉnh ban hành Kế hoạch …":
    /// unit-name-ends.txt ends the name before "ban hành"), or a ruling verb after the preamble's subject ("… Phạm Minh Chính
    /// có ý kiến chỉ đạo như sau:", ruling-openings.txt): the subject enacts, concludes or directs, it is not asked to act.</summary>
    private static bool OpensWithAt(Lexicon<FoldKey> verbs, string text, int at)
    {
        var key = FoldKey.Of(text[at..].TrimStart()).Value;
        return verbs.Keys.Any(k => Words.IndexOf(key, k) == 0);
    }

    /// <summary>
    /// A unit head alone ("Hội đồng nhân dân", "Văn phòng"), which names no body until a level or place follows it; a
    /// national body ("Chính phủ", national-bodies.txt) is whole by itself.
    /// </summary>
    private bool IsBareHead(string name)
    {
        var trimmed = name.Trim();
        return StartsWithHead(trimmed, VnText.FoldAligned(trimmed), 0) == trimmed.Length && !_national.Contains(trimmed);
    }

    /// <summary>The phrase from <paramref name="start"/> to the next verb or clause break, cut from the printed text.</summary>
    private string? PhraseUntilVerb(string text, string folded, int start, out int end)
    {
        while (start < folded.Length && folded[start] == ' ') start++;
        end = start;
        for (var i = start; i < folded.Length; i++)
        {
            var c = folded[i];
            // "các Bộ: Công an, Tài chính, …", "Giám đốc các Sở: Công Thương, …" — a plural head's colon introduces its
            // members, not a new clause.
            // A collective closed by "liên quan" has no members to list: "… và các cơ quan liên quan: Tăng cường giám sát …" opens the action.
            var listColon = c == ':' && HoldsPlural(folded[start..i]) && !folded[start..i].Contains(':') && i + 2 < text.Length && char.IsUpper(text[i + 2])
                            && !_closedBefore.IsMatch(folded[start..i] + " ");
            if (c is ';' or '.' && (i + 1 >= folded.Length || folded[i + 1] == ' ') || c == ':' && !listColon || c == '(') { end = i; break; }
            // A head of several words opening the name, a listed one or a collective one holds its verb: "Đoàn kiểm tra",
            // "Văn phòng, Ủy ban kiểm tra Đảng ủy", "các Đoàn kiểm tra, giám sát của Tỉnh".
            if ((i == start || i >= 2 && folded[i - 1] == ' ' && folded[i - 2] == ',' || i == AfterCollective(folded, start))
                && MultiwordHeadAt(text, folded, i) is > 0 and var head)
            {
                i += head - 1;
                end = i + 1;
                continue;
            }
            // "các đơn vị liên quan đầu tư …", "các cơ quan, tổ chức liên quan soạn thảo …": "(có) liên quan" closes a collective's
            // name; what follows in lower case is the action, unless it goes on with the matter or a list ("liên quan đến VLNCN").
            if (i > start && folded[i - 1] == ' ' && char.IsLower(text[i]) && _closedBefore.IsMatch(folded.AsSpan(start, i - start))
                && !_closedContinues.IsMatch(folded, i)) { end = i; break; }
            // "các đồng chí trong Ban Thường trực": before a body, "trong" says whose members they are and the name goes on.
            if (i > start && folded[i - 1] == ' ' && MemberOfAt(text, folded, i) is > 0 and var memberOf)
            {
                i += memberOf - 1;
                end = i + 1;
                continue;
            }
            // A capitalised verb is part of a name ("Ban Chỉ đạo"), not the verb that ends it; nor is the verb "việc" makes a
            // matter ("… các đơn vị hành chính liên quan đến việc thực hiện sắp xếp").
            // A field compound holds its word whether that word is a verb or only ends other names ("Hội đồng thẩm định").
            if (i > start && folded[i - 1] == ' ' && !char.IsUpper(text[i]) && !InFieldCompound(folded, start, i)
                && (!_nominaliser.IsMatch(folded.AsSpan(start, i - start))
                    && _verbs.At(folded, i).Any(v => At(text, folded, i, v) && !IsNounUse(folded, i, v.Fold)) || _nameEnds.At(folded, i).Any(v => At(text, folded, i, v)))) { end = i; break; }
            end = i + 1;
        }
        if (end - start > MaxNameLength && !IsNameList(text[start..end])) return null;
        // "Sở … nhận được Công văn số 4170/SCT-CN ngày 14/7/2026 …": a name holds no date.
        if (DatePattern().IsMatch(text.AsSpan(start, end - start))) return null;
        var phrase = text[start..end].Trim().TrimEnd(',', ' ');
        // "giao cho các xã": the preposition before a name is not part of it ("đồng chí Chủ tịch" keeps its "đồng chí").
        if (_honorific.Match(VnText.FoldAligned(phrase)) is { Success: true } h && h.Length < phrase.Length
            && (char.IsUpper(phrase[h.Length]) || _plural.OpensWith(phrase[h.Length..])))
            phrase = phrase[h.Length..].Trim();
        return phrase.Length < 2 ? null : phrase;
    }

    /// <summary>
    /// The length of "trong " at <paramref name="at"/> when a body follows it, a collective word allowed before the body's head
    /// ("trong tiểu ban", "trong các đơn vị thuộc Bộ Tư pháp"), else 0: "trong việc …", "trong các năm" end the name.
    /// </summary>
    private int MemberOfAt(string text, string folded, int at)
    {
        var m = _memberOf.Match(folded, at);
        if (!m.Success) return 0;
        var head = at + m.Length;
        if (_pluralWord.Match(folded, head) is { Success: true } plural && plural.Index == head) head += plural.Length;
        // The body's own head word must follow, not a second collective ("các" alone is a head too).
        if (_pluralWord.Match(folded, head) is { Success: true } again && again.Index == head) return 0;
        return StartsWithHead(text, folded, head) > 0 ? m.Length : 0;
    }

    /// <summary>
    /// The verb at <paramref name="at"/> closes a field of the name that opened at <paramref name="start"/> ("Ban Quản lý dự án
    /// đầu tư xây dựng số 1", "Viện Quy hoạch xây dựng Hà Nội"; unit-cues.tsv, field-compound): it is not the name's action.
    /// </summary>
    private bool InFieldCompound(string folded, int start, int at)
    {
        foreach (Match m in _fieldCompound.Matches(folded, start))
            if (m.Index < at && at < m.Index + m.Length) return true;
        return false;
    }

    /// <summary>
    /// The subject a clause opens with. An execution article names its subjects as members of a list separated by ';'
    /// ("Chánh Văn phòng Ủy ban nhân dân tỉnh; Giám đốc Sở Công Thương; … chịu trách nhiệm thi hành Quyết định này"): a
    /// member that ends at ';' with no verb is followed by the next one when that opens with a unit head.
    /// </summary>
    private List<string> OpeningSubjects(string text, string folded, int start)
    {
        var members = new List<string>();
        while (true)
        {
            var member = PhraseUntilVerb(text, folded, start, out var end);
            if (member is null || end >= folded.Length) return [];
            if (members.Count == 0 && IsBareHead(member) && DefinedUpToDuty(folded, start) is var defined and > 0)
            {
                member = text[start..defined].Trim();
                end = defined;
            }
            // "Giám đốc các Sở: Quy hoạch - Kiến trúc, …; Công Thương, Văn hóa và Thể thao; …": a colon list goes on past ';'
            // with members that open no body of their own.
            while (folded[end] == ';' && OpensColonList(member)
                   && SkipSpaces(folded, end + 1) is var more && CapitalisedMember(text, folded, more, out var moreEnd) && !NamesABody(text, folded, more, moreEnd))
            {
                member = text[start..moreEnd].Trim().TrimEnd(',', ' ');
                end = moreEnd;
            }
            members.Add(member);
            if (folded[end] != ';') return members;
            var next = SkipSpaces(folded, end + 1);
            // "…; Trưởng Thuế tỉnh; …": a post whose own word is no head still names its body.
            if (!OpensBody(text, folded, next) && !(CapitalisedMember(text, folded, next, out var postEnd) && NamesABody(text, folded, next, postEnd))) return members;
            start = next;
        }
    }

    /// <summary>
    /// Where the name of a bare kind that opens a clause ends when what follows defines it, up to its duty words (unit-cues.tsv,
    /// duty), or 0: "Cơ quan giải quyết thủ tục hành chính có trách nhiệm khai thác …" (NQ 66.7/2025/NQ-CP, 5.2), "Cơ quan tổ
    /// chức lập quy hoạch cần điều chỉnh có trách nhiệm tiếp thu …" (NQ 61/2022/QH15, 2.1.c). "Cơ quan" alone names no body,
    /// so the verb after it is the definition's, as after "thì" (<see cref="ConditionedSubjects"/>). A comma ends the
    /// definition: a list of kinds is no definition. <see cref="BearsDuty"/> reads a case's bearer by the same bound.
    /// </summary>
    private int DefinedUpToDuty(string folded, int start)
    {
        var duty = _dutyWords.Match(folded, start);
        if (!duty.Success) return 0;
        var stop = folded.IndexOfAny(['.', ';', ':', ','], start);
        return (stop < 0 || duty.Index < stop) && duty.Index - start <= MaxNameLength ? duty.Index : 0;
    }

    /// <summary>
    /// The subjects of the sentences and ';' clauses after the first: a unit head opening the clause, its name running to a
    /// directive verb (directive-verbs.txt) other than an assigning one, not to a word that only ends a name.
    /// </summary>
    private IEnumerable<string> ClauseSubjects(string text, string folded)
    {
        for (var i = 2; i < folded.Length; i++)
        {
            if (folded[i - 1] != ' ' || folded[i - 2] is not ('.' or ';') || !char.IsUpper(text[i]) && folded[i - 2] == '.') continue;
            if (!OpensBody(text, folded, i) || PhraseUntilVerb(text, folded, i, out var end) is not { } subject || end >= folded.Length) continue;
            // "… xử lý nghiêm các vi phạm nếu có. Chánh Văn phòng Uỷ ban nhân dân tỉnh; Thủ trưởng các Sở, ban, ngành, … chịu trách
            // nhiệm thi hành …" (QĐ 2390 Điều 4): the first member of a ';' list of names shares the verb after the last one.
            if (folded[end] == ';' && ListRunsToVerb(text, folded, end)) { yield return subject; continue; }
            // "Ủy ban nhân dân thành phố Hà Nội đề nghị các cơ quan …" names who asks, not who acts. A modal or a duty word that
            // ended the name stands before the verb ("Sở Công Thương sẽ phối hợp …", "… có nhiệm vụ hướng dẫn …").
            var verbAt = VerbStart(text, folded, end);
            if (AssignAt(text, folded, end)) continue;
            if (DirectiveVerbAt(text, folded, verbAt)) yield return subject;
            // A remit phrase between the name and its verb (remit-phrases.txt: "Thanh tra tỉnh, Công an tỉnh theo chức năng,
            // nhiệm vụ, quyền hạn được giao tham mưu cho Ủy ban nhân dân tỉnh …"): the verb comes later in the same sentence.
            else if (_remit.At(folded, end).Any(p => At(text, folded, end, p)) && VerbInSentence(text, folded, verbAt)) yield return subject;
        }
    }

    /// <summary>Whether a directive verb starts a word between <paramref name="from"/> and the sentence's end ('.' or ';').</summary>
    private bool VerbInSentence(string text, string folded, int from)
    {
        var stop = folded.IndexOfAny(['.', ';'], from);
        if (stop < 0) stop = folded.Length;
        for (var i = from; i < stop; i++)
        {
            if (i > from && folded[i - 1] != ' ') continue;
            if (_verbs.At(folded, i).Any(v => At(text, folded, i, v))) return true;
        }
        return false;
    }

    /// <summary>
    /// The subjects of main clauses after a condition ("Đối với vụ việc ở nơi công tác thì cơ quan, tổ chức, đơn vị trực tiếp
    /// quản lý người ứng cử có trách nhiệm xác minh …"; main-clause-openers.txt): a body right after the opener, named by
    /// everything up to its duty words (unit-cues.tsv, duty), which close a collective and what defines it as they
    /// close a heading's unit; a verb inside the definition ("quản lý", "giới thiệu") does not end it.
    /// </summary>
    /// <summary>
    /// Whether the ';' at <paramref name="end"/> goes on with further names, each a body, the last one followed by its verb.
    /// </summary>
    private bool ListRunsToVerb(string text, string folded, int end)
    {
        while (end < folded.Length && folded[end] == ';')
        {
            var next = SkipSpaces(folded, end + 1);
            if (!OpensBody(text, folded, next) || PhraseUntilVerb(text, folded, next, out end) is null || end >= folded.Length) return false;
        }
        if (end >= folded.Length || AssignAt(text, folded, end)) return false;
        return DirectiveVerbAt(text, folded, VerbStart(text, folded, end));
    }

    /// <summary>
    /// Where the verb after a name that ends at <paramref name="end"/> stands: past a modal or a duty word that ended the name
    /// ("Sở Công Thương sẽ phối hợp …", "… có nhiệm vụ hướng dẫn …"; unit-name-ends.txt), else at <paramref name="end"/>.
    /// </summary>
    private int VerbStart(string text, string folded, int end)
    {
        foreach (var word in _nameEnds.At(folded, end))
            if (At(text, folded, end, word)) return SkipSpaces(folded, end + word.Fold.Length);
        return end;
    }

    /// <summary>Whether a directive verb (directive-verbs.txt) opens at <paramref name="at"/>.</summary>
    private bool DirectiveVerbAt(string text, string folded, int at) => _verbs.At(folded, at).Any(v => At(text, folded, at, v));

    /// <summary>
    /// "Căn cứ nội dung được giao, chủ đầu tư và các cơ quan có liên quan tổ chức thực hiện …" (QĐ 2390 Điều 3): a sentence
    /// that opens with its basis (basis-openings.txt) names its actor after the basis's comma, the main clause's subject,
    /// here printed in lower case. A capitalised name there ("…, Thường trực HĐND tỉnh ban hành kế hoạch tổ chức thực hiện
    /// …", NQ-04 Bình Dương) may run on through a verb the directive verbs do not hold, so it is left to the other rules.
    /// </summary>
    private IEnumerable<string> BasisSubjects(string text, string folded)
    {
        if (_basis.MatchPrefix(MarkAwareKey.Of(text.TrimStart())) == 0) yield break;
        var sentenceEnd = folded.IndexOfAny(['.', ';']);
        if (sentenceEnd < 0) sentenceEnd = folded.Length;
        for (var comma = folded.IndexOf(", ", StringComparison.Ordinal); comma >= 0 && comma < sentenceEnd; comma = folded.IndexOf(", ", comma + 2, StringComparison.Ordinal))
        {
            var start = comma + 2;
            if (start >= text.Length || !char.IsLower(text[start])) continue;
            if (!OpensBody(text, folded, start) || PhraseUntilVerb(text, folded, start, out var end) is not { } subject || end >= folded.Length) continue;
            if (AssignAt(text, folded, end)) yield break;
            if (DirectiveVerbAt(text, folded, VerbStart(text, folded, end))) { yield return subject; yield break; }
        }
    }

    /// <summary>
    /// Whether a duty word (unit-cues.tsv, duty) has a body for its subject in the clause it ends: "… thì Tòa án có trách nhiệm
    /// gửi văn bản …", "…, trong thời hạn 05 ngày làm việc, cơ quan, tổ chức, doanh nghiệp có trách nhiệm thu hồi …", "…, Cục
    /// Quản lý xuất nhập cảnh, Bộ Công an có trách nhiệm thông báo …" (QĐ 09/2023/QĐ-TTg Điều 19, 20). It says that the clause
    /// lays a duty on someone, not who: a bare kind ("Tòa án", "cơ quan tiếp nhận") is no unit of its own
    /// (<see cref="ConditionedSubjects"/>), yet it bears the duty. The clause is the main clause after a case
    /// (<see cref="CaseMainClauseStarts"/>): "Doanh nhân Việt Nam nếu không còn làm việc tại cơ quan, doanh nghiệp, tổ chức …
    /// phải có trách nhiệm trả lại thẻ …" (6.5) opens with its subject, a person, and its commas are inside the condition.
    /// </summary>
    public bool BearsDuty(string text)
    {
        var folded = VnText.FoldAligned(text);
        foreach (var start in CaseMainClauseStarts(text, folded))
        {
            // The bearer is the last piece before the duty word: no comma or sentence break between them ("Cục Quản lý xuất
            // nhập cảnh, Bộ Công an có trách nhiệm": from "Bộ Công an").
            if (DefinedUpToDuty(folded, start) > 0 && OpensBody(text, folded, start)) return true;
        }
        return false;
    }

    /// <summary>
    /// The named body that opens the main clause after a case and acts in it with a directive verb: "… mà trong đó quy định
    /// khung áp dụng thì Ủy ban nhân dân tỉnh trình Thường trực Hội đồng nhân dân tỉnh xem xét …" (NQ 40/2017/NQ-HĐND Trà Vinh
    /// 3.b), "Trường hợp cần thay đổi mức thu học phí …, Ủy ban nhân dân tỉnh trình Thường trực Hội đồng nhân dân tỉnh …" (NQ
    /// 19/2017/NQ-HĐND Bắc Giang 2.2): the phrase from the body's name up to the directive verb (it may run over a verb the
    /// verb list lacks: "Ủy ban nhân dân tỉnh trình Thường trực …"), else null. A body the case says does not act ("… thì Nhà
    /// nước không thực hiện …", unit-cues.tsv negation) is none. The main clause starts after "thì" (main-clause-openers.txt) or after a comma
    /// of a sentence that opens with a case (rule-clauses.tsv openings: "Trường hợp", "Đối với"). A bare kind ("… thì Tòa án
    /// giải quyết …") is the court a rule speaks of, no body the text charges, and an assigning verb names who asks.
    /// </summary>
    public string? CaseActor(string text) => CaseActors(text, VnText.FoldAligned(text)).FirstOrDefault();

    /// <summary>
    /// Each named body that <see cref="CaseActor"/> would find, its name ended before an action taken on another body ("Ủy ban
    /// nhân dân tỉnh trình Thường trực Hội đồng nhân dân tỉnh": "Ủy ban nhân dân tỉnh"): what the case charges it with is the
    /// action, whose object is no part of the name.
    /// </summary>
    private IEnumerable<string> CaseActors(string text, string folded)
    {
        foreach (var start in CaseMainClauseStarts(text, folded))
        {
            if (!OpensNamedBody(text, folded, start) || PhraseUntilVerb(text, folded, start, out var end) is not { } subject || end >= folded.Length) continue;
            // The negation may close the name the phrase ran over ("Nhà nước không thực hiện …") or stand after it.
            if (IsBareHead(subject) || AssignAt(text, folded, end) || _negation.IsMatch(folded, SkipSpaces(folded, end))
                || _negation.IsMatch(VnText.Fold(subject))) continue;
            if (DirectiveVerbAt(text, folded, VerbStart(text, folded, end))) yield return BeforeActionOnBody(subject);
        }
    }

    /// <summary>
    /// The name up to a lower-case action word (action-openings.txt) that a body follows: "… tỉnh trình Thường trực …" ends
    /// before "trình"; "Uỷ ban nhân dân cấp tỉnh" keeps its "cấp", which a level follows, and "Ban Quản lý" its capital.
    /// </summary>
    private string BeforeActionOnBody(string name)
    {
        var folded = VnText.FoldAligned(name);
        for (var i = 1; i < name.Length; i++)
        {
            if (name[i - 1] != ' ' || !char.IsLower(name[i])) continue;
            var action = _actionOpenings.MatchPrefix(ToneKey.Of(name[i..]));
            if (action > 0 && i + action < name.Length && OpensBody(name, folded, SkipSpaces(folded, i + action))) return name[..i].TrimEnd(' ', ',');
        }
        return name;
    }

    private IEnumerable<int> CaseMainClauseStarts(string text, string folded)
    {
        foreach (var (fold, key) in _mainClauseOpeners)
            for (var at = folded.IndexOf(" " + fold + " ", StringComparison.Ordinal); at >= 0; at = folded.IndexOf(" " + fold + " ", at + 1, StringComparison.Ordinal))
                if (IsPhraseAt(text, at + 1, fold.Length, key)) yield return SkipSpaces(folded, at + 1 + fold.Length);
        foreach (var (i, stop) in SentencesOpening(folded, i => _caseOpenings.MatchPrefix(MarkAwareKey.Of(text[i..])) > 0))
            foreach (var comma in CommasOf(folded, i, stop))
                yield return comma + 2;
    }

    /// <summary>The sentences and ';' clauses that <paramref name="opens"/> says open at their first letter: start and end.</summary>
    private static IEnumerable<(int Start, int Stop)> SentencesOpening(string folded, Func<int, bool> opens)
    {
        for (var i = 0; i < folded.Length; i++)
        {
            if (i > 0 && !(i >= 2 && folded[i - 1] == ' ' && folded[i - 2] is '.' or ';')) continue;
            if (!opens(i)) continue;
            var stop = folded.IndexOfAny(['.', ';'], i);
            yield return (i, stop < 0 ? folded.Length : stop);
        }
    }

    /// <summary>The commas followed by a space between <paramref name="start"/> and <paramref name="stop"/>, in order.</summary>
    private static IEnumerable<int> CommasOf(string folded, int start, int stop)
    {
        for (var comma = folded.IndexOf(", ", start, stop - start, StringComparison.Ordinal); comma >= 0;
             comma = comma + 2 < stop ? folded.IndexOf(", ", comma + 2, stop - comma - 2, StringComparison.Ordinal) : -1)
            yield return comma;
    }

    private IEnumerable<string> ConditionedSubjects(string text, string folded)
    {
        foreach (var (fold, key) in _mainClauseOpeners)
            for (var at = folded.IndexOf(fold + " ", StringComparison.Ordinal); at >= 0; at = folded.IndexOf(fold + " ", at + 1, StringComparison.Ordinal))
            {
                if (at > 0 && char.IsLetterOrDigit(folded[at - 1]) || !IsPhraseAt(text, at, fold.Length, key)) continue;
                var start = SkipSpaces(folded, at + fold.Length);
                if (!OpensBody(text, folded, start)) continue;
                var duty = _dutyWords.Match(folded, start);
                var clauseEnd = folded.IndexOfAny(['.', ';', ':'], start);
                if (!duty.Success || clauseEnd >= 0 && duty.Index > clauseEnd) continue;
                var phrase = text[start..duty.Index].Trim().TrimEnd(',', ' ');
                // A bare kind refers back to a body named before ("… thì đơn vị hoàn toàn chịu trách nhiệm …": the investor the
                // item is about), not to a new one.
                if (phrase.Length >= 2 && !IsBareHead(phrase) && (phrase.Length <= MaxNameLength || IsNameList(phrase))) yield return phrase;
            }
    }

    /// <summary>
    /// The subjects of sentences that open with an adverbial ("Trong quá trình tổ chức thực hiện …, hỗ trợ giải phóng mặt bằng,
    /// UBND các quận, huyện, thị xã Sơn Tây gửi văn bản …"; adverbial-openers.txt): the first body after one of the sentence's
    /// commas whose name runs to a directive verb, an assigning one excepted (that body asks, it does not act).
    /// </summary>
    private IEnumerable<string> AdverbialSubjects(string text, string folded)
    {
        foreach (var (i, stop) in SentencesOpening(folded, i => _adverbialOpeners.Any(o => At(text, folded, i, o))))
        {
            foreach (var comma in CommasOf(folded, i, stop))
            {
                // "Trong quá trình triển khai thực hiện, nếu có vấn đề phát sinh, chủ trì, phối hợp với các bộ, cơ quan trung ương …"
                // (QĐ 42/2025/QĐ-TTg 2.2.đ): the main clause has begun without its subject; the bodies after it are partners.
                if (_leadVerb.IsMatch(folded[i..comma]) || _support.IsMatch(folded[i..comma]) || _assign.IsMatch(folded[i..comma])) break;
                var start = comma + 2;
                if (!OpensBody(text, folded, start) || PhraseUntilVerb(text, folded, start, out var end) is not { } subject || end >= stop) continue;
                // A modal between the name and its verb ("Định kỳ hoặc đột xuất, Bộ Y tế sẽ phối hợp với …", CV 627/BYT-BH 4.b).
                if (!AssignAt(text, folded, end) && DirectiveVerbAt(text, folded, VerbStart(text, folded, end))) yield return subject;
                break;
            }
        }
    }

    /// <summary>A member of a ';' list that opens with a capital and runs to its verb before the text ends, at <paramref name="end"/>.</summary>
    private bool CapitalisedMember(string text, string folded, int at, out int end)
    {
        end = at;
        return at < text.Length && char.IsUpper(text[at]) && PhraseUntilVerb(text, folded, at, out end) is not null && end < folded.Length;
    }

    /// <summary>"Công Thương, Văn hóa và Thể thao" names fields only; "Trưởng Thuế tỉnh" names a body ("Thuế") of its own.</summary>
    private bool NamesABody(string text, string folded, int from, int to)
    {
        for (var i = from; i < to; i++)
            if ((i == from || !char.IsLetterOrDigit(folded[i - 1])) && OpensBody(text, folded, i)) return true;
        return false;
    }

    /// <summary>
    /// A long phrase that is a list of bodies ("Bộ trưởng, Thủ trưởng cơ quan ngang bộ, Thủ trưởng cơ quan thuộc Chính phủ,
    /// Chủ tịch Ủy ban nhân dân các tỉnh, … và các tổ chức, cá nhân có liên quan"): at least three pieces, each short.
    /// </summary>
    private bool IsNameList(string phrase)
    {
        var pieces = _splitPoints.Split(phrase).SelectMany(p => p.Split(':')).Select(p => p.Trim()).ToList();
        // Each piece names a body, or is the short tail of one shared by the list ("ban", "thành phố trực thuộc trung ương").
        bool Member(string piece) => piece.Length <= MaxListPiece
            && (StartsWithHead(piece, VnText.FoldAligned(piece), 0) > 0 || piece.Split(' ').Length <= MaxTailWords);
        return phrase.Length <= MaxListLength && pieces.Count >= 3 && pieces.All(Member);
    }

    [GeneratedRegex(@"\b\d{1,2}/\d{1,2}/\d{2,4}\b")]
    private static partial Regex DatePattern();

    // A lower-case piece already joined after a comma: "Bí thư huyện ủy, thị ủy".
    [GeneratedRegex(@",\s+\p{Ll}")]
    private static partial Regex ListUnderWay();

    private const int MaxNameLength = 160, MaxListLength = 400, MaxListPiece = 100, MaxTailWords = 6;

    /// <summary>"các Sở", "Giám đốc các Sở, ngành": the phrase holds a collective word (unit-cues.tsv, plural).</summary>
    private bool HoldsPlural(string phrase) => _pluralWord.IsMatch(VnText.Fold(phrase));

    /// <summary>"Giám đốc các Sở: A, B": a colon after words that hold a collective introduces that collective's members.</summary>
    private bool OpensColonList(string phrase) => phrase.IndexOf(':') is >= 0 and var colon && HoldsPlural(phrase[..colon]);

    private string? SubjectPhrase(string text, string folded, int start, int end)
    {
        while (start < end && (folded[start] == ' ' || folded[start] == ',')) start++;
        if (StartsWithHead(text, folded, start) == 0) return null;
        var phrase = text[start..end].Trim().TrimEnd(',', ' ');
        return phrase.Length < 2 || phrase.Length > MaxNameLength && !IsNameList(phrase) ? null : phrase;
    }

    private static int SkipSpaces(string folded, int i)
    {
        while (i < folded.Length && folded[i] is ' ' or ',') i++;
        return i;
    }

    private static int ClauseStart(string folded, int index)
    {
        for (var i = index - 1; i > 0; i--)
            if (folded[i] is '.' or ';' or ':' && folded[i + 1] == ' ') return i + 1;
        return 0;
    }

    /// <summary>A plural word ("các", "những") at <paramref name="at"/> whose noun opens no body: "các dự án …", "các trường hợp …".</summary>
    private bool PluralBeforeNoBody(string text, string folded, int at) =>
        AfterCollective(folded, at) is > 0 and var noun && !OpensBody(text, folded, SkipSpaces(folded, noun));

    /// <summary>Where the name after the collective word at <paramref name="start"/> begins ("các Đoàn …"), or -1.</summary>
    private int AfterCollective(string folded, int start) =>
        _pluralWord.Match(folded, start) is { Success: true } m && m.Index == start ? start + m.Length : -1;

    private int MultiwordHeadAt(string text, string folded, int at)
    {
        foreach (var h in _heads.At(folded, at))
            if (h.Fold.Contains(' ') && At(text, folded, at, h)) return h.Fold.Length;
        return 0;
    }

    private int StartsWithHead(string text, string folded, int at)
    {
        foreach (var h in _heads.At(folded, at))
            if (At(text, folded, at, h))
            {
                // "Các nhiệm vụ cần làm ngay …": a collective word before a thing (collective-matters.txt) names no body.
                if (AfterCollective(folded, at) is var thing && thing == at + h.Fold.Length + 1
                    && _collectiveMatters.At(folded, thing).Any(w => At(text, folded, thing, w))) return 0;
                // "Báo cáo về các vướng mắc …", "Ban hành Kế hoạch …": a head that opens a longer verb ("báo" in "báo cáo", "ban" in
                // "ban hành", unit-name-ends.txt) is that verb, not a name.
                return _verbs.At(folded, at).Concat(_nameEnds.At(folded, at)).Any(v => v.Fold.Length > h.Fold.Length && At(text, folded, at, v)) ? 0 : h.Fold.Length;
            }
        return 0;
    }

    private static bool At(string text, string folded, int i, (string Fold, string Key) word) =>
        string.CompareOrdinal(folded, i, word.Fold, 0, word.Fold.Length) == 0
        && (i + word.Fold.Length >= folded.Length || !char.IsLetterOrDigit(folded[i + word.Fold.Length]))
        && IsPhraseAt(text, i, word.Fold.Length, word.Key);

    private bool AssignAt(string text, string folded, int at)
    {
        var m = _assign.Match(folded, at);
        return m.Success && m.Index == at && IsAssignWord(text, m);
    }

    /// <summary>
    /// "giao", "đề nghị", "yêu cầu" with their tones (assign-words.txt), unless a document word is their subject: in "gửi văn
    /// bản đề nghị cơ quan thuế …" (unit-cues.tsv, letter) the letter asks that body, not the document.
    /// </summary>
    private bool IsAssignWord(string text, Match m) =>
        _assignWords.Contains(text.Substring(m.Index, m.Length)) && !_letterBefore.IsMatch(VnText.FoldAligned(text[..m.Index]));

    /// <summary>A unit head, or "tổ chức" used as a noun ("tổ chức, doanh nghiệp và cá nhân có liên quan"), opens the text at <paramref name="at"/>.</summary>
    private bool OpensBody(string text, string folded, int at) =>
        StartsWithHead(text, folded, at) > 0
        || string.CompareOrdinal(folded, at, _nounVerb, 0, _nounVerb.Length) == 0 && IsNounUse(folded, at, _nounVerb);

    /// <summary>"tổ chức" names a body before "chính trị", "xã hội", "đoàn thể"; elsewhere it is the verb (unit-cues.tsv).</summary>
    private bool IsNounUse(string folded, int i, string verb) =>
        verb == _nounVerb && (_organisation.IsMatch(folded[(i + verb.Length)..]) || _pluralBefore.IsMatch(folded[..i]) || ListedAfterKind(folded, i));

    /// <summary>"các cơ quan, tổ chức và cá nhân có liên quan": after a body kind and a comma, "tổ chức" is the next kind listed.</summary>
    private bool ListedAfterKind(string folded, int i)
    {
        var before = folded[..i].TrimEnd();
        if (!before.EndsWith(',')) return false;
        before = before[..^1];
        return _headFolds.Any(h => before.EndsWith(h, StringComparison.Ordinal) && (before.Length == h.Length || !char.IsLetterOrDigit(before[^(h.Length + 1)])));
    }

    /// <summary>"chủ trì" / "phối hợp" at <paramref name="index"/> with their tones (unit-role-words.txt).</summary>
    private bool IsRoleWordAt(string text, string folded, int index) =>
        _roleWords.Phrases.Any(p => VnText.Fold(p) is var f && string.CompareOrdinal(folded, index, f, 0, f.Length) == 0 && _roleWords.Contains(text.Substring(index, f.Length)));
}
