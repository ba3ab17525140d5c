using System.Text.RegularExpressions;
using Pipeline.Text;
using Pipeline.Vocabulary;

namespace Pipeline.Sources.Blocks;

/// <summary>
/// Splits the text of one cell of a two-column block (issuer | motto, Số | place-date, Nơi nhận | signer) into
/// the lines it was printed on. Markdown and HTML conversions of legal-text portals often flatten a whole block
/// into one table cell ("*Nơi nhận:* - A; - B; - Lưu: VT." or "KT. BỘ TRƯỞNG THỨ TRƯỞNG     Họ Tên"); the line
/// stage needs the printed lines back, so the split follows the structure Nghị định 30/2020/NĐ-CP gives each block:
/// the separator rule under the issuer and the motto, the motto's two lines, "Số:" and V/v, the place-date, the
/// "- " entries of a Nơi nhận and its Lưu, and the stacked signing formula / position / name of a signature.
/// Input keeps its markdown marks; callers clean each line afterwards.
/// </summary>
public sealed partial class CellLines(Vocab vocab)
{
    /// <summary>The vocabulary the cells are split with.</summary>
    public Vocab Vocab => vocab;

    public IReadOnlyList<string> Split(string cell)
    {
        var lines = new List<string>();
        foreach (var piece in ExplicitBreaks().Split(cell))
            foreach (var line in SplitPiece(piece))
            {
                var t = line.Trim();
                if (t.Length > 0) lines.Add(t);
            }
        return lines;
    }

    /// <summary>
    /// True for a line that opens with the label of a foot or address block ("Nơi nhận:", "Kính gửi:"). Such a label
    /// starts its own printed line; it never continues the paragraph above it, however that paragraph was wrapped
    /// (pdftotext without -layout prints "… theo quy định pháp luật./." and then "Nơi nhận:" under it).
    /// </summary>
    public static bool OpensLabel(string line)
    {
        var t = Plain(line);
        return RecipientsHead().Match(t) is { Success: true, Index: 0 } || AddresseeHead().Match(t) is { Success: true, Index: 0 };
    }

    /// <summary>
    /// True for a plain line that holds a whole flattened block, as text scrapes of portal tables print them
    /// ("BỘ TÀI CHÍNH ------- CỘNG HÒA …", "Số: 778/TCHQ-GSQL V/v …", "Hà Nội, ngày … Kính gửi: …", "Nơi nhận: - A; - B").
    /// Only lines that open with a block's fixed form qualify, so body sentences are never split.
    /// </summary>
    public bool IsFlattenedBlock(string line)
    {
        var t = Plain(line);
        if (t.Length == 0) return false;
        if (InnerRule().IsMatch(t)) return true;
        if (t.StartsWith("Số", StringComparison.Ordinal) && NumberLine().Match(t) is { Success: true, Index: 0 } && Regarding().IsMatch(t)) return true;
        // One search for the place-date serves both of its tests; a line without "ngày" has none (most body lines).
        var placeDate = t.Contains("ngày", StringComparison.Ordinal) ? PlaceDate().Match(t) : Match.Empty;
        if (placeDate is { Success: true, Index: 0 } && (AddresseeHead().IsMatch(t) || Regarding().IsMatch(t))) return true;
        if (RecipientsHead().Match(t) is { Success: true, Index: 0 } && EntryDash().Count(t) >= 2) return true;
        // The rest of a flattened Nơi nhận that a scrape broke onto a line of its own ("- Kiểm toán nhà nước; - Ủy ban
        // Trung ương …; - Lưu: VT, PL (2)."): entries closed by ";" each open with a dash; one bullet of a body list has one.
        if (RecipientEntryStart().IsMatch(t) && EntryAfterClose().Count(t) >= 2) return true;
        // The foot read across both columns: the signing formula printed beside the label ("Nơi nhân: T/M BAN THƯỜNG VỤ").
        if (RecipientsHead().Match(t) is { Success: true, Index: 0 } head && vocab.SigningFormulas.Match(t[head.Length..].Trim()) is not null) return true;
        // … or the signer's post alone, signed without a formula ("Noi nhận: - BỘ TRƯỞNG, CHỦ NHIỆM", TB-330's OCR).
        if (RecipientsHead().Match(t) is { Success: true, Index: 0 } label && PostBesideLabel(t[label.Length..]) is not null) return true;
        // The place-date may follow the symbol that a scrape ran onto its line ("299/TTg Hà Nội, ngày …").
        if (placeDate is { Success: true, Index: < 30 } && DateThenCaps().IsMatch(t)) return true;
        // OCR text of a two-column header read across both columns on one line: the issuer and the motto
        // ("BỘ TÀI CHÍNH - CONG HOA XÃ HỘI CHỦ NGA VIET NAM", "TONG CỤC THUE Độc lập - Tự do — Hanh phúc", a Party
        // committee's "TÍNH ỦY LÀO CAI ĐÁNG CỘNG SẢN VIỆT NAM"), the number and the place-date ("Số: 4489 /TCT-TTKT Hà Nội,
        // ngày ñ| tháng 42 năm 2022", "Số 34 -NQ/TU Lào Cai, ngày 27 tháng 12 năm 2025").
        if (MottoAfterCapitals(t)) return true;
        // The motto's second line with the number line run onto it, the first line having been read on its own ("Độc lập
        // - Tự do - Hạnh phúc Số: Z32Ø/BTC-QLCS Hà Nội, ngày / tháng 6 năm 2026", an OCR text of a two-column header).
        if (Motto2().Match(t) is { Success: true, Index: 0 } && NumberLine().IsMatch(t)) return true;
        if (t.StartsWith("Số", StringComparison.Ordinal) && NumberLine().Match(t) is { Success: true, Index: 0 } && placeDate is { Success: true, Index: > 0 }) return true;
        if (IsOneLineSignature(t)) return true;
        if (IsStackedFormulas(t)) return true;
        if (SignatureAfterEntry(t) > 0) return true;
        if (IsSignedName(t)) return true;
        if (HeadingAfterSignature(t) > 0) return true;
        if (TrailingSignatureStart(t) > 0) return true;
        return false;
    }

