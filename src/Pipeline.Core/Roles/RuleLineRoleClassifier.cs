using System.Collections.Immutable;
using System.Text.RegularExpressions;
using Pipeline.Lines;
using Pipeline.Sources;
using Pipeline.Text;

namespace Pipeline.Roles;

/// <summary>
/// Gives lines their roles from the fixed layout of official documents: a header (issuer, motto, number,
/// place and date, type word, title), a body, and a foot (Nơi nhận, Lưu, signer). It finds the anchors
/// first (Số, ngày … tháng … năm, the type word, Nơi nhận) and reads each zone around them.
/// </summary>
public sealed partial class RuleLineRoleClassifier(LineRecognizer recognizer) : ILineRoleClassifier
{
    private readonly LineRecognizer _recognizer = recognizer;
    private readonly Vocabulary.Vocab _vocab = recognizer.Vocab;
    // A division of a legal text with its numeral: "Chương I", "MỤC 2" (division-words.txt).
    private readonly Regex _divisionHeading = new("^" + recognizer.Vocab.DivisionWords.Alternation + @"\s+[IVXL\d]+\b", recognizer.Vocab.DivisionWords.Options);

    public RuleLineRoleClassifier(Vocabulary.Vocab vocab) : this(new LineRecognizer(vocab)) { }

    /// <summary>The vocabulary recognisers the rules match with.</summary>
    public LineRecognizer Recognizer => _recognizer;

    /// <summary>How many non-blank lines from the top the header may span.</summary>
    private const int HeaderReach = 30;

    public string Name => "rules";

    /// <summary>
    /// The confidence of a role no recogniser gave: header lines nothing claimed (noise, or issuer by their capitals)
    /// and lines after the foot (appendix). A learned model may overrule these more easily than a recognised role.
    /// </summary>
    public const double DefaultRoleConfidence = 0.5;

    public RoledDocument Classify(PreparedDocument document)
    {
        var lines = document.Lines;
        var roles = new LineRole?[lines.Length];
        for (var i = 0; i < lines.Length; i++)
        {
            if (lines[i].IsBlank) roles[i] = LineRole.Blank;
            else if (LinePatterns.IsDecoration(lines[i].Text)) roles[i] = LineRole.Noise;
        }

        var defaulted = new bool[lines.Length];
        var annexed = new bool[lines.Length];
        var headerEnd = ClassifyHeader(lines, roles, defaulted);
        var footStart = ClassifyFoot(lines, roles, annexed, headerEnd);
        for (var i = headerEnd; i < footStart; i++) roles[i] ??= BodyRole(lines[i]);
        for (var i = 0; i < lines.Length; i++)
            if (roles[i] is null)
            {
                roles[i] = i < headerEnd ? LineRole.Noise : LineRole.Appendix;
                defaulted[i] = true;
            }

        var roled = lines.Select((l, i) => new RoledLine(i, l, roles[i]!.Value, defaulted[i] ? DefaultRoleConfidence : 1.0) { Defaulted = defaulted[i], Annexed = annexed[i] }).ToImmutableArray();
        return _recognizer.Recognize(new RoledDocument(document, roled));
    }

    private LineRole BodyRole(Line line)
    {
        var text = line.Text;
        if (ItemLabel.Parse(text) is { } parsed)
            return parsed.Label.Kind is LabelKind.Roman or LabelKind.Article ? LineRole.SectionHeading : LineRole.ListItem;
        if (_divisionHeading.IsMatch(text)) return LineRole.SectionHeading;
        if (text.Length < 120 && VnText.IsUpper(text, 6) && !LinePatterns.IsMotto(text)) return LineRole.SectionHeading;
        return LineRole.Body;
    }

