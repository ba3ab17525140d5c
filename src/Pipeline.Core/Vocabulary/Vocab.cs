using Pipeline.Text;

namespace Pipeline.Vocabulary;

/// <summary>
/// The vocabularies the rules decide with, read from data files (<see cref="VocabularySource"/>). Immutable: one
/// instance is built where the pipeline is composed and handed to every stage that needs it, so a reader can be
/// tested with a small vocabulary and two profiles can live in one process.
/// </summary>
public sealed class Vocab
{
    /// <summary>The vocabularies of the data files embedded in this assembly.</summary>
    public static Vocab Load() => new(VocabularySource.Embedded);

    /// <summary>The embedded vocabularies with the given files (name → lines) in place of those of the same name.</summary>
    public static Vocab Load(IReadOnlyDictionary<string, IReadOnlyList<string>> files) => new(VocabularySource.Embedded.With(files));

    public Vocab(VocabularySource source)
    {
        IReadOnlyList<string[]> Rows(string file) => VocabularyFile.Rows(source.Lines(file));
        IReadOnlyList<string> Lines(string file) => VocabularyFile.Entries(source.Lines(file));
        DocTypes = Rows("doc-types.tsv")
            .Select(r => new DocTypeEntry(r[0], r[1], r[2].Split('|'))).ToList();
        SymbolTypes = Rows("symbol-types.tsv").ToDictionary(r => r[0], r => r[1], StringComparer.OrdinalIgnoreCase);
        SignerPrefixes = Rows("signer-prefixes.tsv")
            .SelectMany(r => r[1].Split('|').Select(v => (Variant: v, Canonical: r[0])))
            .OrderByDescending(p => p.Variant.Length).ToList();
        IssuerCodes = Rows("issuer-codes.tsv")
            .ToDictionary(r => r[0], r => new IssuerCode(r[1], r.Length > 2 ? r[2] : ""), StringComparer.OrdinalIgnoreCase);
        AdminLevels = Lexicon<ToneKey>.Load(source, "admin-levels.txt");
        PartyCommittees = Lexicon<ToneKey>.Load(source, "party-committees.txt");
        UnitHeads = Lexicon<ToneKey>.Load(source, "unit-heads.txt");
        DirectiveVerbs = Lexicon<ToneKey>.Load(source, "directive-verbs.txt");
        DirectiveCues = Lexicon<ToneKey>.Load(source, "directive-cues.txt");
        ActionOpenings = Lexicon<ToneKey>.Load(source, "action-openings.txt");
        PassiveDescriptions = Lexicon<ToneKey>.Load(source, "passive-descriptions.txt");
        StrongDirectiveCues = MarkAwareLexicon.Load(source, "directive-strong-cues.txt");
        StrongCueCompounds = MarkAwareLexicon.Load(source, "strong-cue-compounds.txt");
        ReportedCues = MarkAwareLexicon.Load(source, "reported-cues.txt");
        BasisOpenings = MarkAwareLexicon.Load(source, "basis-openings.txt");
        RestatementOpenings = MarkAwareLexicon.Load(source, "restatement-openings.txt");
        FactLabels = MarkAwareLexicon.Load(source, "fact-labels.txt");
        FactLabelExceptions = MarkAwareLexicon.Load(source, "fact-label-exceptions.txt");
        EnactmentOpenings = Lexicon<FoldKey>.Load(source, "enactment-openings.txt");
        RulingOpenings = Lexicon<FoldKey>.Load(source, "ruling-openings.txt");
        AddressOpenings = Lexicon<FoldKey>.Load(source, "address-openings.txt");
        DutyArticleTitles = MarkAwareLexicon.Load(source, "duty-article-titles.txt");
        var mandate = Rows("mandate-article-titles.tsv").Where(r => r.Length > 1).ToList();
        MandateArticleTitles = new MarkAwareLexicon(new Lexicon<ToneKey>(mandate.Where(r => r[1].Trim() == "mandate").Select(r => r[0].Trim())));
        MandateTitleVetoes = new MarkAwareLexicon(new Lexicon<ToneKey>(mandate.Where(r => r[1].Trim() == "duty").Select(r => r[0].Trim())));
        MandateDutyLists = new MarkAwareLexicon(new Lexicon<ToneKey>(mandate.Where(r => r[1].Trim() == "duty-list").Select(r => r[0].Trim())));
        var conduct = Rows("conduct-article-titles.tsv").Where(r => r.Length > 1).ToList();
        ConductTitleOpenings = new MarkAwareLexicon(new Lexicon<ToneKey>(conduct.Where(r => r[1].Trim() == "opening").Select(r => r[0].Trim())));
        ProcedureTitleOpenings = new MarkAwareLexicon(new Lexicon<ToneKey>(conduct.Where(r => r[1].Trim() == "procedure").Select(r => r[0].Trim())));
        ProcedureTitleFrames = new MarkAwareLexicon(new Lexicon<ToneKey>(conduct.Where(r => r[1].Trim() == "frame").Select(r => r[0].Trim())));
        StatusTitleOpenings = new MarkAwareLexicon(new Lexicon<ToneKey>(conduct.Where(r => r[1].Trim() == "status").Select(r => r[0].Trim())));
        ConductTitleAssigns = new MarkAwareLexicon(new Lexicon<ToneKey>(conduct.Where(r => r[1].Trim() == "assigns").Select(r => r[0].Trim())));
        var rule = Rows("rule-clauses.tsv").Where(r => r.Length > 1).ToList();
        RuleClauseOpenings = new MarkAwareLexicon(new Lexicon<ToneKey>(rule.Where(r => r[1].Trim() is "opening" or "statement" or "time-limit").Select(r => r[0].Trim())));
        RuleClauseStatements = new MarkAwareLexicon(new Lexicon<ToneKey>(rule.Where(r => r[1].Trim() == "statement").Select(r => r[0].Trim())));
        RuleClauseTimeLimits = new MarkAwareLexicon(new Lexicon<ToneKey>(rule.Where(r => r[1].Trim() == "time-limit").Select(r => r[0].Trim())));
        RuleClauseConsequents = rule.Where(r => r[1].Trim() == "consequent").Select(r => r[0].Trim()).ToArray();
        var quoted = Rows("quoted-provisions.tsv").Where(r => r.Length > 1).ToList();
        QuotedProvisionCitations = new MarkAwareLexicon(new Lexicon<ToneKey>(quoted.Where(r => r[1].Trim() == "citation").Select(r => r[0].Trim())));
        QuotedProvisionVerbs = new MarkAwareLexicon(new Lexicon<ToneKey>(quoted.Where(r => r[1].Trim() == "verb").Select(r => r[0].Trim())));
        EnactingAuthorities = Lexicon<ToneKey>.Load(source, "enacting-authorities.txt");
        UnitNameEnds = Lexicon<ToneKey>.Load(source, "unit-name-ends.txt");
        RemitPhrases = Lexicon<ToneKey>.Load(source, "remit-phrases.txt");
        MatterOpeners = Lexicon<ToneKey>.Load(source, "matter-openers.txt");
        CollectiveMatters = Lexicon<ToneKey>.Load(source, "collective-matters.txt");
        MainClauseOpeners = Lexicon<ToneKey>.Load(source, "main-clause-openers.txt");
        AdverbialOpeners = Lexicon<ToneKey>.Load(source, "adverbial-openers.txt");
        AttachmentHeadings = Lexicon<FoldKey>.Load(source, "attachment-headings.txt");
        LicenceHistoryNotes = Lexicon<FoldKey>.Load(source, "licence-history-notes.txt");
        TypeQualifiers = Lexicon<FoldKey>.Load(source, "type-qualifiers.txt");
        SubjectLabels = Lexicon<FoldKey>.Load(source, "subject-labels.txt");
        TransitionalClauses = MarkAwareLexicon.Load(source, "transitional-clauses.txt");
        PermissionClauses = MarkAwareLexicon.Load(source, "permission-clauses.txt");
        CitedDocumentClauses = MarkAwareLexicon.Load(source, "cited-document-clauses.txt");
        ExampleMarkers = Lexicon<FoldKey>.Load(source, "example-markers.txt");
        StandingClauses = MarkAwareLexicon.Load(source, "standing-clauses.txt");
        DutyClauseCues = MarkAwareLexicon.Load(source, "duty-clause-cues.txt");
        DelegationVerbs = MarkAwareLexicon.Load(source, "delegation-verbs.txt");
        PermissionRestrictors = MarkAwareLexicon.Load(source, "permission-restrictors.txt");
        SelfReferences = Lexicon<FoldKey>.Load(source, "self-references.txt");
        ProgrammeSections = Lexicon<FoldKey>.Load(source, "programme-sections.txt");
        FundingSections = Lexicon<FoldKey>.Load(source, "funding-sections.txt");
        PortalNotes = Lexicon<FoldKey>.Load(source, "portal-notes.txt");
        AdoptionClauses = Rows("adoption-clauses.tsv").Select(r => (VnText.Fold(r[0].Trim()), VnText.Fold(r[1].Trim()))).ToList();
        AdminLevelNames = Rows("admin-levels.txt").Where(r => r.Length == 1).Select(r => r[0].Trim()).ToList();
        NationalBodies = Lexicon<ToneKey>.Load(source, "national-bodies.txt");
        CommaNames = Lexicon<ToneKey>.Load(source, "comma-names.txt");
        IssuerContinuations = Lexicon<ToneKey>.Load(source, "issuer-continuations.txt");
        DepartmentHeads = Lexicon<ToneKey>.Load(source, "department-heads.txt");
        AssignWords = Lexicon<ToneKey>.Load(source, "assign-words.txt");
        RequestOpenings = Lexicon<ToneKey>.Load(source, "request-openings.txt");
        ApprovalOpenings = Lexicon<ToneKey>.Load(source, "approval-openings.txt");
        DirectiveSections = Lexicon<FoldKey>.Load(source, "directive-sections.txt").Phrases;
        FindingSections = Lines("finding-sections.txt");
        AssessingClauses = Lexicon<FoldKey>.Load(source, "assessing-clauses.txt");
        TargetSections = Lines("target-sections.txt");
        SignatureNoise = Lines("signature-noise.txt");
        Provinces = Lines("provinces.txt");
        Casing = Rows("casing.tsv").Select(r => (r[0], r[1])).OrderByDescending(p => p.Item1.Length).ToList();
        Abbreviations = Rows("abbreviations.tsv").ToDictionary(r => r[0], r => r[1]);
        SignerPositionNames = Lines("signer-positions.txt");
        SignerPositions = SignerPositionNames.Select(p => Text.VnText.ToneKey(p)).ToHashSet();
        PositionVocabulary = new ClosedVocabulary(SignerPositionNames);
        DeputyWords = Lexicon<ToneKey>.Load(source, "deputy-words.txt");
        BodyVocabulary = new ClosedVocabulary(Lines("issuer-bodies.txt"));
        IssuerBodies = new Lexicon<FoldKey>(Lines("issuer-bodies.txt"));
        ProvinceVocabulary = new ClosedVocabulary(Provinces);
        DocTypeVocabulary = new ClosedVocabulary(DocTypes.SelectMany(t => t.PrintedForms));
        TypeWords = new TypeWords(DocTypes);
        SigningFormulas = new SigningFormulas(SignerPrefixes);
        BodyOpenings = PatternList.Load(source, "body-openings.txt");
        BodyOpeningsToned = Lexicon<ToneKey>.Load(source, "body-openings-toned.txt");
        DivisionWords = PatternList.Load(source, "division-words.txt");
        TitleConnectors = TitleConnectors.Load(source);
        LevelWordForms = PatternList.Load(source, "level-word-forms.txt");
        Conjunctions = Lexicon<ToneKey>.Load(source, "conjunctions.txt");
        DeadlineCues = PatternList.LoadGroups(source, "deadline-cues.tsv");
        ClosingFormula = PatternList.LoadGroups(source, "closing-formula.tsv");
        UnitCues = PatternList.LoadGroups(source, "unit-cues.tsv");
        TableColumns = PatternList.LoadGroups(source, "table-columns.tsv");
        UnitRoleWords = Lexicon<ToneKey>.Load(source, "unit-role-words.txt");
        EnactingWords = PatternList.Load(source, "enacting-words.txt");
    }