    /// <summary>
    /// Where the signature column's line read onto a Nơi nhận entry begins: OCR reads the foot's two columns row by row,
    /// so an entry closed by its ";" or "," goes on with the signing formula or post printed beside it ("- Ủy ban Đối
    /// ngoại Quốc hội (để bie); KT. VU TRUONG", "- Các đ/c Ủy viên BTV Tỉnh ủy, S Í THƯ THƯỜNG TRưÊ"). The tail is a
    /// signing formula, or two words or more in capitals (one stray lower-case letter is OCR's) with no punctuation of
    /// an entry list; an entry's own words after a comma are in sentence case. -1 when there is none.
    /// </summary>
    private int SignatureAfterEntry(string plain)
    {
        if (!RecipientEntryStart().IsMatch(plain) || ArchiveEntry().IsMatch(plain)) return -1;
        var m = EntryEndThenCaps().Match(plain);
        if (!m.Success) return -1;
        var tail = plain[m.Groups["at"].Index..].Trim();
        if (vocab.SigningFormulas.Match(tail) is not null) return m.Groups["at"].Index;
        var words = tail.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var letters = tail.Where(char.IsLetter).ToList();
        if (words.Length < 2 || letters.Count < 6 || tail.IndexOfAny([',', ';', ':', '(', ')']) >= 0) return -1;
        return letters.Count(char.IsLower) <= 1 && letters.Count(char.IsLower) * 6 <= letters.Count ? m.Groups["at"].Index : -1;
    }

    /// <summary>
    /// Where a one-line signature run onto the Lưu entry begins ("- Lưu: VT, ĐMDN (2b). Trung Anh BỘ TRƯỞNG, CHỦ NHIỆM
    /// Mai Tiến Dũng" → at "BỘ TRƯỞNG"): the capitalised run before the closing name, when it opens with a signing
    /// formula or a known position. -1 when there is none.
    /// </summary>
    private int TrailingSignatureStart(string plain)
    {
        if (!ArchiveEntry().IsMatch(plain)) return -1;
        var (caps, name) = SplitName(plain);
        if (name.Length == 0) return FormulaAfterArchive(plain);
        var capsWords = caps.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var first = capsWords.Length;
        while (first > 0 && Words.IsCapitalised(capsWords[first - 1])) first--;
        if (first == 0 || first >= capsWords.Length) return -1;
        var run = capsWords[first..];
        var opens = vocab.SigningFormulas.Match(string.Join(' ', run)) is not null
                    || OpensWithPosition(run, 3);
        return opens ? WordOffset(plain, capsWords, first) : -1;
    }

    /// <summary>
    /// Where a signing formula run onto the Lưu entry begins when no name closes the line, a scrape having run the annex
    /// printed after the signature on as well ("- Lưu: VT, TXNK (30b) KT. TỔNG CỤC TRƯỞNG PHÓ TỔNG CỤC TRƯỞNG Nguyễn Dương
    /// Thái QUY TRÌNH … (Ban hành kèm theo Quyết định số 2135/QĐ-TCHQ …)"): a prefix printed with its dot or slash whose
    /// post opens with a known position or an issuing body. An archive's own abbreviations ("VT, TH, KT (2b)") never
    /// read so. -1 when there is none.
    /// </summary>
    private int FormulaAfterArchive(string plain)
    {
        var label = ArchiveEntry().Match(plain);
        foreach (Match word in WordStart().Matches(plain, label.Index + label.Length))
        {
            var at = word.Index;
            // The formula is read on its capitals alone: the name and the annex follow in sentence case.
            var capitals = string.Join(' ', plain[at..].Split(' ', StringSplitOptions.RemoveEmptyEntries).TakeWhile(Words.IsCapitalised));
            if (vocab.SigningFormulas.Match(capitals) is not { } formula) continue;
            if (!formula.Prefix.EndsWith('.') && !formula.Prefix.Contains('/')) continue;
            var post = formula.Post.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (OpensWithPosition(post, 4)
                || vocab.IssuerBodies.MatchPrefix(FoldKey.Of(formula.Post)) > 0)
                return at;
        }
        return -1;
    }