    /// <summary>Marks the header lines and returns the index where the body starts.</summary>
    private int ClassifyHeader(ImmutableArray<Line> lines, LineRole?[] roles, bool[] defaulted)
    {
        // Front matter (a portal's menus before a saved page's document) is no part of the header, and the header's
        // reach is counted from where the document begins.
        var start = FrontMatter.HeaderStart(lines);
        for (var i = 0; i < start; i++) roles[i] ??= LineRole.Noise;
        var reach = ReachIndex(lines, HeaderReach, start);
        int reference = -1, placeDate = -1, placeDateRest = -1, docType = -1, lastHeader = -1;

        // Anchors. A header block can carry an all-caps "SỐ 1050/QĐ-SCT" inside the issuer's name;
        // the document's own number is the "Số:" line, so a mixed-case one is preferred.
        // The type word sits above the body: a chapter heading ("Chương I / QUY ĐỊNH CHUNG") after "Căn cứ …" is
        // not it, even when OCR lost the real one.
        var bodyBegins = Enumerable.Range(start, reach - start).FirstOrDefault(i => !lines[i].IsBlank && LooksLikeBodyStart(lines[i].Text) && !VnText.IsUpper(lines[i].Text, 4), reach);
        // The number line is part of the header: a "Số: 52/TTr-NHNN ngày …" wrapped out of a "Theo đề nghị … tại Tờ trình"
        // basis line (QĐ-707 through OCR, whose own number line was unreadable) is the body citing another document.
        var referenceCandidates = Enumerable.Range(0, Math.Min(reach, bodyBegins)).Where(i => roles[i] is null && LinePatterns.IsReference(_recognizer.AsNumberLine(lines[i].Text))).ToList();
        reference = referenceCandidates.FirstOrDefault(i => !lines[i].Text.TrimStart('*', ' ').StartsWith("SỐ", StringComparison.Ordinal), referenceCandidates.Count > 0 ? referenceCandidates[0] : -1);
        if (reference < 0)
            reference = Enumerable.Range(0, Math.Min(reach, bodyBegins)).FirstOrDefault(i => roles[i] is null && lines[i].Column != Column.Right && _recognizer.IsBareSymbolLine(lines[i].Text), -1);
        for (var i = 0; i < reach; i++)
        {
            if (roles[i] is not null || i == reference) continue;
            var text = lines[i].Text;
            if (LinePatterns.IsMotto(text)) { roles[i] = LineRole.Motto; lastHeader = Math.Max(lastHeader, i); }
            else if (placeDate < 0 && LinePatterns.IsPlaceDate(text))
            {
                placeDate = i;
                if (i + 1 < reach && LinePatterns.IsYearRest(text, lines[i + 1].Text)) placeDateRest = i + 1;
            }
            else if (placeDate < 0 && i + 1 < reach && LinePatterns.IsSplitPlaceDate(text, lines[i + 1].Text)) { placeDate = i; placeDateRest = i + 1; }
            else if (docType < 0 && _recognizer.DocTypeWord(text) is not null && lines[i].Column != Column.Left && i < bodyBegins) docType = i;
        }
        if (reference >= 0) { roles[reference] = LineRole.Reference; lastHeader = Math.Max(lastHeader, reference); }
        if (placeDate >= 0) { roles[placeDate] = LineRole.PlaceDate; lastHeader = Math.Max(lastHeader, placeDate); }
        // OCR reads a two-column header line by line and can break "Hà Nội, ngày … tháng … năm" or "Số: …/KH-UBND" in two.
        if (placeDateRest >= 0 && roles[placeDateRest] is null) { roles[placeDateRest] = LineRole.PlaceDate; lastHeader = Math.Max(lastHeader, placeDateRest); }
        // The number line goes on in the next line: after a bare "Số:" the number and symbol, after a hyphen the rest of a long symbol.
        if (reference >= 0 && reference + 1 < lines.Length && roles[reference + 1] is null
            && (LinePatterns.IsBareReferenceWord(_recognizer.AsNumberLine(lines[reference].Text))
                && (lines[reference + 1].Text.TrimStart().StartsWith('/') || LinePatterns.IsNumberAndSymbol(lines[reference + 1].Text))
                || LinePatterns.IsSymbolContinuation(lines[reference].Text, lines[reference + 1].Text)))
        {
            roles[reference + 1] = LineRole.Reference;
            lastHeader = Math.Max(lastHeader, reference + 1);
        }
        // "Số: 09", a blank, "/2025/QĐ-UBND": pdftotext without -layout reads the header table's number and symbol as
        // paragraphs of their own (QĐ-09/2025/QĐ-UBND Hà Nội); the blank between joins the run so that the number and
        // the symbol are read as one reference, not the number as a symbol.
        else if (reference >= 0 && LinePatterns.IsReferenceNumberOnly(_recognizer.AsNumberLine(lines[reference].Text))
                 && NextNonBlank(lines, reference) is var symbolAt && symbolAt > reference && symbolAt - reference <= 2
                 && Enumerable.Range(reference + 1, symbolAt - reference).All(j => roles[j] is null or LineRole.Blank)
                 && lines[symbolAt].Text.Trim('*', ' ') is { Length: < 40 } symbol && symbol.StartsWith('/') && LinePatterns.IsNumberAndSymbol("0" + symbol))
        {
            for (var j = reference + 1; j <= symbolAt; j++) roles[j] = LineRole.Reference;
            lastHeader = Math.Max(lastHeader, symbolAt);
        }

        // Issuer: capitals above the first anchor, outside the motto's column.
        var firstAnchor = new[] { reference, placeDate, docType }.Where(i => i >= 0).DefaultIfEmpty(-1).Min();
        // When OCR broke all three anchors (an unreadable number, "ngàu … tháng OF", "THÔNG BẢO") the motto is still read,
        // and the issuer's capitals stand beside it in the left column: the motto's last line bounds the issuer instead.
        var issuerReach = firstAnchor >= 0 ? firstAnchor : LastMottoLine(roles) + 1;
        for (var i = 0; i < issuerReach; i++)
        {
            if (roles[i] is not null || lines[i].Column == Column.Right) continue;
            if (VnText.UpperShare(lines[i].Text) > 0.8 && lines[i].Text.Length < 80 && _recognizer.DocTypeWord(lines[i].Text) is null)
            {
                roles[i] = LineRole.Issuer;
                lastHeader = Math.Max(lastHeader, i);
            }
        }
        // Issuer lines in the left column below a superior body but above Số (e.g. "SỐ 1050/QĐ-SCT" in 16).
        foreach (var i in referenceCandidates.Where(i => i != reference && i < reference)) roles[i] = LineRole.Issuer;

        // Subject line of a công văn: "V/v …", wrapped in the left column. A Party letter prints it without the label,
        // as "về việc …" right under its number line, in a header with no type word.
        var addressees = Enumerable.Range(0, reach).FirstOrDefault(i => LinePatterns.IsAddresseeHeader(lines[i].Text), reach);
        for (var i = 0; i < reach; i++)
        {
            if (roles[i] is not null) continue;
            var unlabelled = docType < 0 && reference >= 0 && i > reference && i < addressees && DirectlyUnder(lines, roles, reference, i)
                && _recognizer.OpensWithSubjectWords(lines[i].Text);
            if (!LinePatterns.IsSubjectLine(lines[i].Text) && !unlabelled) continue;
            roles[i] = LineRole.Title;
            lastHeader = Math.Max(lastHeader, i);
            var column = lines[i].Column;
            for (var j = i + 1; j < lines.Length && roles[j] is null; j++)
            {
                var sameColumn = column == Column.Left ? lines[j].Column == Column.Left : lines[j].Column != Column.Right;
                // In the left column nothing but the subject continues under "V/v", whatever its first words.
                if (!sameColumn || lines[j].IsBlank || column != Column.Left && LooksLikeBodyStart(lines[j].Text) || LinePatterns.IsAddresseeHeader(lines[j].Text)) break;
                if (column != Column.Left && lines[j].Text.Length > 90) break;
                roles[j] = LineRole.Title;
                lastHeader = Math.Max(lastHeader, j);
            }
            break;
        }

        // Type word and title.
        if (docType >= 0)
        {
            roles[docType] = LineRole.DocType;
            lastHeader = Math.Max(lastHeader, docType);
            var titleLines = 0;
            var titleIsMixed = false;
            var lastTitle = "";
            for (var j = docType + 1; j < lines.Length && titleLines < 8; j++)
            {
                if (roles[j] == LineRole.Blank)
                {
                    if (titleLines == 0) continue;
                    // HTML and markdown print each wrapped title line as a paragraph: the blank line between two of
                    // them ends the title only when the next line could stand on its own.
                    var next = NextNonBlank(lines, j);
                    if (next < 0 || roles[next] is not null || !_recognizer.ContinuesTitle(lastTitle, lines[next].Text)) break;
                    j = next - 1;
                    continue;
                }
                if (roles[j] is not null && roles[j] != LineRole.Noise) break;
                if (roles[j] == LineRole.Noise) { if (titleLines > 0) break; continue; }
                var text = lines[j].Text;
                // "(Cấp lần đầu: Ngày …)" under the title dates the licence; the title ended above it.
                if (_recognizer.IsLicenceHistoryNote(text))
                {
                    roles[j] = LineRole.Noise;
                    lastHeader = Math.Max(lastHeader, j);
                    break;
                }
                if (titleLines == 0 || !_recognizer.ContinuesTitle(lastTitle, text))
                {
                    if (LooksLikeBodyStart(text) && !(titleLines == 0 && IsPhraseBlock(lines, j))
                        || LinePatterns.IsAddresseeHeader(text) || ItemLabel.Parse(text) is not null) break;
                    // A decision names its authority in capitals under a mixed-case title ("THỦ TƯỚNG CHÍNH PHỦ").
                    if (titleIsMixed && VnText.IsUpper(text, 4)) break;
                    if (titleLines > 0 && _recognizer.IsEnactingAuthority(text, lines[j - 1].Text)) break;
                    // A sentence under a title in capitals opens the body (a Word file has no blank line between them);
                    // a bracketed line ("(Ban hành kèm theo …)") still belongs to the title.
                    if (titleLines > 0 && !titleIsMixed && VnText.UpperShare(text) < 0.5 && !text.TrimStart('*', ' ').StartsWith('(')) break;
                    if (titleLines == 0 && _recognizer.IsTypeQualifier(text) && NextNonBlank(lines, j) is var below && below > 0
                        && roles[below] is null && !LooksLikeBodyStart(lines[below].Text))
                    {
                        roles[j] = LineRole.Noise;
                        lastHeader = Math.Max(lastHeader, j);
                        continue;
                    }
                }
                if (lines[j].Text.Length > 60 && !VnText.IsUpper(text, 4)) titleIsMixed = true;
                if (VnText.UpperShare(text) < 0.5) titleIsMixed = true;
                roles[j] = LineRole.Title;
                lastHeader = Math.Max(lastHeader, j);
                titleLines++;
                lastTitle = text;
            }
        }

        // Kính gửi: the addressees of a letter.
        for (var i = 0; i < Math.Min(lines.Length, reach + 10); i++)
        {
            if (roles[i] is not null && roles[i] != LineRole.Noise || !LinePatterns.IsAddresseeHeader(lines[i].Text)) continue;
            roles[i] = LineRole.AddresseeHeader;
            lastHeader = Math.Max(lastHeader, i);
            var seen = LinePatterns.AfterAddresseeLabel(lines[i].Text).Length > 0;
            var lastEntry = seen ? i : -1;
            for (var j = i + 1; j < lines.Length; j++)
            {
                if (roles[j] == LineRole.Motto || roles[j] == LineRole.PlaceDate) continue;
                if (lines[j].IsBlank) { if (seen) break; continue; }
                if (roles[j] is not null) continue;
                var text = lines[j].Text;
                var bulleted = LinePatterns.OpensEntry(text);
                // An entry wrapped over two lines ("- Các cơ quan chuyên trách tham mưu, giúp việc" / "Đảng ủy Ủy ban nhân
                // dân tỉnh,") goes on under a line that ended without its comma or semicolon.
                var wrapped = seen && lastEntry >= 0 && !EndsEntry(lines[lastEntry].Text) && !LooksLikeBodyStart(text);
                if (!bulleted && !wrapped && (seen && lines[j].Column != Column.Right || LooksLikeBodyStart(text) || text.Length > 110)) break;
                roles[j] = LineRole.Addressee;
                lastHeader = Math.Max(lastHeader, j);
                lastEntry = j;
                seen = true;
            }
            break;
        }

        if (lastHeader < 0) return 0;
        // Lines inside the header span that nothing claimed: capitals in the left column are issuer lines
        // (a superior body below a decoration), anything else is noise.
        for (var i = 0; i <= lastHeader; i++)
        {
            if (roles[i] is not null) continue;
            roles[i] = lines[i].Column != Column.Right && VnText.UpperShare(lines[i].Text) > 0.8 && i < issuerReach ? LineRole.Issuer : LineRole.Noise;
            defaulted[i] = true;
        }
        return lastHeader + 1;
    }

