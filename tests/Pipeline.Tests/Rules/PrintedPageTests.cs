using Pipeline.Roles;
using Pipeline.Tests.Support;

namespace Pipeline.Tests.Rules;

/// <summary>
/// A document read from a printed page (pdftotext, with and without -layout) rather than from its Word or HTML source:
/// paragraphs separated by blank lines whose bullets the print lost, cited numbers wrapped to the start of a line,
/// and the signature printed beside Nơi nhận, so that plain pdftotext interleaves the two. Real lines of dev documents
/// QĐ 42/2025/QĐ-TTg and QĐ 23/2025/QĐ-TTg (corpus/html) printed by Chromium (scripts/rerender-html.sh).
/// </summary>
public class PrintedPageTests
{
    // pdftotext -layout of QĐ 42/2025/QĐ-TTg: the header, then Điều 2's items 1-3.
    private const string CriteriaDecision = """
              THỦ TƯỚNG CHÍNH PHỦ                        CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
                           -------                               Độc lập - Tự do - Hạnh phúc
                                                                           ---------------


                  Số: 42/2025/QĐ-TTg                                        Hà Nội, ngày 12 tháng 11 năm 2025
                                                           QUYẾT ĐỊNH

           BAN HÀNH BỘ TIÊU CHÍ QUỐC GIA VỀ PHÁT TRIỂN VĂN HÓA TOÀN DIỆN CÁC CẤP GIAI
                                                        ĐOẠN 2025 - 2030
        Điều 2. Nhiệm vụ của các bộ, cơ quan trung ương, địa phương

        1. Trong thời gian 90 ngày kể từ ngày Quyết định này có hiệu lực thi hành, các bộ, cơ quan trung ương liên quan
        căn cứ chức năng nhiệm vụ được giao, công bố chỉ tiêu cụ thể, ban hành hướng dẫn thực hiện đối với các tiêu chí,
        chỉ tiêu thuộc Bộ tiêu chí quốc gia về phát triển văn hóa toàn diện các cấp giai đoạn 2025 - 2030, bảo đảm thống
        nhất, đồng bộ, khả thi, phù hợp với điều kiện thực tế.
        2. Bộ Văn hóa, Thể thao và Du lịch

        a) Hướng dẫn việc xét, công nhận địa phương đạt chuẩn phát triển văn hóa toàn diện;

        b) Thẩm định hồ sơ xét, công nhận tỉnh, thành phố trực thuộc trung ương đạt chuẩn phát triển văn hóa toàn diện
        theo đề nghị của Ủy ban nhân dân cấp tỉnh;

        c) Đối với Bộ tiêu chí quốc gia về phát triển văn hóa toàn diện cấp xã: Bộ Văn hóa, Thể thao và Du lịch chủ trì, phối
        hợp với các bộ, cơ quan trung ương liên quan hướng dẫn nội dung các tiêu chí 1.2.1, 1.3, 2.1, 2.3, 2.5, 2.9, 3.1, 3.2,
        3.3, 4.1, 4.2.1, 4.2.2, 4.3, 4.4, 4.5, 4.7, 4.9, từ 5.1 đến 5.8, từ 6.1 đến 6.3, từ 7.1 đến 7.4, 8.1, 8.2, 8.3, 8.5 và 10.1;

        d) Đối với Bộ tiêu chí quốc gia về phát triển văn hóa toàn diện cấp tỉnh: Bộ Văn hóa, Thể thao và Du lịch chủ trì,
        phối hợp với các bộ, cơ quan trung ương liên quan hướng dẫn nội dung các tiêu chí 2.1, 2.2, từ 3.1 đến 3.3, 4.1, từ
        4.3 đến 4.16, từ 5.1 đến 5.10, 6.1, 6.2, 6.3, từ 6.5 đến 6.8, từ 7.1 đến 7.8, từ 8.1 đến 8.7, từ 9.1 đến 9.11 và 10.1;

        đ) Trong quá trình triển khai thực hiện, nếu có vấn đề phát sinh, chủ trì, phối hợp với các bộ, cơ quan trung ương,
        địa phương liên quan nghiên cứu, rà soát, tổng hợp trình cấp có thẩm quyền xem xét, điều chỉnh, bổ sung Bộ tiêu
        chí nêu trên, bảo đảm phù hợp với điều kiện thực tế;

        e) Hàng năm tổ chức kiểm tra, giám sát việc thực hiện Bộ tiêu chí phát triển văn hóa toàn diện các cấp.

        3. Các Bộ: Nội vụ, Công an, Quốc phòng, Giáo dục và Đào tạo, Công Thương, Y tế, Nông nghiệp và Môi trường
        căn cứ chức năng nhiệm vụ được giao chủ trì, phối hợp với Bộ Văn hóa, Thể thao và Du lịch ban hành hướng dẫn
        thực hiện đối với các tiêu chí, chỉ tiêu do Bộ quản lý thuộc Bộ tiêu chí quốc gia về phát triển văn hóa toàn diện các
        cấp giai đoạn 2025 - 2030.

        a) Bộ tiêu chí quốc gia về phát triển văn hóa toàn diện cấp xã (Phụ lục I)

        Bộ Nội vụ chủ trì, phối hợp với các bộ, cơ quan trung ương liên quan hướng dẫn nội dung tiêu chí 1.1.1;

        Bộ Công an chủ trì, phối hợp với các bộ, cơ quan trung ương liên quan hướng dẫn nội dung các tiêu chí 1.1.2 và
        2.4.1;

        Bộ Y tế chủ trì, phối hợp với các bộ, cơ quan trung ương liên quan hướng dẫn nội dung các tiêu chí 1.1.3 và 2.4.3;

        Bộ Công Thương chủ trì, phối hợp với các bộ, cơ quan trung ương liên quan hướng dẫn nội dung tiêu chí 1.2.3;

        Bộ Nông nghiệp và Môi trường chủ trì, phối hợp với các bộ, cơ quan trung ương liên quan hướng dẫn nội dung tiêu
        chí 2.4.2;

        Bộ Giáo dục và Đào tạo chủ trì, phối hợp với các bộ, cơ quan trung ương liên quan hướng dẫn nội dung các tiêu chí
        1.2.2, 2.6, 2.7, 2.8 và 4.8.

        """;