    /// <summary>
    /// A scrape's signature that kept only the name (or the position) and the note the portal writes for the signature
    /// ("Nguyễn Văn An (Đã ký)", "(Đã ký) Nguyễn Văn An"): the name and the note were printed on lines of their own.
    /// </summary>
    private bool IsSignedName(string plain)
    {
        var note = SignedNote().Match(plain);
        if (!note.Success) return false;
        var name = (plain[..note.Index] + " " + plain[(note.Index + note.Length)..]).Trim();
        // The note run onto the signer's position instead ("THỦ TƯỚNG(đã ký)", a scrape that dropped the line break).
        return name.Length > 0 && (PersonNames.LooksLikeName(name) || IsPosition(name));
    }

    /// <summary>
    /// A whole signature block on one line ("KT. THỦ TƯỚNG PHÓ THỦ TƯỚNG Trần Hồng Hà", "CHỦ TỊCH QUỐC HỘI Nguyễn Thị
    /// Kim Ngân"): a capitalised run that opens with a signing formula or a known position, then a person's name.
    /// </summary>
    private bool IsOneLineSignature(string plain)
    {
        plain = WithoutSignedNote(plain);
        if (plain.Length > 120 || !LooksLikeSignature(plain)) return false;
        var (caps, name) = SplitName(plain);
        return name.Length > 0 && OpensWithPost(caps.Split(' ', StringSplitOptions.RemoveEmptyEntries));
    }

    /// <summary>
    /// The line without the note a portal prints where the signature was ("KT. THỦ TƯỚNG PHÓ THỦ TƯỚNG (Đã ký) Hồ Đức
    /// Phớc"): in print the note stands on a line of its own, no part of the block's words.
    /// </summary>
    private static string WithoutSignedNote(string plain) => Spaces().Replace(SignedNote().Replace(plain, " "), " ").Trim();

    /// <summary>
    /// A signature's stacked capitals on one line without the name ("TM. CHÍNH PHỦ KT. THỦ TƯỚNG PHÓ THỦ TƯỚNG", "KT. THỦ
    /// TƯỚNG PHÓ THỦ TƯỚNG (Đã ký)" with the name on the next line): a signing formula opens it, and a second formula or
    /// the signer's own position follows, each printed on a line of its own.
    /// </summary>
    private bool IsStackedFormulas(string plain)
    {
        plain = WithoutSignedNote(plain);
        if (plain.Length > 160 || vocab.SigningFormulas.Match(plain) is null) return false;
        if (!plain.Split(' ', StringSplitOptions.RemoveEmptyEntries).All(Words.IsCapitalised)) return false;
        if (vocab.SigningFormulas.Starts(plain).Count() >= 2) return true;
        // One formula: split only where its post is a known position too ("KT. THỦ TƯỚNG" + "PHÓ THỦ TƯỚNG"), so a post that
        // merely ends with a position's words stays whole ("Q. TỔNG CỤC TRƯỞNG").
        var pieces = SplitFormulas(plain).ToList();
        return pieces.Count == 2 && vocab.SigningFormulas.Match(pieces[0]) is { } formula && IsPosition(formula.Post);
    }

    /// <summary>Whether capitalised words open with a signing formula, or with a known position in their first three words.</summary>
    private bool OpensWithPost(string[] words) =>
        vocab.SigningFormulas.Match(string.Join(' ', words)) is not null
        || Enumerable.Range(1, Math.Min(3, words.Length)).Any(n => IsPosition(string.Join(' ', words.Take(n))));

    /// <summary>Where word <paramref name="k"/> of <paramref name="text"/>'s words (split at spaces) begins in it.</summary>
    private static int WordOffset(string text, string[] words, int k)
    {
        var at = 0;
        for (var i = 0; i < k; i++) at = text.IndexOf(words[i], at, StringComparison.Ordinal) + words[i].Length;
        return text.IndexOf(words[k], at, StringComparison.Ordinal);
    }

    /// <summary>A word whose letters are all capitals ("TRƯỞNG", "KT."); a word without letters is none.</summary>