    /// <summary>The index of the header's last motto line, -1 when none was read.</summary>
    private static int LastMottoLine(LineRole?[] roles) => Array.LastIndexOf(roles, LineRole.Motto);

    /// <summary>Marks the foot (Nơi nhận, Lưu, signer) and returns where it starts.</summary>
    private int ClassifyFoot(ImmutableArray<Line> lines, LineRole?[] roles, bool[] annexed, int bodyStart)
    {
        // Forms annexed after the signature (Phụ lục: "Mẫu CV01" …) print their own Nơi nhận and signature: the foot
        // is read above the annex.
        var end = AnnexAfterSignature(lines, roles, bodyStart);
        var recipientsHeader = -1;
        for (var i = bodyStart; i < end; i++)
            if (roles[i] is null && LinePatterns.IsRecipientsHeader(lines[i].Text)) { recipientsHeader = i; break; }

        // The signature can precede Nơi nhận in reading order; start the foot at the first signer prefix
        // found in the last stretch of the body when it comes earlier.
        var footStart = recipientsHeader >= 0 ? recipientsHeader : end;
        var searchFrom = Math.Max(bodyStart, (recipientsHeader >= 0 ? recipientsHeader : end) - 8);
        for (var i = searchFrom; i < footStart; i++)
        {
            if (roles[i] is null && _recognizer.SignerPrefix(lines[i].Text) is not null) { footStart = i; break; }
        }
        if (recipientsHeader < 0 && footStart == end)
        {
            // No Nơi nhận: the signature is the last signer prefix or capitalised position near the end.
            for (var i = end - 1; i >= Math.Max(bodyStart, end - 12); i--)
                if (roles[i] is null && _recognizer.SignerPrefix(lines[i].Text) is not null) footStart = i;
            // A post signing without a formula (a law or resolution of the Quốc hội: "CHỦ TỊCH QUỐC HỘI" over the name).
            if (footStart == end)
                for (var i = end - 1; i >= Math.Max(bodyStart, end - 12); i--)
                    if (roles[i] is null && IsPostOverName(lines, i))
                    {
                        footStart = i;
                        break;
                    }
        }
        // A saved web page goes on after the signature with the portal's footer and its table of contents: the
        // signature is the last signing formula with a name under it, however far from the end.
        if (recipientsHeader < 0 && footStart == end) footStart = SignatureAboveBackMatter(lines, roles, bodyStart, end) ?? end;
        // A scrape that kept only the signer's name beside the portal's "(Đã ký)" ("Nguyễn Văn An" / "(Đã ký)", one
        // line each after CellLines): the signature is there even without a post above the name.
        var signedName = recipientsHeader < 0 && footStart == end ? SignedNameAtEnd(lines, roles, Math.Max(bodyStart, end - 4), end) : -1;
        if (signedName >= 0) footStart = signedName;
        if (footStart >= end)
        {
            if (end == lines.Length) return lines.Length;
            footStart = end;
        }
        MarkFootPlaceDate(lines, roles, bodyStart, footStart);

        var recipientsDone = false;
        var inRecipients = false;
        var position = false;
        var name = false;
        string? nameText = null;
        var attached = false;
        var attachedColumn = Column.Full;
        for (var i = footStart; i < lines.Length; i++)
        {
            if (roles[i] is not null) continue;
            if (i >= end) { roles[i] = LineRole.Appendix; annexed[i] = true; continue; }
            var line = lines[i];
            var text = line.Text;

            if (!recipientsDone && LinePatterns.IsRecipientsHeader(text))
            {
                roles[i] = LineRole.RecipientsHeader;
                inRecipients = true;
                continue;
            }
            if (inRecipients && line.Column != Column.Right)
            {
                if (LinePatterns.IsArchive(text)) { roles[i] = LineRole.Archive; inRecipients = false; recipientsDone = true; continue; }
                // Whether an undashed line continues the entry above or is one whose dash was lost is the field
                // stage's question (RecipientsReader); here both are recipient lines.
                var entry = LinePatterns.OpensEntry(text);
                var signerLike = _recognizer.SignerPrefix(text) is not null || VnText.IsCapitals(text, 4) && line.Column == Column.Full && !entry;
                // The portal's "(Đã ký)" printed among the entries belongs to the signature beside them.
                if (!entry && _recognizer.IsSignatureNoise(text)) { roles[i] = LineRole.Noise; continue; }
                // The signer's name printed between two runs of entries (see below) after a closed entry is no entry.
                var nameBetweenEntries = !entry && position && !name && PersonNames.LooksLikeName(text) && LastEntryClosed(lines, roles, i);
                if ((entry || !signerLike) && !nameBetweenEntries)
                {
                    roles[i] = LineRole.Recipient;
                    continue;
                }
                // pdftotext prints the signature beside the entries; read as one column, the signer's lines come
                // between two runs of entries ("- Như Điều 3;" / "CHỦ TỊCH" / "- TT. Tỉnh ủy, HĐND tỉnh;", or "PHÓ THỦ
                // TƯỚNG" / "(Đã ký)" / "- HĐND, UBND các tỉnh …;") and the list goes on. OCR can misread the dash of the
                // entry right below ("= Văn phòng Chỉ tịch nude (48 We);"): an entry opening a line further down still
                // shows the list going on.
                var besideEntries = line.Column == Column.Full && ResumesEntries(lines, i);
                if (!besideEntries)
                {
                    inRecipients = false;
                    recipientsDone = true;
                }
            }

            if (_recognizer.SignerPrefix(text) is not null && !name) { roles[i] = LineRole.SignerAuthority; continue; }
            if (!name && i + 1 < lines.Length && roles[i + 1] is null && _recognizer.WrappedSignerPrefix(text, lines[i + 1].Text) is not null)
            {
                roles[i] = roles[i + 1] = LineRole.SignerAuthority;
                i++;
                continue;
            }
            if (_recognizer.IsSignatureNoise(text)) { roles[i] = LineRole.Noise; continue; }
            if (!inRecipients && !attached && _recognizer.IsAttachmentHeading(text)) { attached = true; attachedColumn = line.Column; }
            // A reader that split the foot into columns hands the left column over first, down to an attachment's
            // heading below the recipients (QĐ 2167/QĐ-UBND's "=== PHỤ LỤC ===" banner); the right column that follows
            // is still the signature printed beside the recipients.
            if (attached && !(attachedColumn == Column.Left && line.Column == Column.Right)) { roles[i] = LineRole.Appendix; annexed[i] = true; continue; }
            if (!name && VnText.IsCapitals(text, 3) && text.Length < 70 && !PersonNames.LooksLikeName(text))
            {
                roles[i] = LineRole.SignerPosition;
                position = true;
                continue;
            }
            if (!name && PersonNames.LooksLikeName(text) && (position || roles.Skip(footStart).Take(i - footStart).Any(r => r == LineRole.SignerAuthority) || signedName >= 0 && i - signedName is 0 or 1))
            {
                roles[i] = LineRole.SignerName;
                name = true;
                nameText = text.Trim('*', ' ');
                continue;
            }
            if (name && nameText is not null && text.Trim('*', ' ') == nameText) { roles[i] = LineRole.Noise; continue; }
            // A later signature block (a copy of the page, an appendix's own signature) keeps its name: the
            // document's signer is the one under the first position when nothing else names them.
            if (!name && position && PersonNames.LooksLikeName(text)) { roles[i] = LineRole.SignerName; name = true; continue; }
            roles[i] = LineRole.Appendix;
        }

        // A name printed after an appendix (text that repeats the page) still belongs to the signer.
        if (!name)
        {
            for (var i = end - 1; i > footStart; i--)
            {
                if (roles[i] == LineRole.Blank) continue;
                if (PersonNames.LooksLikeName(lines[i].Text)) roles[i] = LineRole.SignerName;
                break;
            }
        }
        return footStart;
    }

