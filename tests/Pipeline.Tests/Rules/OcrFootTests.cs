namespace Pipeline.Tests.Rules;

/// <summary>
/// The foot of OCR text layers whose two columns were read row by row: the Nơi nhận label damaged, the signature
/// column's lines run onto the entries beside them.
/// </summary>
public class OcrFootTests
{
    [Fact]
    public void An_OCR_read_noi_nhan_label_opens_the_foot_and_the_signature_column_is_split_off_the_entries()
    {
        // TB-08/TB-LPQT (dev, a web conversion of a scan's OCR text layer): the label read "Not nhận", the foot's two
        // columns read row by row, so each signing formula follows an entry on its line; one entry's dash read "=".
        var record = Support.Extract.Text("""
            BỘ NGOẠI GIAO CONG HOA XÃ HỘI CHỦ NGHĨA VIỆT NAM
            . Độc lập - Tự do - Hạnh phúc

            Đối với Việt Nam, thuật ngữ. "nhà chức trách có thẩm quyên” nghia là Bộ trường
            Bộ Tài chính hoặc người đại điện được tv quyên của Bộ trưởng.

            Not nhận: TL. BỘ TRUONG

            - Ủy ban Đối ngoại Quốc hội (để bie); KT. VU TRUONG

            = Văn phòng Chỉ tịch nude (48 We); VỤ LUẬT PHÁP VA DIEU UOC QUOC TE
            - Văn phòng Chính phủ (dé b/c); ¥ . DHA UG

            - Phòng Công báo (Văn phòng Chính phủ): PHO VU TRUONG

            - Bộ Kế hoạch và Dau tư;
            """, "TB-08.md").Document;

        // The formulas as OCR printed them (marks lost); the vocabulary repair is for text recognised by the pipeline itself.
        Assert.Equal("TL. Bộ Truong KT. Vu truong", record.Signer?.Authority, ignoreCase: true);
        Assert.Equal("Ủy ban Đối ngoại Quốc hội", record.Recipients[0].Name);
        Assert.Equal("để bie", record.Recipients[0].Note);
        Assert.DoesNotContain(record.Recipients, r => r.Name.Contains("KT.", StringComparison.Ordinal));
        // After a colon the capitals may be the entry's own list ("- Các Bộ: CÔNG AN, …"): that line is left whole.
        Assert.Contains(record.Recipients, r => r.Name.EndsWith("PHO VU TRUONG", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Noi nhận: - BỘ TRƯỞNG, CHỦ NHIỆM\n~ TTgCP, các PTTgCP (đê b/c); =")]
    // The same two lines as the markdown file's paragraph reaches the line stage, joined.
    [InlineData("Noi nhận: - BỘ TRƯỞNG, CHỦ NHIỆM ~ TTgCP, các PTTgCP (đê b/c); =")]
    public void A_post_read_onto_the_noi_nhan_label_is_the_signers_position_not_an_entry(string label)
    {
        // TB-330/TB-VPCP (dev, a web conversion of a scan's OCR text layer): the post signed without a formula read
        // across onto the label's line behind a stray dash; the first entry's dash read "~" on the next line.
        var record = Support.Extract.Text($"""
            VAN PHONG CHÍNH PHU CONG HOA XÃ HOI CHỦ NGHĨA VIỆT NAM
            ————— Độc lập - Tự do - Hanh phúc

            Văn phòng Chính phủ thông báo dé các Bộ, cơ quan biết, thực hiện./.

            {label}

            - Các Bộ, cơ quan: Công an, Tài chính, Kế hoạch va
            Đầu tư, Công Thương, Thông tin và Truyền thông,
            Tư pháp, Ngân hàng Nhà nước Việt Nam;

            - VPCP: BTCN, các PCN, Trợ lý, Thư ký TTgCP,
            PTTgCP, các Vụ: KTTH, TH;

            - Lưu: VT, KSTT().vra

            Trần Văn Sơn
            """, "TB-330.md").Document;

        Assert.Equal("Bộ trưởng, Chủ nhiệm", record.Signer?.Position);
        Assert.Equal("Trần Văn Sơn", record.Signer?.Name);
        Assert.DoesNotContain(record.Recipients, r => r.Name.Contains("CHỦ NHIỆM", StringComparison.Ordinal));
    }

    [Fact]
    public void An_entry_continued_in_sentence_case_after_its_comma_is_not_split()
    {
        // corpus/text/…NQ-34…: entries whose words after a comma are their own ("giúp việc Tỉnh ủy") stay whole.
        var record = Support.Extract.Text(PartyOcrTextTests.Nq34Head + """
            6. Văn phòng Tỉnh ủy phối hợp theo dõi, đôn đốc thực hiện Nghị quyết.

            Nơi nhận:
            - Các cơ quan tham mưu, giúp việc Tỉnh ủy,
            - Lưu Văn phòng Tỉnh ủy.
            """, "NQ-34.txt").Document;

        Assert.Equal("Các cơ quan tham mưu, giúp việc Tỉnh ủy", Assert.Single(record.Recipients).Name);
    }
}