    /// <summary>The words around a unit in a directive, by group: assign, lead, support, heading, honorific, plural … (unit-cues.tsv).</summary>
    public PatternTable UnitCues { get; }

    /// <summary>The column labels of an assignment table other than its units': content, deadline (table-columns.tsv).</summary>
    public PatternTable TableColumns { get; }

    /// <summary>"chủ trì", "phối hợp" with their tones (unit-role-words.txt).</summary>
    public Lexicon<ToneKey> UnitRoleWords { get; }

    /// <summary>The words of a closing formula, by group: opening, document, citation, ending (closing-formula.tsv).</summary>
    public PatternTable ClosingFormula { get; }

    /// <summary>"QUYẾT NGHỊ:", "QUYẾT ĐỊNH:" alone on their line (enacting-words.txt).</summary>
    public PatternList EnactingWords { get; }

    /// <summary>The words that introduce a deadline, by kind of date: day, month, quarter, year, recurring (deadline-cues.tsv).</summary>
    public PatternTable DeadlineCues { get; }

    /// <summary>Openings of a body paragraph (body-openings.txt, folded) and those that keep their tone (body-openings-toned.txt).</summary>
    public PatternList BodyOpenings { get; }
    public Lexicon<ToneKey> BodyOpeningsToned { get; }