    /// <summary>The first of a name and a signature note next to each other among the last lines, or -1.</summary>
    /// <summary>How many non-blank lines above the foot a place-date printed there may stand.</summary>
    private const int FootPlaceDateReach = 3;

    /// <summary>
    /// Some forms print the place-date above the signature instead of under the motto (a giấy phép: "Hà Nội, ngày …
    /// tháng … năm …" over "KT. BỘ TRƯỞNG"). When the header has none, a place-date line (or its first half, OCR having
    /// put the year elsewhere) among the last lines above the foot is the document's.
    /// </summary>
    private static void MarkFootPlaceDate(ImmutableArray<Line> lines, LineRole?[] roles, int bodyStart, int footStart)
    {
        if (roles.Contains(LineRole.PlaceDate)) return;
        var seen = 0;
        for (var i = Math.Min(footStart, lines.Length) - 1; i >= bodyStart && seen < FootPlaceDateReach; i--)
        {
            if (lines[i].IsBlank) continue;
            seen++;
            if (roles[i] is not null) continue;
            var text = lines[i].Text;
            if (LinePatterns.IsPlaceDate(text) || LinePatterns.IsPlaceDateStart(text))
            {
                roles[i] = LineRole.PlaceDate;
                return;
            }
        }
    }

    /// <summary>How many non-blank lines of a signature block may stand between two runs of Nơi nhận entries (formulas, position, "(Đã ký)", name).</summary>
    private const int SignatureAmidEntries = 5;