    // Plain pdftotext of QĐ 23/2025/QĐ-TTg: the header (one column) down to Nơi nhận, with "PHÓ THỦ TƯỚNG" / "(Đã ký)"
    // and "Lê Thành Long" between the runs of entries.
    private const string InterleavedFoot = """
        THỦ TƯỚNG CHÍNH PHỦ

        CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM

        -------

        Độc lập - Tự do - Hạnh phúc
        ---------------

        Hà Nội, ngày 14 tháng 7 năm 2025

        Số: 23/2025/QĐ-TTg
        QUYẾT ĐỊNH

        Ban hành Quy chế hoạt động của Hội đồng thẩm định độc lập
        theo quy định của Nghị quyết số 206/2025/QH15 về cơ chế đặc biệt
        xử lý khó khăn, vướng mắc do quy định của pháp luật
        Căn cứ Luật Tổ chức Chính phủ số 63/2025/QH15;
        Căn cứ Nghị quyết số 206/2025/QH15 về cơ chế đặc biệt xử lý khó khăn, vướng mắc do quy định của pháp luật;
        Theo đề nghị của Bộ trưởng Bộ Tư pháp;
        Thủ tướng Chính phủ ban hành Quyết định ban hành Quy chế hoạt động của Hội đồng thẩm định độc lập theo quy định của
        Nghị quyết số 206/2025/QH15 về cơ chế đặc biệt xử lý khó khăn, vướng mắc do quy định của pháp luật.
        Điều 1. Ban hành kèm theo Quyết định này Quy chế hoạt động của Hội đồng thẩm định độc lập theo quy định của Nghị
        quyết số 206/2025/QH15 về cơ chế đặc biệt xử lý khó khăn, vướng mắc do quy định của pháp luật.
        Điều 2. Quyết định này có hiệu lực kể từ ngày ký ban hành đến hết ngày 28 tháng 02 năm 2027.
        Điều 3. Bộ trưởng, Thủ trưởng cơ quan ngang bộ, Thủ trưởng cơ quan thuộc Chính phủ, Chủ tịch Ủy ban nhân dân các tỉnh,
        thành phố, các tổ chức, cá nhân có liên quan chịu trách nhiệm thi hành Quyết định này.
        Trong quá trình thực hiện, nếu có khó khăn, vướng mắc, các cơ quan, tổ chức, cá nhân phản ánh về Bộ Tư pháp để tổng
        hợp, báo cáo Thủ tướng Chính phủ.

        KT. THỦ TƯỚNG
        Nơi nhận:
        - Ban Bí thư Trung ương Đảng;
        - Thủ tướng, các Phó Thủ tướng Chính phủ;
        - Các bộ, cơ quan ngang bộ;

        PHÓ THỦ TƯỚNG
        (Đã ký)

        - HĐND, UBND các tỉnh, thành phố trực thuộc Trung ương;
        - Văn phòng Trung ương và các Ban của Đảng;
        - Văn phòng Tổng Bí thư;
        - Văn phòng Chủ tịch nước;
        - Hội đồng Dân tộc và các Ủy ban của Quốc hội;
        - Văn phòng Quốc hội;

        Lê Thành Long

        - Tòa án nhân dân tối cao;
        - Viện kiểm sát nhân dân tối cao;
        - Kiểm toán nhà nước;
        - Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam;
        - Cơ quan trung ương của các tổ chức chính trị - xã hội;
        - VPCP: BTCN, các PCN, Trợ lý TTg, TGĐ Cổng TTĐT,
        các Vụ, Cục, đơn vị trực thuộc, Công báo;
        - Lưu: VT, PL (2).
        """;