    /// <summary>Chương, Mục, Phần: the divisions of a legal text above its articles (division-words.txt).</summary>
    public PatternList DivisionWords { get; }

    /// <summary>Last words after which a title line goes on (title-connectors.txt).</summary>
    public TitleConnectors TitleConnectors { get; }

    /// <summary>The level word between a body and its place, OCR forms included (level-word-forms.txt).</summary>
    public PatternList LevelWordForms { get; }

    /// <summary>"và" inside a name (conjunctions.txt).</summary>
    public Lexicon<ToneKey> Conjunctions { get; }

    /// <summary>Closed vocabularies that repair OCR damage (<see cref="ClosedVocabulary"/>).</summary>
    public ClosedVocabulary PositionVocabulary { get; }
    /// <summary>The word before a post that makes it the deputy's (deputy-words.txt): a deputy signs only under KT.</summary>
    public Lexicon<ToneKey> DeputyWords { get; }
    public ClosedVocabulary BodyVocabulary { get; }
    /// <summary>The same bodies for prefix matching: a body printed over two header lines ("ỦY BAN THƯỜNG VỤ" / "QUỐC HỘI").</summary>
    public Lexicon<FoldKey> IssuerBodies { get; }
    public ClosedVocabulary ProvinceVocabulary { get; }
    public ClosedVocabulary DocTypeVocabulary { get; }