    /// <summary>True when the Nơi nhận entries go on within a few lines of signature after line <paramref name="i"/>.</summary>
    private static bool ResumesEntries(ImmutableArray<Line> lines, int i)
    {
        var seen = 0;
        for (var k = i + 1; k < lines.Length && seen < SignatureAmidEntries; k++)
        {
            if (lines[k].IsBlank) continue;
            var text = lines[k].Text;
            if (LinePatterns.OpensEntry(text)) return true;
            if (text.Length > 70 || LinePatterns.IsRecipientsHeader(text)) return false;
            seen++;
        }
        return false;
    }

    private static bool LastEntryClosed(ImmutableArray<Line> lines, LineRole?[] roles, int i)
    {
        for (var k = i - 1; k >= 0; k--)
            if (roles[k] == LineRole.Recipient) return lines[k].Text.TrimEnd().EndsWith(';') || lines[k].Text.TrimEnd().EndsWith('.');
        return false;
    }

    /// <summary>How many non-blank lines under a signing formula the signer's name may come (position, "(Đã ký)").</summary>
    private const int FormulaToName = 5;

    private int? SignatureAboveBackMatter(ImmutableArray<Line> lines, LineRole?[] roles, int bodyStart, int end)
    {
        for (var i = end - 1; i >= bodyStart; i--)
        {
            if (roles[i] is not null || _recognizer.SignerPrefix(lines[i].Text) is null) continue;
            if (NameUnder(lines, i, end)) return FirstFormulaOfBlock(lines, roles, bodyStart, i);
        }
        return null;
    }