    /// <summary>
    /// A scrape that runs the attachment printed after the signature onto the signature's line ("KT. BỘ TRƯỞNG THỨ TRƯỞNG
    /// Đinh Trung Tụng KẾ HOẠCH TRIỂN KHAI …", "TỔNG CỤC TRƯỞNG PHÓ TỔNG CỤC TRƯỞNG Vũ Ngọc Anh TÊN ĐƠN VỊ CUNG CẤP:…"): where
    /// the capitals after the signer's name begin, when the line opens with a signing formula or a known position, a
    /// name of two to five words follows, and two capital words at least come after it. -1 when there is none.
    /// </summary>
    private int HeadingAfterSignature(string plain)
    {
        var words = plain.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        static bool IsNameWord(string w) => char.IsUpper(w[0]) && w.Length > 1 && w.Skip(1).All(char.IsLower);
        var caps = 0;
        while (caps < words.Length && Words.IsCapitalised(words[caps])) caps++;
        if (caps < 2 || !OpensWithPost(words[..caps])) return -1;
        var name = caps;
        while (name < words.Length && IsNameWord(words[name])) name++;
        if (name - caps is < 2 or > 5) return -1;
        var after = name;
        while (after < words.Length && Words.IsCapitalised(words[after])) after++;
        return after - name < 2 ? -1 : WordOffset(plain, words, name);
    }

    /// <summary>
    /// A portal's text scrape runs the place-date, the type word, the title and the first sentence together
    /// ("Hà Nội, ngày 31 tháng 7 năm 2024 QUYẾT ĐỊNH VỀ CƠ CHẾ, … THU HỒI Căn cứ Luật …"): cut where the capitals
    /// begin after the year, after the type word that opens them, and where sentence case resumes.
    /// </summary>
    private IEnumerable<int> HeadRunCuts(string part)
    {
        var m = DateThenCaps().Match(part);
        if (!m.Success) yield break;
        var start = m.Groups["at"].Index;
        yield return start;
        var run = CapsRun().Match(part, start);
        if (!run.Success || run.Index != start) yield break;
        if (vocab.TypeWords.MatchStart(part[start..(run.Index + run.Length)]) is { } type)
        {
            var afterType = start + type.Length;
            if (afterType < run.Index + run.Length && part[afterType] == ' ') yield return afterType + 1;
        }
        var end = run.Index + run.Length;
        if (EnactingAuthorityStart(part, start, end) is > 0 and var authority) yield return authority;
        if (end < part.Length) yield return end;
    }

    /// <summary>
    /// Where the enacting authority printed under a decision's title begins inside a scrape's run of capitals
    /// ("… XÂY DỰNG KINH TẾ QUỐC HỘI Căn cứ …", "… NĂM 1991 QUỐC HỘI NƯỚC CỘNG HOÀ …"): only when the preamble
    /// (a basis line or the Quốc hội's country name) or the line's end follows the run, at the first word that opens an authority
    /// (enacting-authorities.txt) after a word that does not bind it to the title ("… CỦA HỘI ĐỒNG NHÂN DÂN …") and
    /// with no other authority after the one it opens ("CHÍNH PHỦ ĐIỆN TỬ THỦ TƯỚNG CHÍNH PHỦ" cuts at THỦ TƯỚNG).
    /// -1 when there is none.
    /// </summary>
    private int EnactingAuthorityStart(string part, int runStart, int runEnd)
    {
        var motto = Motto1().Match(part, runStart);
        var titleEnd = motto.Success && motto.Index < runEnd ? motto.Groups["at"].Index : runEnd;
        var rest = part[runEnd..].Trim();
        var preambleFollows = titleEnd < runEnd || rest.Length == 0 || vocab.OpensWithBasisOrRestatement(MarkAwareKey.Of(rest));
        if (!preambleFollows) return -1;
        var words = WordStart().Matches(part[..titleEnd], runStart).Select(m => m.Index).ToList();
        // The type word (two syllables or more) and two words of the title stay before the cut.
        for (var k = 4; k < words.Count; k++)
        {
            if (vocab.TitleConnectors.End(part[runStart..words[k]])) continue;
            var key = ToneKey.Of(part[words[k]..titleEnd].Trim()).Value;
            var matched = vocab.EnactingAuthorities.MatchPrefix(key);
            if (matched > 0 && !vocab.EnactingAuthorities.OccursIn(key[matched..])) return words[k];
        }
        return -1;
    }

    private IEnumerable<string> SplitPiece(string piece)
    {
        // Rules printed under the issuer and the motto ("-------", "\-\-\-") end a line and are not text.
        var ruled = Rule().Split(piece);
        var parts = ruled.SelectMany((p, i) => i < ruled.Length - 1 ? IssuerAfterProse(p) : [p]).SelectMany(SplitAtMarkers).ToList();
        var inRecipients = false;
        foreach (var part in parts)
        {
            var plain = Plain(part);
            if (RecipientsHead().IsMatch(plain)) inRecipients = true;
            if (inRecipients || RecipientEntryStart().IsMatch(plain))
            {
                foreach (var entry in SplitRecipients(part)) yield return entry;
                continue;
            }
            foreach (var line in SplitSignature(part)) yield return line;
        }
    }