    public IReadOnlyList<DocTypeEntry> DocTypes { get; }

    /// <summary>The matcher of a signing formula's prefix at the head of a line (signer-prefixes.tsv).</summary>
    public SigningFormulas SigningFormulas { get; }

    /// <summary>The matcher of a type word at the head of a line (doc-types.tsv's printed forms).</summary>
    public TypeWords TypeWords { get; }
    public IReadOnlyDictionary<string, string> SymbolTypes { get; }
    public IReadOnlyList<(string Variant, string Canonical)> SignerPrefixes { get; }
    public IReadOnlyDictionary<string, IssuerCode> IssuerCodes { get; }
    public Lexicon<ToneKey> AdminLevels { get; }
    public Lexicon<ToneKey> PartyCommittees { get; }
    public Lexicon<ToneKey> UnitHeads { get; }
    public Lexicon<ToneKey> DirectiveVerbs { get; }
    public Lexicon<ToneKey> DirectiveCues { get; }
    /// <summary>Verbs that open an action sub-item, beyond the directive verbs and cues (Huấn luyện, Cấp, Lập …).</summary>
    public Lexicon<ToneKey> ActionOpenings { get; }

    /// <summary>Words that open a passive predicate after a sub-item's label ("Báo cáo định kỳ …: Được lập và nộp …"): the label is a thing, not an actor.</summary>
    public Lexicon<ToneKey> PassiveDescriptions { get; }
    public Lexicon<FoldKey> EnactmentOpenings { get; }

