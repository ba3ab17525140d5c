using Pipeline.Text;

namespace Pipeline.Vocabulary;

/// <summary>The vocabularies the rules use, loaded once from the embedded data files.</summary>
public sealed class Vocab
{
    private static readonly Lazy<Vocab> Lazy = new(() => new Vocab());
    public static Vocab Default => Lazy.Value;

    private Vocab()
    {
        DocTypes = VocabularyFile.Rows("doc-types.tsv")
            .Select(r => new DocTypeEntry(r[0], r[1], r[2].Split('|'))).ToList();
        SymbolTypes = VocabularyFile.Rows("symbol-types.tsv").ToDictionary(r => r[0], r => r[1], StringComparer.OrdinalIgnoreCase);
        SignerPrefixes = VocabularyFile.Rows("signer-prefixes.tsv")
            .SelectMany(r => r[1].Split('|').Select(v => (Variant: v, Canonical: r[0])))
            .OrderByDescending(p => p.Variant.Length).ToList();
        IssuerCodes = VocabularyFile.Rows("issuer-codes.tsv")
            .ToDictionary(r => r[0], r => new IssuerCode(r[1], r.Length > 2 ? r[2] : ""), StringComparer.OrdinalIgnoreCase);
        AdminLevels = Lexicon<ToneKey>.Load("admin-levels.txt");
        PartyCommittees = Lexicon<ToneKey>.Load("party-committees.txt");
        UnitHeads = Lexicon<ToneKey>.Load("unit-heads.txt");
        DirectiveVerbs = Lexicon<ToneKey>.Load("directive-verbs.txt");
        DirectiveCues = Lexicon<ToneKey>.Load("directive-cues.txt");
        StrongDirectiveCues = MarkAwareLexicon.Load("directive-strong-cues.txt");
        BasisOpenings = MarkAwareLexicon.Load("basis-openings.txt");
        FactLabels = MarkAwareLexicon.Load("fact-labels.txt");
        FactLabelExceptions = MarkAwareLexicon.Load("fact-label-exceptions.txt");
        DutyArticleTitles = MarkAwareLexicon.Load("duty-article-titles.txt");
        EnactingAuthorities = Lexicon<ToneKey>.Load("enacting-authorities.txt");
        UnitNameEnds = Lexicon<ToneKey>.Load("unit-name-ends.txt");
        EnactmentOpenings = Lexicon<FoldKey>.Load("enactment-openings.txt");
        FindingSections = VocabularyFile.Lines("finding-sections.txt");
        TargetSections = VocabularyFile.Lines("target-sections.txt");
        SignatureNoise = VocabularyFile.Lines("signature-noise.txt");
        Provinces = VocabularyFile.Lines("provinces.txt");
        Casing = VocabularyFile.Rows("casing.tsv").Select(r => (r[0], r[1])).OrderByDescending(p => p.Item1.Length).ToList();
        Abbreviations = VocabularyFile.Rows("abbreviations.tsv").ToDictionary(r => r[0], r => r[1]);
        SignerPositionNames = VocabularyFile.Lines("signer-positions.txt");
        SignerPositions = SignerPositionNames.Select(p => Text.VnText.ToneKey(p)).ToHashSet();
        PositionVocabulary = new ClosedVocabulary(SignerPositionNames);
        BodyVocabulary = new ClosedVocabulary(VocabularyFile.Lines("issuer-bodies.txt"));
        IssuerBodies = new Lexicon<FoldKey>(VocabularyFile.Lines("issuer-bodies.txt"));
        ProvinceVocabulary = new ClosedVocabulary(Provinces);
        DocTypeVocabulary = new ClosedVocabulary(DocTypes.SelectMany(t => t.PrintedForms));
    }

    /// <summary>Closed vocabularies that repair OCR damage (<see cref="ClosedVocabulary"/>).</summary>
    public ClosedVocabulary PositionVocabulary { get; }
    public ClosedVocabulary BodyVocabulary { get; }
    /// <summary>The same bodies for prefix matching: a body printed over two header lines ("ỦY BAN THƯỜNG VỤ" / "QUỐC HỘI").</summary>
    public Lexicon<FoldKey> IssuerBodies { get; }
    public ClosedVocabulary ProvinceVocabulary { get; }
    public ClosedVocabulary DocTypeVocabulary { get; }

    public IReadOnlyList<DocTypeEntry> DocTypes { get; }
    public IReadOnlyDictionary<string, string> SymbolTypes { get; }
    public IReadOnlyList<(string Variant, string Canonical)> SignerPrefixes { get; }
    public IReadOnlyDictionary<string, IssuerCode> IssuerCodes { get; }
    public Lexicon<ToneKey> AdminLevels { get; }
    public Lexicon<ToneKey> PartyCommittees { get; }
    public Lexicon<ToneKey> UnitHeads { get; }
    public Lexicon<ToneKey> DirectiveVerbs { get; }
    public Lexicon<ToneKey> DirectiveCues { get; }
    public Lexicon<FoldKey> EnactmentOpenings { get; }
    public MarkAwareLexicon StrongDirectiveCues { get; }
    public MarkAwareLexicon BasisOpenings { get; }
    public MarkAwareLexicon FactLabels { get; }
    public MarkAwareLexicon FactLabelExceptions { get; }
    /// <summary>Title words of an article that assigns duties (Trách nhiệm, Tổ chức thực hiện …).</summary>
    public MarkAwareLexicon DutyArticleTitles { get; }
    /// <summary>Openings of the enacting authority line under a decision's title (Hội đồng nhân dân tỉnh …).</summary>
    public Lexicon<ToneKey> EnactingAuthorities { get; }
    /// <summary>Words after a unit's name that end it without being a directive verb (trong, theo, căn cứ …).</summary>
    public Lexicon<ToneKey> UnitNameEnds { get; }
    public IReadOnlyList<string> FindingSections { get; }
    public IReadOnlyList<string> TargetSections { get; }
    public IReadOnlyList<string> SignatureNoise { get; }
    public IReadOnlyList<string> Provinces { get; }
    public IReadOnlyList<(string Key, string Cased)> Casing { get; }
    public IReadOnlyDictionary<string, string> Abbreviations { get; }
    /// <summary>Signer positions as printed in natural case (Chức vụ), and their tone keys for lookups.</summary>
    public IReadOnlyList<string> SignerPositionNames { get; }
    public IReadOnlySet<string> SignerPositions { get; }

    public DocTypeEntry? DocType(string code) => DocTypes.FirstOrDefault(t => t.Code == code);
}

/// <summary>A document type: its code in the contract, its name, and how its type word is printed.</summary>
public sealed record DocTypeEntry(string Code, string Name, IReadOnlyList<string> PrintedForms);

/// <summary>What an issuer code in a reference symbol stands for.</summary>
public sealed record IssuerCode(string Body, string Level);