    /// <summary>
    /// The text before a separator rule is the line printed above it, the issuer's name in capitals; a portal's scrape
    /// may run its own page title onto that line ("Công văn 384/BYT-KCB năm 2014 … do Bộ Y tế ban hành. BỘ Y TẾ -------").
    /// The closing run of capital words is the issuer's line, the sentence-case text before it another line.
    /// </summary>
    private static IEnumerable<string> IssuerAfterProse(string part)
    {
        var words = part.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        // A dash inside a name stays in it ("BÀ RỊA - VŨNG TÀU").
        static bool IsCaps(string w) => w is "-" or "–" || Words.IsCapitalised(w);
        var first = words.Length;
        while (first > 0 && IsCaps(words[first - 1])) first--;
        var prefix = string.Join(' ', words.Take(first));
        // Two capital words at least (a name, not an initial); a prefix in sentence case ending a sentence, so the
        // issuer's column read across with the motto ("BỘ TÀI CHÍNH CỘNG HÒA … Hạnh phúc") is left alone.
        if (words.Length - first < 2 || first == 0 || !prefix.Any(char.IsLower) || !SentenceEnd().IsMatch(prefix))
        {
            yield return part;
            yield break;
        }
        yield return prefix;
        yield return string.Join(' ', words.Skip(first));
    }

    /// <summary>The motto's first or second line after a run of capitals (the issuer's column read across).</summary>
    private static bool MottoAfterCapitals(string t) =>
        new[] { Motto1().Match(t), Motto2().Match(t), PartyMotto().Match(t) }.Any(m => m.Success && m.Index > 0 && VnText.IsUpper(t[..m.Index], 4));

    /// <summary>Splits before the fixed forms that always start a printed line: the motto's lines, Số:,
    /// V/v, a place-date, Nơi nhận, a "(Đã ký)" note, and at emphasis runs (V/v and place-date are printed italic).</summary>
    private IEnumerable<string> SplitAtMarkers(string part)
    {
        var cuts = new SortedSet<int>();
        foreach (var regex in new[] { Motto1(), Motto2(), PartyMotto(), NumberLine(), Regarding(), PlaceDate(), RecipientsHead(), SignedNote(), Emphasis(), AddresseeHead() })
            foreach (Match m in regex.Matches(part))
                if (m.Groups["at"].Success && m.Groups["at"].Index > 0) cuts.Add(m.Groups["at"].Index);
        var blanks = BlanksToFill(part);
        foreach (Match m in WideGap().Matches(part))
        {
            var at = m.Groups["at"].Index;
            if (!blanks.Any(b => b.Start < at && at < b.End)) cuts.Add(at);
        }
        foreach (var cut in HeadRunCuts(part)) if (cut > 0) cuts.Add(cut);
        foreach (Match m in AddresseeHead().Matches(part))
            if (BodyAfterAddressee(part, m.Index + m.Length) is > 0 and var body) cuts.Add(body);
        if (TrailingSignatureStart(part) is > 0 and var signature)
        {
            cuts.Add(signature);
            // The annex's heading a scrape ran on after the signer's name is a line of its own too.
            if (HeadingAfterSignature(part[signature..]) is > 0 and var annex) cuts.Add(signature + annex);
        }
        if (SignatureAfterEntry(part) is > 0 and var besideEntry) cuts.Add(besideEntry);
        if (HeadingAfterSignature(part) is > 0 and var heading) cuts.Add(heading);
        foreach (Match m in SignedNote().Matches(part))
        {
            var end = m.Groups["at"].Index + m.Groups["at"].Length;
            if (end < part.Length) cuts.Add(end);
        }
        var start = 0;
        foreach (var cut in cuts)
        {
            if (cut <= start) continue;
            // The rule OCR read between the issuer and the motto ("BỘ TÀI CHÍNH - CỘNG HÒA …") is not the issuer's.
            yield return Motto1().Match(part, cut) is { Success: true } motto && motto.Index == cut ? DanglingDash().Replace(part[start..cut], "") : part[start..cut];
            start = cut;
        }
        yield return part[start..];
    }

    /// <summary>
    /// A scrape runs the letter's first paragraph onto the Kính gửi line ("Kính gửi: Đ/c Chủ tịch Ủy ban nhân dân các
    /// tỉnh, thành phố trực thuộc Trung ương Trong thời gian qua, …"): the paragraph starts at the first capitalised word
    /// after the addressee's own words that opens a body paragraph (body-openings.txt). -1 when none does.
    /// </summary>
    private int BodyAfterAddressee(string part, int from)
    {
        var words = 0;
        for (var i = from; i < part.Length; i++)
        {
            if (part[i] == ' ' || i > from && part[i - 1] != ' ') continue;
            // The addressee has two words at least ("Kính gửi: Bộ Tài chính").
            if (++words > 2 && char.IsUpper(part[i]) && vocab.BodyOpenings.OpensWith(part[i..])) return i;
        }
        return -1;
    }