    /// <summary>A person's name within <see cref="FormulaToName"/> non-blank lines under line <paramref name="i"/>.</summary>
    private static bool NameUnder(ImmutableArray<Line> lines, int i, int end)
    {
        var seen = 0;
        for (var k = i + 1; k < end && seen < FormulaToName; k++)
        {
            if (lines[k].IsBlank) continue;
            seen++;
            if (PersonNames.LooksLikeName(lines[k].Text)) return true;
        }
        return false;
    }

    /// <summary>"TM. CHÍNH PHỦ" / "KT. THỦ TƯỚNG": a signature block opens at its first formula.</summary>
    private int FirstFormulaOfBlock(ImmutableArray<Line> lines, LineRole?[] roles, int bodyStart, int formula)
    {
        for (var above = formula - 1; above >= bodyStart; above--)
        {
            if (lines[above].IsBlank) continue;
            if (roles[above] is not null || _recognizer.SignerPrefix(lines[above].Text) is null) break;
            formula = above;
        }
        return formula;
    }

    private int SignedNameAtEnd(ImmutableArray<Line> lines, LineRole?[] roles, int from, int end)
    {
        for (var i = from; i + 1 < end; i++)
        {
            if (roles[i] is not null || roles[i + 1] is not null) continue;
            var (a, b) = (lines[i].Text, lines[i + 1].Text);
            if (PersonNames.LooksLikeName(a) && _recognizer.IsSignatureNoise(b) || _recognizer.IsSignatureNoise(a) && PersonNames.LooksLikeName(b)) return i;
        }
        return -1;
    }