    /// <summary>Verbs after a preamble's subject that make it the speaker of the notice, not an actor ("… có ý kiến chỉ đạo
    /// như sau:"; ruling-openings.txt).</summary>
    public Lexicon<FoldKey> RulingOpenings { get; }

    /// <summary>The address to the officials an execution article names ("Các Ông/Bà:"; address-openings.txt).</summary>
    public Lexicon<FoldKey> AddressOpenings { get; }
    public MarkAwareLexicon StrongDirectiveCues { get; }
    /// <summary>Nouns that open with a strong cue ("giao thông", "giao dịch"): no cue there (strong-cue-compounds.txt).</summary>
    public MarkAwareLexicon StrongCueCompounds { get; }
    /// <summary>Words before a strong cue that make it report a request rather than make one ("theo đề nghị của …", "đã có văn bản … đề nghị").</summary>
    public MarkAwareLexicon ReportedCues { get; }
    public MarkAwareLexicon BasisOpenings { get; }
    /// <summary>Openings that restate the law ("Theo quy định tại …,"): read by their main clause, as a basis is.</summary>
    public MarkAwareLexicon RestatementOpenings { get; }

    /// <summary>
    /// Whether the text opens with a basis ("Căn cứ …,") or a restatement of the law ("Theo quy định tại …,"): a phrase
    /// before the comma after which the main clause says what the sentence does.
    /// </summary>
    public bool OpensWithBasisOrRestatement(MarkAwareKey text) =>
        BasisOpenings.MatchPrefix(text) > 0 || RestatementOpenings.MatchPrefix(text) > 0;
    public MarkAwareLexicon FactLabels { get; }
    public MarkAwareLexicon FactLabelExceptions { get; }
    /// <summary>Title words of an article that assigns duties (Trách nhiệm, Tổ chức thực hiện …).</summary>
    public MarkAwareLexicon DutyArticleTitles { get; }
    /// <summary>Title words of a regulation's article on a standing body's mandate (Nhiệm vụ, quyền hạn …), and the words that veto it (Trách nhiệm …).</summary>
    public MarkAwareLexicon MandateArticleTitles { get; }
    public MarkAwareLexicon MandateTitleVetoes { get; }
    /// <summary>Titles that list a body's duties ("Nhiệm vụ của X"): its mandate when the document also defines X's functions.</summary>
    public MarkAwareLexicon MandateDutyLists { get; }
    /// <summary>How a conduct article's title opens ("Trách nhiệm"), conduct-article-titles.tsv.</summary>
    public MarkAwareLexicon ConductTitleOpenings { get; }
    /// <summary>How a procedure or time-limit article's title opens ("Thủ tục", "Trình tự", "Quy trình", "Thời hạn"), conduct-article-titles.tsv.</summary>
    public MarkAwareLexicon ProcedureTitleOpenings { get; }
    /// <summary>The passive frame that ends an untitled article's lead-in ("… được thực hiện như sau"), conduct-article-titles.tsv.</summary>
    public MarkAwareLexicon ProcedureTitleFrames { get; }
    /// <summary>How an article on the rights and obligations of the rule's subjects opens ("Quyền và nghĩa vụ"), conduct-article-titles.tsv.</summary>
    public MarkAwareLexicon StatusTitleOpenings { get; }
    /// <summary>Words after that opening that make the article assign duties instead ("của", "thi hành"), conduct-article-titles.tsv.</summary>
    public MarkAwareLexicon ConductTitleAssigns { get; }
    /// <summary>Openings of a regulation's condition, case or time-limit clause (Trường hợp …, Đối với …, Trong thời hạn …) and the word its consequent follows (thì).</summary>
    public MarkAwareLexicon RuleClauseOpenings { get; }
    /// <summary>The rule-clause openings that make a rule in any kind of document ("Việc …", rule-clauses.tsv "statement").</summary>
    public MarkAwareLexicon RuleClauseStatements { get; }
    public IReadOnlyList<string> RuleClauseConsequents { get; }
    /// <summary>rule-clauses.tsv, time-limit: the openings of a clause that sets a time limit ("Trong thời hạn 02 ngày làm việc …").</summary>
    public MarkAwareLexicon RuleClauseTimeLimits { get; }
    /// <summary>quoted-provisions.tsv: how a clause cites a provision ("khoản", "tại Điều") and the verb that quotes it ("quy định").</summary>
    public MarkAwareLexicon QuotedProvisionCitations { get; }
    public MarkAwareLexicon QuotedProvisionVerbs { get; }
    /// <summary>Openings of the enacting authority line under a decision's title (Hội đồng nhân dân tỉnh …).</summary>
    public Lexicon<ToneKey> EnactingAuthorities { get; }
    /// <summary>Words after a unit's name that end it without being a directive verb (trong, theo, căn cứ …).</summary>
    public Lexicon<ToneKey> UnitNameEnds { get; }
    /// <summary>A remit phrase between a subject and its verb ("… theo chức năng, nhiệm vụ, quyền hạn được giao tham mưu …").</summary>
    public Lexicon<ToneKey> RemitPhrases { get; }
    /// <summary>Words opening a duty's matter after its bearer ("… trong việc triển khai …"): they end a heading's collective.</summary>
    public Lexicon<ToneKey> MatterOpeners { get; }
    /// <summary>Things a collective word may open that are no bodies ("các nhiệm vụ", "các văn bản"); collective-matters.txt.</summary>
    public Lexicon<ToneKey> CollectiveMatters { get; }