    /// <summary>
    /// The stretches where a signed copy leaves blanks for the clerk to fill by hand: the number ("Số:      /SCT-CN")
    /// and the day and month of the place-date ("Lào Cai, ngày         tháng       năm 2025"). Their wide gaps are
    /// printed blanks, not a column break.
    /// </summary>
    private static List<(int Start, int End)> BlanksToFill(string part)
    {
        var spans = new List<(int, int)>();
        foreach (Match m in NumberLine().Matches(part))
            if (BlankNumber().Match(part, m.Index) is { Success: true } n && n.Index == m.Index) spans.Add((n.Index, n.Index + n.Length));
        foreach (Match m in PlaceDate().Matches(part))
            if (BlankDate().Match(part, m.Index) is { Success: true } d && d.Index == m.Index) spans.Add((d.Index, d.Index + d.Length));
        return spans;
    }

    /// <summary>"Nơi nhận: - A; - B; - Lưu: VT." → "Nơi nhận:", "- A;", "- B;", "- Lưu: VT.".</summary>
    private IEnumerable<string> SplitRecipients(string part)
    {
        var head = RecipientsHead().Match(part);
        var rest = part;
        if (head.Success)
        {
            var end = head.Groups["at"].Index + head.Groups["at"].Length;
            // Keep the closing emphasis mark of "*Nơi nhận:*" with the head.
            while (end < rest.Length && rest[end] is '*' or '_' or '\\') end++;
            yield return rest[..end];
            rest = rest[end..];
            if (PostBesideLabel(Plain(rest)) is { } post)
            {
                yield return post;
                // The first entry, its line joined on by the paragraph ("… CHỦ NHIỆM ~ TTgCP, các PTTgCP (đê b/c);").
                rest = Plain(rest);
                rest = rest[(rest.IndexOf(post, StringComparison.Ordinal) + post.Length)..];
            }
        }
        var start = 0;
        foreach (Match m in EntryDash().Matches(rest))
        {
            if (m.Index <= start) continue;
            yield return rest[start..m.Index];
            start = m.Index;
        }
        yield return rest[start..];
    }

    /// <summary>
    /// "TL. BỘ TRƯỞNG KT. CỤC TRƯỞNG CỤC X PHÓ CỤC TRƯỞNG Lưu Đức Huy" → one line per signing formula, the
    /// signer's own position, and the name. Only capitalised runs are split; sentence text passes unchanged.
    /// </summary>
    private IEnumerable<string> SplitSignature(string part)
    {
        var plain = Plain(part).Trim();
        if (plain.Length == 0 || !LooksLikeSignature(plain)) { yield return part; yield break; }

        var (caps, name) = SplitName(plain);
        foreach (var formula in SplitFormulas(caps)) yield return formula;
        if (name.Length > 0) yield return name;
    }