    private static string? NextText(ImmutableArray<Line> lines, int i)
    {
        for (var k = i + 1; k < lines.Length; k++)
            if (!lines[k].IsBlank) return lines[k].Text;
        return null;
    }

    // "Tại …" opens a paragraph, "tài trợ …" continues a title: folding makes both "tai", so that word keeps its tone.
    private bool LooksLikeBodyStart(string text) =>
        _vocab.BodyOpenings.OpensWith(text) || _vocab.BodyOpeningsToned.MatchPrefix(ToneKey.Of(text.TrimStart())) > 0;

    /// <summary>A post signing without a formula: a line that is exactly a signer's post in capitals ("CHỦ TỊCH QUỐC
    /// HỘI", a law or resolution of the Quốc hội) with a person's name on the next printed line.</summary>
    private bool IsPostOverName(ImmutableArray<Line> lines, int i) =>
        _recognizer.IsSignerPosition(lines[i].Text) && NextText(lines, i) is { } next && PersonNames.LooksLikeName(next);

    /// <summary>
    /// Where an annex printed after the signature starts: an attachment heading ("Phụ lục", "(Kèm theo …)") within a
    /// few lines below a signer prefix (KT., TM. …) or a post signing without one ("CHỦ TỊCH QUỐC HỘI" over the name,
    /// then "PHỤ LỤC (Ban hành kèm theo Nghị quyết …)", NQ 96/2023/QH15), below the body. The whole document when there
    /// is none. Forms in such an annex print their own "Nơi nhận:" and signature, which must not be taken for the foot.
    /// An elected body's adoption clause ("Nghị quyết này đã được Hội đồng nhân dân … thông qua ngày …") stands right
    /// above the signature (Nghị định 30/2020/NĐ-CP, Luật Ban hành văn bản QPPL), so it places the signature where a
    /// rendering dropped it (a portal's body-only resolution, signature and header as placeholders: NQ 53/2017 Hòa Bình's
    /// "QUY ĐỊNH" / "(Ban hành kèm theo Nghị quyết số …)" below "… có hiệu lực kể từ ngày 23 tháng 7 năm 2017./.").
    /// </summary>
    private int AnnexAfterSignature(ImmutableArray<Line> lines, LineRole?[] roles, int bodyStart)
    {
        const int SignatureSpan = 8;
        var lastSignature = -1;
        for (var i = bodyStart; i < lines.Length; i++)
        {
            if (roles[i] is not null || lines[i].IsBlank) continue;
            if (_recognizer.SignerPrefix(lines[i].Text) is not null || IsPostOverName(lines, i)) lastSignature = i;
            else if (lastSignature >= 0 && i - lastSignature <= SignatureSpan && _recognizer.IsAttachmentHeading(lines[i].Text)) return AttachmentTitleAbove(lines, roles, i);
            else if (AdoptionClauseEnd(lines, roles, i) is { } end) lastSignature = i = end;
        }
        return lines.Length;
    }