    [Fact]
    public void A_cited_criterion_number_wrapped_to_the_start_of_a_line_continues_the_sentence()
    {
        var record = Extract.Text(CriteriaDecision, "QD-42.txt");
        Assert.DoesNotContain(record.Tasks, t => t.Text.StartsWith("đến 4.16", StringComparison.Ordinal));
        var d = Assert.Single(record.Tasks, t => t.Text.StartsWith("Đối với Bộ tiêu chí quốc gia về phát triển văn hóa toàn diện cấp tỉnh", StringComparison.Ordinal));
        Assert.Contains("từ 4.3 đến 4.16", d.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Unlabelled_paragraphs_under_a_heading_that_stopped_short_are_items_of_their_own()
    {
        var record = Extract.Text(CriteriaDecision, "QD-42.txt");
        var ministries = record.Tasks.Where(t => t.Text.Contains("chủ trì, phối hợp với các bộ, cơ quan trung ương liên quan hướng dẫn nội dung", StringComparison.Ordinal)
            && !t.Text.StartsWith("Đối với", StringComparison.Ordinal)).ToList();
        Assert.Equal(6, ministries.Count);
        Assert.StartsWith("Bộ Nội vụ chủ trì", ministries[0].Text, StringComparison.Ordinal);
        Assert.DoesNotContain(record.Tasks, t => t.Text.StartsWith("Bộ tiêu chí quốc gia về phát triển văn hóa toàn diện cấp xã (Phụ lục I) Bộ", StringComparison.Ordinal));
    }

    [Fact]
    public void Entries_printed_after_the_signature_beside_them_are_still_recipients()
    {
        var record = Extract.Text(InterleavedFoot, "QD-23.txt");
        var names = record.Document.Recipients.Select(r => r.Name).ToList();
        Assert.Contains("Văn phòng Quốc hội", names);
        Assert.Contains("Tòa án nhân dân tối cao", names);
        Assert.Contains("Ban Bí thư Trung ương Đảng", names);
        Assert.Equal(15, names.Count);
        Assert.Equal("VT, PL (2)", record.Document.Archive);
        Assert.Equal("Lê Thành Long", record.Document.Signer?.Name);
        Assert.Equal("Phó Thủ tướng", record.Document.Signer?.Position);
        Assert.DoesNotContain("Lê Thành Long", names);
    }
    // Plain pdftotext of QĐ 44/2025/QĐ-TTg: the whole signature ("KT. THỦ TƯỚNG" / "PHÓ THỦ TƯỚNG" / "(Đã ký)" / name)
    // printed between the seventh and the eighth entry.
    private const string SignatureAmidEntries = """
        THỦ TƯỚNG CHÍNH PHỦ

        CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM

        _____________

        Độc lập - Tự do - Hạnh phúc

        Số: 44 /2025/QĐ-TTg

        ________________________________________

        Hà Nội, ngày 01 tháng 12 năm 2025

        QUYẾT ĐỊNH
        Bãi bỏ một số văn bản quy phạm pháp luật của Thủ tướng Chính phủ
        Căn cứ Luật Tổ chức Chính phủ số 63/2025/QH15;
        Căn cứ Luật Ban hành văn bản quy phạm pháp luật số 64/2025/QH15 được sửa đổi, bổ sung một số điều bởi Luật số
        [...]
        2. Các Bộ trưởng, Thủ trưởng cơ quan ngang bộ, Thủ trưởng cơ quan thuộc Chính phủ, Chủ tịch Ủy ban nhân dân các tỉnh,
        thành phố trực thuộc trung ương và các đơn vị có liên quan chịu trách nhiệm thi hành Quyết định này.

        Nơi nhận:
        - Ban Bí thư Trung ương Đảng;
        - Thủ tướng, các Phó Thủ tướng Chính phủ;
        - Các bộ, cơ quan ngang bộ, cơ quan thuộc Chính phủ;
        - HĐND, UBND các tỉnh, thành phố trực thuộc trung ương;
        - Văn phòng Trung ương và các Ban của Đảng;
        - Văn phòng Tổng Bí thư;
        - Văn phòng Chủ tịch nước;

        KT. THỦ TƯỚNG
        PHÓ THỦ TƯỚNG
        (Đã ký)
        Hồ Quốc Dũng

        - Hội đồng Dân tộc và các Ủy ban của Quốc hội;
        - Văn phòng Quốc hội;
        - Tòa án nhân dân tối cao;
        - Viện kiểm sát nhân dân tối cao;
        - Kiểm toán nhà nước;
        - Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam;
        - Cơ quan trung ương của các tổ chức chính trị - xã hội;
        - VPCP: BTCN, các PCN, Trợ lý TTg, TGĐ Cổng TTĐT, các
        Vụ, Cục, đơn vị trực thuộc, Công báo;
        - Lưu: VT, PL (2).

        """;

    [Fact]
    public void A_whole_signature_block_between_two_runs_of_entries_leaves_the_list_whole()
    {
        var record = Extract.Text(SignatureAmidEntries, "QD-44.txt");
        var names = record.Document.Recipients.Select(r => r.Name).ToList();
        Assert.Equal(15, names.Count);
        Assert.Contains("Văn phòng Chủ tịch nước", names);
        Assert.Contains("Hội đồng Dân tộc và các Ủy ban của Quốc hội", names);
        Assert.DoesNotContain(names, n => n.Contains("Đã ký", StringComparison.Ordinal) || n.Contains("Hồ Quốc Dũng", StringComparison.Ordinal));
        Assert.Equal("VT, PL (2)", record.Document.Archive);
        Assert.Equal("Hồ Quốc Dũng", record.Document.Signer?.Name);
        Assert.Equal("KT. Thủ tướng", record.Document.Signer?.Authority);
    }
}