    /// <summary>The word that opens a main clause after its condition ("… thì cơ quan … có trách nhiệm …"); main-clause-openers.txt.</summary>
    public Lexicon<ToneKey> MainClauseOpeners { get; }
    /// <summary>Words opening a sentence's adverbial before its subject ("Trong quá trình …, UBND … gửi …"); adverbial-openers.txt.</summary>
    public Lexicon<ToneKey> AdverbialOpeners { get; }
    /// <summary>Openings of an attachment printed after the signature (Phụ lục …).</summary>
    public Lexicon<FoldKey> AttachmentHeadings { get; }

    /// <summary>The parenthesised licensing history under a licence's title ("(Cấp lần đầu: ngày …)").</summary>
    public Lexicon<FoldKey> LicenceHistoryNotes { get; }

    /// <summary>Openings of the line under a Party document's type word naming who adopts it ("CỦA BỘ CHÍNH TRỊ").</summary>
    public Lexicon<FoldKey> TypeQualifiers { get; }

    /// <summary>Words opening a letter's subject line printed without "V/v" ("về việc …" under a Party letter's number).</summary>
    public Lexicon<FoldKey> SubjectLabels { get; }
    /// <summary>Phrases of a transitional provision ("… tiếp tục hoạt động cho đến khi …"): a status, not work assigned.</summary>
    public MarkAwareLexicon TransitionalClauses { get; }
    /// <summary>The predicate of a clause that grants a right or a permission ("… được sử dụng …"): a power, not work assigned.</summary>
    public MarkAwareLexicon PermissionClauses { get; }
    /// <summary>The consequent of the clause on cited documents ("… thì thực hiện theo văn bản mới"): which text governs, not work assigned.</summary>
    public MarkAwareLexicon CitedDocumentClauses { get; }
    /// <summary>The word that opens an illustration ("Ví dụ: …"): what follows is the case illustrated, not work assigned.</summary>
    public Lexicon<FoldKey> ExampleMarkers { get; }
    /// <summary>How a body a decision sets up stands ("… làm việc theo chế độ kiêm nhiệm", "… tự giải thể …"): a status, not work assigned.</summary>
    public MarkAwareLexicon StandingClauses { get; }
    /// <summary>The words by which a regulation's clause gives the body it names a standing duty ("có trách nhiệm"), duty-clause-cues.txt.</summary>
    public MarkAwareLexicon DutyClauseCues { get; }
    /// <summary>The verbs by which a regulation hands the detail of a rule to the body its clause opens with ("quy định chi tiết"), delegation-verbs.txt.</summary>
    public MarkAwareLexicon DelegationVerbs { get; }
    /// <summary>A word before a permission's predicate that makes it a restriction ("… chỉ được phép … khi …"): an obligation.</summary>
    public MarkAwareLexicon PermissionRestrictors { get; }
    /// <summary>How a document names itself as a sentence's subject ("Quyết định này …").</summary>
    public Lexicon<FoldKey> SelfReferences { get; }
    /// <summary>Headings of an inspection's or a session's programme ("Nội dung kiểm tra", "Phương pháp kiểm tra").</summary>
    public Lexicon<FoldKey> ProgrammeSections { get; }
    /// <summary>Phrases of a legal portal's bracketed editorial note ("được hướng dẫn bởi", portal-notes.txt).</summary>
    public Lexicon<FoldKey> PortalNotes { get; }
    /// <summary>Headings of a funding section ("VỐN ĐẦU TƯ", "Kinh phí thực hiện"): amounts and their uses, not work assigned.</summary>
    public Lexicon<FoldKey> FundingSections { get; }
    /// <summary>The adoption clause of a resolution or law: how it opens and what it says later, folded ("nghi quyet nay duoc", "thong qua").</summary>
    public IReadOnlyList<(string Opening, string Contains)> AdoptionClauses { get; }