    private static bool LooksLikeSignature(string plain)
    {
        var words = plain.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length < 2) return false;
        var upperWords = words.Count(Words.IsCapitalised);
        // A signature block opens with capitals: the formula, the position.
        return upperWords >= 2 && words[0].Where(char.IsLetter).All(char.IsUpper);
    }

    /// <summary>The capitalised head and the person's name after it ("… PHÓ CỤC TRƯỞNG Lưu Đức Huy").</summary>
    private static (string Caps, string Name) SplitName(string plain)
    {
        var words = plain.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var lastUpper = -1;
        for (var i = 0; i < words.Length; i++)
            if (Words.IsCapitalised(words[i]))
                lastUpper = i;
        var tail = words.Skip(lastUpper + 1).ToList();
        // A name is 2–5 capitalised words ("Lưu Đức Huy"); anything else is left in place.
        var isName = tail.Count is >= 2 and <= 5 && tail.All(w => char.IsUpper(w[0]) && w.Skip(1).Where(char.IsLetter).All(char.IsLower));
        return isName
            ? (string.Join(' ', words.Take(lastUpper + 1)), string.Join(' ', tail))
            : (plain, "");
    }

    /// <summary>One line per signing prefix (TM., KT., TL., TUQ., Q.), then the signer's own position when the
    /// capitalised run ends with one that follows the formula's post ("KT. CỤC TRƯỞNG CỤC X" + "PHÓ CỤC TRƯỞNG").</summary>
    private IEnumerable<string> SplitFormulas(string caps)
    {
        var cuts = new List<int>();
        foreach (var at in vocab.SigningFormulas.Starts(caps))
            if (at > 0) cuts.Add(at);
        var pieces = new List<string>();
        var start = 0;
        foreach (var cut in cuts) { pieces.Add(caps[start..cut].Trim()); start = cut; }
        pieces.Add(caps[start..].Trim());

        var last = pieces[^1];
        var hasFormula = vocab.SigningFormulas.Match(last) is not null;
        var position = TrailingPosition(last, hasFormula);
        // "BỘ TRƯỞNG, CHỦ NHIỆM": one person's joint post, printed on one line, not a post and a position.
        if (position is not null && last[..^position.Length].TrimEnd().EndsWith(',')) position = null;
        if (position is not null)
        {
            pieces[^1] = last[..^position.Length].Trim();
            pieces.Add(position);
        }
        return pieces.Where(p => p.Length > 0);
    }

    /// <summary>The longest known position that ends the run and leaves a formula's post (or a body) before it.</summary>
    private string? TrailingPosition(string run, bool afterFormula)
    {
        var words = run.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        // A run that is only a position ("PHÓ THỦ TƯỚNG") is one line already.
        if (IsPosition(run)) return null;
        var minHead = afterFormula ? 2 : 1;
        for (var take = words.Length - minHead; take >= 1; take--)
        {
            var candidate = string.Join(' ', words.Skip(words.Length - take));
            if (IsPosition(candidate)) return candidate;
        }
        return null;
    }

    private bool IsPosition(string text) => vocab.IsSignerPosition(text);

    /// <summary>
    /// The signer's post read across from the signature column onto the Nơi nhận label's line ("Noi nhận: - BỘ TRƯỞNG,
    /// CHỦ NHIỆM"; the first entry is printed on the next line, so a mark OCR puts between them is no entry's dash):
    /// two words or more, all in capitals, no entry punctuation, opening with a known position. Null when there is none.
    /// </summary>
    private string? PostBesideLabel(string afterLabel)
    {
        var text = StrayMarks().Replace(afterLabel, "").Trim();
        var all = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var words = all.TakeWhile(Words.IsCapitalised).ToArray();
        // The first entry may follow on the same line (a paragraph joined), opening with its mark; nothing else may.
        if (words.Length < all.Length && !StrayMarks().IsMatch(all[words.Length])) return null;
        var post = string.Join(' ', words);
        if (words.Length < 2 || post.IndexOfAny([';', ':', '(', ')']) >= 0) return null;
        return OpensWithPosition(words, 3) ? post : null;
    }

    /// <summary>Whether a known position is printed in the first <paramref name="reach"/> of <paramref name="words"/>, a comma after it.</summary>
    private bool OpensWithPosition(string[] words, int reach) =>
        Enumerable.Range(1, Math.Min(reach, words.Length)).Any(n => IsPosition(string.Join(' ', words.Take(n)).TrimEnd(',')));

    private static string Plain(string s) => Emphasis().Replace(s.Replace("**", "").Replace("\\", ""), m => m.Value.Trim('*', '_')).Trim();

    // <br>, pandoc's hard break "\" at a line end, and real newlines.
    [GeneratedRegex(@"<br\s*/?>|\\\r?\n|\\$|\r?\n", RegexOptions.IgnoreCase)] private static partial Regex ExplicitBreaks();
    // Dashes or equals signs (escaped by pandoc or not), or a long run of underscores; a short blank "___" is a
    // field left to fill in ("ngày ___ tháng"), not a rule.
    [GeneratedRegex(@"\s*(?:(?:\\?[-=–]){3,}|_{5,})\s*")] private static partial Regex Rule();
    // OCR reads the motto's hyphens as dashes of any length ("Độc lập — Tự do — Hạnh phúc", CV-4451's text layer).
    [GeneratedRegex(@"(?<at>Độc\s+lập\s*[-–—]\s*Tự\s+do)")] private static partial Regex Motto2();
    // The motto's first line in capitals, with the marks OCR drops ("CONG HOA XÃ HỘI").
    [GeneratedRegex(@"(?<at>C[OÔỘ]NG\s+H(?:[OÒ]A|OÀ)\s+X[AÃ]\s+H[OÔỘ]I)")] private static partial Regex Motto1();
    [GeneratedRegex(@"\s+[-–—]\s*$")] private static partial Regex DanglingDash();
    // A Party document's motto (Hướng dẫn 36-HD/VPTW), with the marks OCR changes ("ĐÁNG CỘNG SẢN VIỆT NAM").
    [GeneratedRegex(@"(?<at>Đ[AÁẢÀÃẠ]NG\s+C[OÔỘỐ]NG\s+S[AÁẢ]N\s+VI[EÊỆẾ]T\s+NAM)")] private static partial Regex PartyMotto();
    // "Số:", or a Party document's "Số" without a colon before its number and type code ("Số 34 -NQ/TU", "Số 600-TB/TU").
    [GeneratedRegex(@"(?<![\p{L}\d])(?<at>Số\s*:|Số\s+(?=\d{1,5}\s*-\s*\p{Lu}))")] private static partial Regex NumberLine();
    [GeneratedRegex(@"(?<at>\*?(?:V/v|V/V|Về\s+việc)\s)")] private static partial Regex Regarding();
    // The place starts a word of its own: "299/TTg Hà Nội, ngày …" keeps the symbol "TTg" on the number's line.
    [GeneratedRegex(@"(?<at>\*?(?<![\p{L}\d/\-])(?:\p{Lu}[\p{Ll}\p{Lu}]*\.?\s+){0,3}\p{Lu}[\p{Ll}\p{Lu}]*\s*,\s*ngày\b)")] private static partial Regex PlaceDate();
    // "nhân" is OCR's "nhận" (the dot below lost).
    // OCR reads the label's "ơi" as "ot", "ol", "o1" ("Not nhận: TL. BỘ TRUONG"); with its colon it is still the label
    // (LinePatterns.RecipientsHeader reads the same forms as a line's role).
    [GeneratedRegex(@"(?<at>\*{0,3}(Nơi\s+nh[ậâ]n\s*:?|No[a-z1|!]\s+nh[ậâ]n\s*:))", RegexOptions.IgnoreCase)] private static partial Regex RecipientsHead();
    [GeneratedRegex(@"(?<at>\((?:Đã\s+ký|đã\s+ký|Ký\s+tên[^)]*|Ký,\s*ghi\s+rõ[^)]*)\))")] private static partial Regex SignedNote();
    [GeneratedRegex(@"\S(?<at>\s{3,})\S")] private static partial Regex WideGap();
    [GeneratedRegex(@"\s{2,}")] private static partial Regex Spaces();
    // An entry's closing ";" and the dash that opens the next entry on the same line.
    [GeneratedRegex(@";\s*[-–•+]\s+(?=\S)")] private static partial Regex EntryAfterClose();
    [GeneratedRegex(@"Số\s*:[\s.…]*/\S+")] private static partial Regex BlankNumber();
    [GeneratedRegex(@"[^,]{1,40},\s*ngày[\s.…]*(?:\d{1,2}[\s.…]*)?tháng[\s.…]*(?:\d{1,2}[\s.…]*)?năm\s*\d{4}")] private static partial Regex BlankDate();
    [GeneratedRegex(@"(?<![\w*])(?<at>\*(?!\s)[^*]+?(?<!\s)\*)(?![\w*])")] private static partial Regex Emphasis();
    [GeneratedRegex(@"^\s*[-–•+]\s+\S")] private static partial Regex RecipientEntryStart();
    // The last ";" or "," of an entry and the capital that opens what follows it on the line.
    [GeneratedRegex(@"[;,]\s+(?<at>\p{Lu}[^;,]*)$")] private static partial Regex EntryEndThenCaps();
    [GeneratedRegex(@"^\s*[-–•+]?\s*Lưu\b")] private static partial Regex ArchiveEntry();
    [GeneratedRegex(@"(?<at>Kính\s+gửi\s*:)")] private static partial Regex AddresseeHead();
    // A rule after a word, with a space ("BỘ TÀI CHÍNH ------- CỘNG HÒA …") or glued at the line's end ("CHÍNH PHỦ-------",
    // the tags of a page stripped without a separator).
    [GeneratedRegex(@"[\p{L}.]\s+(?:\\?[-=]){3,}|\p{Lu}(?:\\?[-=]){3,}\s*$")] private static partial Regex InnerRule();
    [GeneratedRegex(@"[.;:!?]$")] private static partial Regex SentenceEnd();
    // An entry dash: "- " after a space, at a word start (not "Bà Rịa - Vũng Tàu", which has letters either side
    // but no entry punctuation before it).
    [GeneratedRegex(@"(?<=[;.,:*]\s*|^\s*)[-–•+]\s+(?=\S)")] private static partial Regex EntryDash();
    // The year of a place-date, then a run of capitals (the type word and the title).
    [GeneratedRegex(@"năm\s+\d{4}\s*\**\s+(?<at>\p{Lu}+\s+\p{Lu}+\b)")] private static partial Regex DateThenCaps();
    // Words in capitals (digits, punctuation and dashes between them), up to the first word in sentence case.
    [GeneratedRegex(@"\p{Lu}+(?:[\s,;:.\-–()/]+(?:\p{Lu}+|\d+)(?![\p{Ll}]))*")] private static partial Regex CapsRun();
    [GeneratedRegex(@"(?<=^|\s)\S")] private static partial Regex WordStart();
    // Dashes and tildes OCR reads from a fold or a stroke before the post.
    [GeneratedRegex(@"^[\s\-–—~=•+*]+")] private static partial Regex StrayMarks();
}
