using System.Net;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Pipeline.Review.Desk;
using Pipeline.Sources;
using Pipeline.Tests.Support;
using static Pipeline.Review.Desk.IssuerLifespans;

namespace Pipeline.Tests.Review;

/// <summary>
/// "A date before the issuer existed" (or after it ceased) as a failed validation: real issuers and dates from
/// the corpus records, moved across the 2025 restructuring's dates (Data/issuer-lifespans.tsv).
/// </summary>
public sealed class IssuerLifespanTests
{
    /// <summary>The issuer and issue date of a hand-made record in corpus/expected.</summary>
    private static (string Issuer, string Date) Expected(string file)
    {
        var document = JsonNode.Parse(File.ReadAllText(Repo.Path("corpus", "expected", file)))!["document"]!;
        return (document["issuer"]!.GetValue<string>(), document["issuedDate"]!.GetValue<string>());
    }

    private static Verdict? Check(string issuer, string date) => Default.Check(issuer, date)?.Verdict;

    [Theory]
    [InlineData("004_2f2804abc48cfa00.json")]          // Ủy ban nhân dân huyện Hương Sơn, 2023-09-13: a district before 2025-07-01
    [InlineData("002_b6e14e4fcfdc04cd.json")]          // Tỉnh ủy Hải Dương, 2022-02-28: before the province merged into Hải Phòng
    [InlineData("CV-3397-BKHDT-QLKTTW-dieu162.json")]  // Bộ Kế hoạch và Đầu tư, 2019: before it merged into Bộ Tài chính
    [InlineData("CV-5141-SNNMT-KS-LaoCai-baocao-sanluong.json")] // Sở Nông nghiệp và Môi trường, 2025-12-29
    [InlineData("GP-184-GP-BKHCN-giayphep-camscanner.json")]     // Bộ Khoa học và Công nghệ, 2024: the name outlived the merger
    [InlineData("QD-1883-QD-UBND-LaoCai-uyquyen-SCT-VLNCN.json")] // Ủy ban nhân dân tỉnh Lào Cai, 2025-11-06: Lào Cai kept its name
    [InlineData("QD-1878-QD-UBND-HaNoi-tuyen-QL1A.json")]         // Ủy ban nhân dân thành phố Hà Nội, 2026: a centrally-run city, not a district
    public void Real_records_dated_within_their_issuers_lifespan_pass(string file)
    {
        var (issuer, date) = Expected(file);
        Assert.Null(Default.Check(issuer, date));
    }

    [Theory]
    [InlineData("004_2f2804abc48cfa00.json", "2026-01-15", Verdict.After)]   // the district level ended on 2025-07-01
    [InlineData("004_2f2804abc48cfa00.json", "2025-07", Verdict.After)]      // every day of July 2025 is after
    [InlineData("002_b6e14e4fcfdc04cd.json", "2025-08-20", Verdict.After)]
    [InlineData("CV-3397-BKHDT-QLKTTW-dieu162.json", "2025-03-01", Verdict.After)]
    [InlineData("CV-5141-SNNMT-KS-LaoCai-baocao-sanluong.json", "2024-10-02", Verdict.Before)] // departments merged from 2025-03-01
    public void The_same_issuers_dated_outside_their_lifespan_are_flagged(string file, string date, Verdict verdict)
    {
        var (issuer, _) = Expected(file);
        Assert.Equal(verdict, Check(issuer, date));
    }

    [Theory]
    [InlineData("Bộ Nông nghiệp và Môi trường", "2024-06-12", Verdict.Before)]
    [InlineData("Bộ Nông nghiệp và Môi trường", "2025-02-28", Verdict.Before)]
    [InlineData("Bộ Nông nghiệp và Môi trường", "2025-03-01", null)]
    [InlineData("Bộ Nông nghiệp và Môi trường", "2025", null)]              // a partial date that may be inside
    [InlineData("Bộ Dân tộc và Tôn giáo", "2024", Verdict.Before)]
    [InlineData("Bộ Tài nguyên và Môi trường", "2025-02-28", null)]
    [InlineData("Bộ Lao động-Thương binh và Xã hội", "2025-04-01", Verdict.After)] // dash written without spaces
    [InlineData("BỘ THÔNG TIN VÀ TRUYỀN THÔNG", "2025-05-05", Verdict.After)]    // upper case, as headers print it
    [InlineData("UBND huyện Hương Sơn", "2026-01-15", Verdict.After)]          // abbreviation
    [InlineData("UBND huyen Huong Son", "2026-01-15", Verdict.After)]          // OCR without marks
    [InlineData("Uỷ ban nhân dân huyện Hương Sơn", "2025-06-30", null)]        // other tone placement, last day
    [InlineData("Văn phòng HĐND và UBND huyện Hương Sơn", "2026-03-02", Verdict.After)]
    [InlineData("Huyện ủy Hương Sơn", "2025-09-01", Verdict.After)]
    [InlineData("Ủy ban nhân dân thành phố Lào Cai", "2025-09-01", Verdict.After)] // a city of a province was district level
    [InlineData("UBND TP. Hồ Chí Minh", "2026-02-01", null)]
    [InlineData("Thành ủy TP.HCM", "2026-02-01", null)]
    [InlineData("Sở Công Thương tỉnh Bà Rịa – Vũng Tàu", "2025-10-01", Verdict.After)]
    [InlineData("Bộ Khoa học và Công nghệ", "2024-05-31", null)]
    public void Names_are_compared_by_marks_and_whole_words(string issuer, string date, Verdict? verdict) =>
        Assert.Equal(verdict, Check(issuer, date));