    /// <summary>"Nghị quyết này đã được Hội đồng nhân dân … thông qua ngày …" (<c>adoption-clauses.tsv</c>): the paragraph an
    /// elected body's text ends with, printed between its last article and the signature.</summary>
    public bool IsAdoptionClause(string text)
    {
        var folded = AdoptionKey(text);
        foreach (var (opening, contains) in AdoptionClauses)
            if (Words.IndexOf(folded, opening) == 0 && (Words.IndexOf(folded, contains) > opening.Length || GluedAfter(folded, contains) > opening.Length))
                return true;
        return false;
    }

    // "… khóa XVthông qua ngày 16 tháng 6 năm 2025" (NQ 1661/NQ-UBTVQH15 as a portal rendered it): the converter glued the
    // phrase to the word before it, as it glues "tỉnhThái Nguyên"; the text keeps the glue, so the phrase may close a word.
    private static int GluedAfter(string folded, string phrase)
    {
        for (var i = folded.IndexOf(phrase, StringComparison.Ordinal); i > 0; i = folded.IndexOf(phrase, i + 1, StringComparison.Ordinal))
        {
            var end = i + phrase.Length;
            if (end >= folded.Length || !Words.IsWordChar(folded[end])) return i;
        }
        return -1;
    }

    /// <summary>True when <paramref name="text"/> opens as an adoption clause does, whatever follows.</summary>
    public bool OpensAdoptionClause(string text)
    {
        var folded = AdoptionKey(text);
        return AdoptionClauses.Any(c => Words.IndexOf(folded, c.Opening) == 0);
    }

