using System.Collections.Immutable;
using Pipeline.Text;
using Pipeline.Values;
using Pipeline.Vocabulary;

namespace Pipeline.Roles;

/// <summary>
/// Recognisers for the fixed-form lines whose words come from the vocabulary: the type word, the signer prefix,
/// a bare number/symbol line and the signature area's noise. Built once with the <see cref="Vocab"/> it reads.
/// </summary>
public sealed partial class LineRecognizer
{
    private readonly Vocab _vocab;
    private readonly PlaceDateParser _placeDate;

    public LineRecognizer(Vocab vocab)
    {
        _vocab = vocab;
        _placeDate = new PlaceDateParser(vocab);
    }

    public Vocab Vocab => _vocab;

    /// <summary>
    /// Records on every line what its role's recogniser reads there (the type word, the signer prefix, the item
    /// label, the reference and place-date parts, the text after Nơi nhận / Lưu), whichever classifier gave the
    /// roles, so the field and task stages never match the text again. Earlier recognitions are replaced.
    /// </summary>
    public RoledDocument Recognize(RoledDocument doc)
    {
        var lines = doc.Lines;
        var result = ImmutableArray.CreateBuilder<RoledLine>(lines.Length);
        // Only a công văn's "V/v" is a label; under a type word ("THÔNG BÁO / V/v hoán đổi …") it is part of the
        // trích yếu as printed (corpus/expected/README.md, Signer / header).
        var typeWordAt = doc.First(LineRole.DocType)?.Index ?? -1;
        for (var i = 0; i < lines.Length; i++)
        {
            var l = lines[i];
            var opensRun = i == 0 || lines[i - 1].Role != l.Role;
            result.Add(l with
            {
                DocType = l.Role == LineRole.DocType ? DocTypeWord(l.Text) : null,
                SignerPrefix = l.Role == LineRole.SignerAuthority ? SignerPrefix(l.Text) ?? WrappedSignerPrefix(lines, i) : null,
                Label = l.Role is LineRole.ListItem or LineRole.SectionHeading ? ItemLabelMatch.Parse(l.Text) : null,
                Reference = l.Role == LineRole.Reference && opensRun
                    ? DocumentReference.Parse(LinePatterns.AfterNumberLabel(AsNumberLine(string.Join(' ', Run(lines, i).Select(r => r.Text.Trim('*', ' '))))))
                    : null,
                PlaceDate = l.Role == LineRole.PlaceDate && opensRun ? ReadPlaceDate(string.Join(' ', Run(lines, i).Select(r => r.Text.Trim()))) : null,
                Content = l.Role switch
                {
                    LineRole.RecipientsHeader => LinePatterns.AfterRecipientsLabel(l.Text),
                    LineRole.Archive => LinePatterns.AfterArchiveLabel(l.Text.Trim()),
                    LineRole.AddresseeHeader => LinePatterns.AfterAddresseeLabel(l.Text),
                    LineRole.Title when (typeWordAt < 0 || i < typeWordAt) && LinePatterns.IsSubjectLine(l.Text.Trim('*', ' ')) => LinePatterns.AfterSubjectLabel(l.Text.Trim('*', ' ')),
                    LineRole.Title when typeWordAt < 0 && AfterSubjectWords(l.Text) is { } subject => subject,
                    _ => null,
                },
            });
        }
        return doc with { Lines = StampFillIns.Fill(result.MoveToImmutable()) };
    }

    private PlaceDateParts ReadPlaceDate(string text)
    {
        var (place, date) = _placeDate.Parse(text);
        return new PlaceDateParts(place, date);
    }

    /// <summary>The line at <paramref name="start"/> and the lines right after it that share its role (a line OCR broke in two).</summary>
    private static IEnumerable<RoledLine> Run(ImmutableArray<RoledLine> lines, int start)
    {
        for (var i = start; i < lines.Length && lines[i].Role == lines[start].Role; i++) yield return lines[i];
    }

    /// <summary>
    /// A header line that is only a number and symbol whose first part is a document-type code ("19/2026/NQ-CP",
    /// "600-TB/TU"): the reference when OCR lost its faint "Số:" label under a stamp. The type code keeps a cited
    /// document or a date out.
    /// </summary>
    public bool IsBareSymbolLine(string text)
    {
        var m = LinePatterns.BareSymbol().Match(text.Trim());
        return m.Success && _vocab.SymbolTypes.ContainsKey(m.Groups["type"].Value);
    }