    [Fact]
    public void Every_row_of_the_data_file_names_its_source_and_keeps_its_bounds_in_order()
    {
        var rows = File.ReadAllLines(Repo.Path("src", "Pipeline.Review", "Data", "issuer-lifespans.tsv"))
            .Where(l => l.Length > 0 && !l.StartsWith('#') && !l.StartsWith("alias\t", StringComparison.Ordinal)).Select(l => l.Split('\t')).ToList();
        Assert.True(rows.Count > 50);
        Assert.All(rows, r => Assert.True(r.Length == 4 && r[3].Length > 10, string.Join(" | ", r)));
        Assert.All(rows, r => Assert.True(r[1] == "-" || r[2] == "-" || string.CompareOrdinal(r[1], r[2]) <= 0, r[0]));
        Assert.Throws<FormatException>(() => Parse("Bộ X\t2025-13-01\t-\tnowhere"));
    }

    [Fact]
    public void The_queue_gives_the_reason_in_vietnamese_with_a_priority()
    {
        var record = Extract.File("seeds", "004_2f2804abc48cfa00.txt");
        Assert.Equal("Ủy ban nhân dân huyện Hương Sơn", record.Document.Issuer);
        var clock = TimeProvider.System;
        var before = Triage.Assess(record, clock);
        var moved = Triage.Assess(record with { Document = record.Document with { IssuedDate = "2026-01-15" } }, clock);
        Assert.DoesNotContain(before.Reasons, r => r.Contains("giải thể"));
        Assert.Contains(moved.Reasons, r => r.StartsWith("Ngày ban hành sau khi cơ quan ban hành đã giải thể", StringComparison.Ordinal));
        Assert.Equal(before.Priority + 1, moved.Priority, 3);
    }
}

/// <summary>The same validation seen through the running desk: the queue page shows the reason.</summary>
[Collection("review")]
public sealed partial class IssuerLifespanQueueTests(ReviewFixture fixture)
{
    [Fact]
    public async Task A_district_notice_dated_after_the_district_level_ended_is_flagged_in_the_queue()
    {
        var server = fixture.Server;
        var clean = Extract.Extractor.Extract(SourceFile.Load(Repo.Path("corpus", "seeds", "004_2f2804abc48cfa00.txt")));
        var store = new Pipeline.Review.Storage.DocumentStore(new Pipeline.Review.Storage.Database(server.DatabasePath), TimeProvider.System);
        var intake = new Pipeline.Review.Intake.DocumentIntake(Extract.Extractor, store);
        var asIssued = clean with { Source = clean.Source with { File = "lifespan-2023.txt", Sha256 = new string('c', 64) } };
        var lateDated = clean with
        {
            Source = clean.Source with { File = "lifespan-2026.txt", Sha256 = new string('d', 64) },
            Document = clean.Document with { IssuedDate = "2026-01-15" },
        };
        intake.Import(asIssued, null);
        intake.Import(lateDated, null);

        using var client = await server.SignIn(ReviewServer.ClerkName);
        var response = await client.Http.GetAsync("/?issuer=" + Uri.EscapeDataString(clean.Document.Issuer!));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        var late = Row(html, "lifespan-2026.txt");
        Assert.Contains("Ngày ban hành sau khi cơ quan ban hành đã giải thể", late);
        Assert.DoesNotContain("giải thể", Row(html, "lifespan-2023.txt"));
        Assert.True(html.IndexOf("lifespan-2026.txt", StringComparison.Ordinal) < html.IndexOf("lifespan-2023.txt", StringComparison.Ordinal),
            "the flagged record comes first in the queue");
    }

    private static string Row(string html, string file) =>
        RowPattern().Matches(html).Select(m => m.Value).Single(r => r.Contains(file, StringComparison.Ordinal));

    [GeneratedRegex(@"<tr[^>]*>.*?</tr>", RegexOptions.Singleline)] private static partial Regex RowPattern();
}