    /// <summary>The last line of an adoption clause that opens on line <paramref name="i"/>, null when none opens there.</summary>
    private int? AdoptionClauseEnd(ImmutableArray<Line> lines, LineRole?[] roles, int i)
    {
        // The clause wraps over a few lines; its last ends the paragraph with the full stop ("… năm 2017./.").
        const int MaxClauseLines = 5;
        if (!_recognizer.Vocab.OpensAdoptionClause(lines[i].Text)) return null;
        var k = i;
        var text = lines[i].Text.Trim();
        while (!text.EndsWith('.') && k + 1 < lines.Length && k + 1 - i < MaxClauseLines && roles[k + 1] is null && !lines[k + 1].IsBlank)
            text += " " + lines[++k].Text.Trim();
        return _recognizer.Vocab.IsAdoptionClause(text) ? k : null;
    }

    /// <summary>
    /// A note in parentheses under an attachment's title ("QUY ĐỊNH" / "MỨC CHI CỤ THỂ …" / "(Ban hành kèm theo Nghị quyết
    /// số …)"): the annex starts at its title, the lines in capitals right above the note.
    /// </summary>
    private static int AttachmentTitleAbove(ImmutableArray<Line> lines, LineRole?[] roles, int heading)
    {
        if (!lines[heading].Text.TrimStart('*', ' ').StartsWith('(')) return heading;
        var start = heading;
        while (start - 1 >= 0 && roles[start - 1] is null && !lines[start - 1].IsBlank && VnText.IsCapitals(lines[start - 1].Text, 3)) start--;
        return start;
    }

    /// <summary>
    /// A plan's trích yếu often opens like a body line ("KẾ HOẠCH / Thực hiện Đề án số 08 …", "Triển khai thực hiện
    /// Chỉ thị …"); the first paragraph of a body is a sentence. The block under the type word is a title when it is
    /// short, ends without a sentence's stop (. : ;) and is followed by a blank line or a line that opens the body.
    /// </summary>
    private bool IsPhraseBlock(ImmutableArray<Line> lines, int start)
    {
        const int MaxTitleLength = 300;
        var length = 0;
        var last = start;
        for (var k = start; k < lines.Length && !lines[k].IsBlank; k++)
        {
            if (k > start && (LooksLikeBodyStart(lines[k].Text) || ItemLabel.Parse(lines[k].Text) is not null)) break;
            length += lines[k].Text.Length;
            last = k;
        }
        var end = lines[last].Text.TrimEnd('*', ' ');
        return length <= MaxTitleLength && end.Length > 0 && !".:;".Contains(end[^1]);
    }

    /// <summary>
    /// True when nothing of the left column stands between the number line and line <paramref name="at"/>: only blank
    /// lines, the other column (a layout header lists the right column after the left one) and lines already claimed.
    /// </summary>
    private static bool DirectlyUnder(ImmutableArray<Line> lines, LineRole?[] roles, int number, int at) =>
        Enumerable.Range(number + 1, at - number - 1).All(k => lines[k].IsBlank || lines[k].Column == Column.Right || roles[k] is not null);

    /// <summary>An addressee entry ends with a comma, a semicolon or a full stop ("- Ủy ban nhân dân tỉnh,").</summary>
    private static bool EndsEntry(string text) => text.TrimEnd() is { Length: > 0 } t && ",;.".Contains(t[^1]);

    private static int NextNonBlank(ImmutableArray<Line> lines, int from)
    {
        for (var i = from + 1; i < lines.Length; i++)
            if (!lines[i].IsBlank) return i;
        return -1;
    }

    private static int ReachIndex(ImmutableArray<Line> lines, int nonBlank, int from)
    {
        var count = 0;
        for (var i = from; i < lines.Length; i++)
        {
            if (!lines[i].IsBlank && ++count >= nonBlank) return i + 1;
        }
        return lines.Length;
    }
}