    /// <summary>The signer prefix a line starts with (TM., KT., TL., TUQ., Q.) as printed, and the rest of the line.</summary>
    /// <summary>
    /// A signing formula printed alone on its line, its post on the next ("TL." / "BỘ TRƯỞNG"): the pair read as one.
    /// Only the first line carries the match; the next line is part of it.
    /// </summary>
    public SignerPrefixMatch? WrappedSignerPrefix(string text, string next) =>
        text.Trim('*', ' ').Length <= 5 && SignerPrefix(text) is null ? SignerPrefix(text.Trim('*', ' ') + " " + next.Trim('*', ' ')) : null;

    private SignerPrefixMatch? WrappedSignerPrefix(ImmutableArray<RoledLine> lines, int i) =>
        i + 1 < lines.Length && lines[i + 1].Role == LineRole.SignerAuthority ? WrappedSignerPrefix(lines[i].Text, lines[i + 1].Text) : null;

    /// <summary>The signing formula a line opens with (<see cref="Vocabulary.SigningFormulas"/>).</summary>
    public SignerPrefixMatch? SignerPrefix(string text) =>
        _vocab.SigningFormulas.Match(text) is { } m ? new SignerPrefixMatch(m.Prefix, m.Post) : null;

    /// <summary>A line in capitals that is exactly a signer's post of the closed vocabulary ("CHỦ TỊCH QUỐC HỘI", "THỦ TƯỚNG").</summary>
    public bool IsSignerPosition(string text)
    {
        var t = text.Trim('*', ' ');
        return VnText.IsUpper(t, 3) && _vocab.IsSignerPosition(t);
    }

    /// <summary>The document type a line names when it is (or starts with) a type word in capitals.</summary>
    public DocTypeMatch? DocTypeWord(string text)
    {
        var t = text.Trim().Trim('*', ' ');
        if (!VnText.IsUpper(t.Split(' ').Take(2).Aggregate("", (a, b) => a + b), 2)) return null;
        if (_vocab.TypeWords.MatchStart(t) is null && MarkAfterFirstWord().Replace(t, "$1 ", 1) is var unmarked && unmarked != t) t = unmarked;
        return _vocab.TypeWords.MatchStart(t) is { } m ? new DocTypeMatch(m.Type, t.Length > m.Length ? t[(m.Length + 1)..].Trim() : "") : null;
    }

    // A mark OCR read inside a type word ("QUYẾT: ĐỊNH CHẤP THUẬN …", QĐ-2338's scan): every type word has two
    // syllables or more and no punctuation, so a mark after the first capital syllable is not printed text.
    [System.Text.RegularExpressions.GeneratedRegex(@"^(\p{Lu}{2,})[:;.,'`]\s*(?=\p{Lu})")]
    private static partial System.Text.RegularExpressions.Regex MarkAfterFirstWord();

    /// <summary>A stamp, signature or scan note in the signature area (signature-noise.txt), or a bracketed note.</summary>
    /// <summary>
    /// The enacting authority printed in capitals under a decision's title ("HỘI ĐỒNG NHÂN DÂN TỈNH BÌNH DƯƠNG",
    /// enacting-authorities.txt), unless the title line above ends with a word that continues it ("… GIÁM SÁT CỦA").
    /// </summary>
    public bool IsEnactingAuthority(string text, string lineAbove) =>
        VnText.IsUpper(text, 4) && _vocab.EnactingAuthorities.MatchPrefix(ToneKey.Of(text.Trim('*', ' '))) > 0
        && !EndsWithTitleConnector(lineAbove);

    /// <summary>A title line that goes on in the next line: it ends with "của", "và", "với", a hyphen or a comma (title-connectors.txt).</summary>
    public bool EndsWithTitleConnector(string line) => _vocab.TitleConnectors.End(line);

    /// <summary>
    /// The number line as "Số: …" would print it. The Quốc hội and its Standing Committee print the type word before
    /// "số:" ("Nghị quyết số: 87/2025/UBTVQH15", "Nghị quyết số:" over "132/2020/QH14"); a body citing another
    /// document writes no colon after "số" and goes on after the reference, so only a line that ends with it counts.
    /// </summary>
    public string AsNumberLine(string text)
    {
        var t = text.Trim('*', ' ');
        if (_vocab.TypeWords.MatchStart(t) is not { } type || type.Length >= t.Length) return text;
        var rest = t[type.Length..].TrimStart();
        var colon = rest.IndexOf(':');
        if (colon < 0 || colon > 3 || rest.Length > 40 || !LinePatterns.IsBareReferenceWord(rest[..(colon + 1)])) return text;
        return "Số: " + rest[(colon + 1)..].TrimStart();
    }