    /// <summary>The clause folded past the markdown marks and the parenthesis a portal may print it in.</summary>
    private static string AdoptionKey(string text) => VnText.Fold(text.TrimStart('*', '_', ' ', '(')).Trim();
    /// <summary>Level words written out (tỉnh, huyện, thành phố …), as a body's own level is named in running text.</summary>
    public IReadOnlyList<string> AdminLevelNames { get; }
    public Lexicon<ToneKey> NationalBodies { get; }

    /// <summary>Body names that hold a comma ("Đảng ủy Mặt trận Tổ quốc, các đoàn thể tỉnh"): one unit, not two.</summary>
    public Lexicon<ToneKey> CommaNames { get; }
    public Lexicon<ToneKey> IssuerContinuations { get; }
    public Lexicon<ToneKey> DepartmentHeads { get; }
    public Lexicon<ToneKey> AssignWords { get; }

    /// <summary>
    /// True when <paramref name="text"/> stops on an assigning word with nothing after it ("Điều 3. Giao", "Hội đồng nhân
    /// dân tỉnh giao"): the body it assigns is on the next line. A passive "được giao" (the work assigned) ends a phrase.
    /// </summary>
    public bool EndsOnAssignWord(string text)
    {
        var words = text.TrimEnd('*', ' ').Split(' ', StringSplitOptions.RemoveEmptyEntries);
        for (var n = Math.Min(2, words.Length); n >= 1; n--)
            if (AssignWords.Contains(string.Join(' ', words[^n..])))
                return words.Length == n || VnText.ToneKey(words[^(n + 1)]) != VnText.ToneKey("được");
        return false;
    }

    /// <summary>request-openings.txt: words that open a clause asking another body to act ("Đề nghị Chính phủ …"), which no enacting article makes its own content.</summary>
    public Lexicon<ToneKey> RequestOpenings { get; }
    /// <summary>approval-openings.txt: words that open an item recording what the issuer agreed to, adopted or heard ("Đồng ý chủ trương …", "Thông qua Báo cáo …").</summary>
    public Lexicon<ToneKey> ApprovalOpenings { get; }
    public IReadOnlyList<string> DirectiveSections { get; }
    public IReadOnlyList<string> FindingSections { get; }
    /// <summary>assessing-clauses.txt: a resolution's heading that assesses the period past ("… thống nhất đánh giá …"): its items are findings.</summary>
    public Lexicon<FoldKey> AssessingClauses { get; }
    public IReadOnlyList<string> TargetSections { get; }
    public IReadOnlyList<string> SignatureNoise { get; }
    public IReadOnlyList<string> Provinces { get; }
    public IReadOnlyList<(string Key, string Cased)> Casing { get; }
    public IReadOnlyDictionary<string, string> Abbreviations { get; }
    /// <summary>Signer positions as printed in natural case (Chức vụ), and their tone keys for lookups.</summary>
    public IReadOnlyList<string> SignerPositionNames { get; }
    public IReadOnlySet<string> SignerPositions { get; }

    /// <summary>Whether the text, tones and case aside, is a signer's position of signer-positions.txt ("PHÓ THỦ TƯỚNG").</summary>
    public bool IsSignerPosition(string text) => SignerPositions.Contains(Text.VnText.ToneKey(text));

    public DocTypeEntry? DocType(string code) => DocTypes.FirstOrDefault(t => t.Code == code);
}

/// <summary>A document type: its code in the contract, its name, and how its type word is printed.</summary>
public sealed record DocTypeEntry(string Code, string Name, IReadOnlyList<string> PrintedForms);

/// <summary>What an issuer code in a reference symbol stands for.</summary>
public sealed record IssuerCode(string Body, string Level);