    /// <summary>
    /// A line that can only go on with the title above it: it starts in lower case ("theo quy định của Nghị quyết …",
    /// a wrapped trích yếu, never a sentence or a preamble), or the title line above ends with a connecting word or a
    /// comma and this one keeps the title's capitals. Such a line continues the title even after a blank line (HTML and
    /// markdown print every wrapped title line as a paragraph of its own) or when it opens like a body line
    /// ("thực hiện một số nhiệm vụ …"). A line opening with the dash of a year range the line above stopped in continues it too.
    /// </summary>
    public bool ContinuesTitle(string titleLine, string text)
    {
        var t = text.Trim('*', '_', ' ');
        if (t.Length == 0) return false;
        // "… GIAI ĐOẠN 2014" / "- 2016 VÀ ĐỊNH HƯỚNG …": the dash of a wrapped year range, no bullet.
        if (LinePatterns.ContinuesYearRange(titleLine, t)) return true;
        if (ItemLabel.Parse(t) is not null) return false;
        if (VnText.StartsLower(t)) return true;
        return EndsWithTitleConnector(titleLine) && VnText.IsUpper(titleLine, 4) && VnText.IsUpper(t, 4);
    }

    /// <summary>
    /// The line under a Party resolution's type word that names the body or the plenum adopting it ("CỦA BỘ CHÍNH TRỊ",
    /// "HỘI NGHỊ LẦN THỨ MƯỜI BA BAN CHẤP HÀNH TRUNG ƯƠNG ĐẢNG", type-qualifiers.txt): part of the type heading, not the trích yếu.
    /// </summary>
    public bool IsTypeQualifier(string text) =>
        VnText.IsUpper(text, 4) && _vocab.TypeQualifiers.MatchPrefix(FoldKey.Of(text.Trim('*', ' '))) > 0;

    /// <summary>A letter's subject line printed without "V/v", opening with its subject words ("về việc …", subject-labels.txt).</summary>
    public bool OpensWithSubjectWords(string text) => _vocab.SubjectLabels.MatchPrefix(FoldKey.Of(text.Trim('*', ' '))) > 0;

    /// <summary>The subject after its opening words ("về việc triển khai …" → "triển khai …"); null when it has none.</summary>
    private string? AfterSubjectWords(string text)
    {
        var t = text.Trim('*', ' ');
        var key = FoldKey.Of(t).Value;
        var matched = _vocab.SubjectLabels.MatchPrefix(key);
        if (matched == 0) return null;
        var words = key[..matched].Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;
        return string.Join(' ', t.Split(' ', StringSplitOptions.RemoveEmptyEntries).Skip(words));
    }

    /// <summary>The heading of an attachment printed after the signature ("Phụ lục", "PHỤ LỤC I", "(Kèm theo …)").</summary>
    // A converter's banner frames the heading in rule characters ("=================== PHỤ LỤC ===================").
    public bool IsAttachmentHeading(string text) => _vocab.AttachmentHeadings.MatchPrefix(FoldKey.Of(text.Trim('*', '=', ' '))) > 0;

    /// <summary>The licensing history printed under a licence's title ("(Cấp lần đầu: Ngày … )", licence-history-notes.txt).</summary>
    public bool IsLicenceHistoryNote(string text) => _vocab.LicenceHistoryNotes.MatchPrefix(FoldKey.Of(text.Trim('*', ' '))) > 0;

    public bool IsSignatureNoise(string text)
    {
        var f = VnText.Fold(text);
        if (text.StartsWith('[') || text.StartsWith('(') && text.EndsWith(')')) return true;
        return _vocab.SignatureNoise.Any(n => f.Contains(n, StringComparison.Ordinal));
    }
}

/// <summary>A signing formula's prefix as printed ("KT.", "TM.") and the post after it ("CHỦ TỊCH").</summary>
public sealed record SignerPrefixMatch(string Prefix, string Remainder);

/// <summary>The document type a type-word line names, and what follows the word on the line (the title's start).</summary>
public sealed record DocTypeMatch(DocTypeEntry Type, string Remainder);
