using Pipeline.Evaluation;
using Pipeline.Records;
using Pipeline.Sources;
using Pipeline.Tests.Support;

namespace Pipeline.Tests.Scans;

/// <summary>
/// Scanned input through OCR gives the same record fields as the hand-checked transcription of the same page
/// (corpus/text/04 and 18 are the transcriptions of corpus/scans/real_hanoi_tb_453 and real_cv_3722).
/// </summary>
public class ScanExtractionTests
{
    private static readonly Lazy<Pipeline.Cli.Composition> Full = new(() => new Pipeline.Cli.Composition());

    private static DocumentRecord Scan(string name)
    {
        var record = Full.Value.Extractor.Extract(SourceFile.Load(Repo.Path("corpus", "scans", name)));
        SchemaCheck.AssertValid(record);
        return record;
    }

    [Fact]
    public void TB_453_from_its_scan_equals_its_transcription()
    {
        var scan = Scan("real_hanoi_tb_453_flag_p1.png").Document;
        var text = Extract.File("text", "04_TB-453-TB-UBND_HaNoi_treoco_p1.txt").Document;

        Assert.Equal(text.Number, scan.Number);       // printed blank
        Assert.Equal(text.Symbol, scan.Symbol);
        Assert.Equal(text.IssuedDate, scan.IssuedDate); // printed blank
        Assert.Equal(text.Signer!.Name, scan.Signer!.Name);
        Assert.Equal(text.Signer.Authority, scan.Signer.Authority);
        Assert.Equal(text.Archive, scan.Archive);
        // The scan also lists "Các Sở, ban, ngành Thành phố", which the transcription left out; every transcribed
        // recipient is found among the scan's, leniently (OCR keeps "Thành phó" for "Thành phố").
        Assert.All(text.Recipients, r => Assert.Contains(scan.Recipients, s => Similarity.Lenient(r.Name, s.Name, 0.8)));
    }

    [Fact]
    public void CV_3722_from_its_scan_equals_its_transcription_signer_included()
    {
        var scan = Scan("real_cv_3722_metro_p1.png");
        var text = Extract.File("text", "18_CV-3722-VPCP-CN_metro_p1.txt");

        Assert.Equal(text.Document.Number, scan.Document.Number);
        Assert.Equal(text.Document.Symbol, scan.Document.Symbol);
        Assert.Equal(text.Document.IssuedDate, scan.Document.IssuedDate);
        Assert.Equal(text.Document.Type, scan.Document.Type);
        // The signature block under the stamp is recovered by the sparse pass; the stamp leaves "ạnh Cường",
        // completed from "PCN Phạm Mạnh Cường" in the recipient list, and the record says so.
        Assert.Equal("Phạm Mạnh Cường", scan.Document.Signer!.Name);
        Assert.Contains(scan.Warnings, w => w.Contains("signer name completed"));
        Assert.Equal(text.Document.Recipients.Take(3).Select(r => r.Name), scan.Document.Recipients.Take(3).Select(r => r.Name));
        Assert.Equal(text.Tasks.Single().Ordinal, scan.Tasks.Single().Ordinal);
    }

    [Fact]
    public void The_80_page_CCITT_resolution_is_read_end_to_end()
    {
        var record = Scan("NQ-19-2026-NQ-CP.pdf");
        Assert.Equal(80, record.Source.Pages);
        Assert.Equal("19/2026/NQ-CP", record.Document.Reference);
        Assert.Equal("2026-04-29", record.Document.IssuedDate);
        Assert.Equal("Chính phủ", record.Document.Issuer);
        Assert.Equal("NQ", record.Document.Type!.Code);
    }
}

/// <summary>Per-field confidence drives the clerks' review queue.</summary>
public class FieldConfidenceTests
{
    [Fact]
    public void Typed_text_fields_have_full_confidence_and_no_review_warning()
    {
        var record = Extract.File("seeds", "004_2f2804abc48cfa00.txt");
        Assert.All(record.Document.FieldConfidence.Values, c => Assert.Equal(1.0, c));
        Assert.DoesNotContain(record.Warnings, w => w.StartsWith("review ", StringComparison.Ordinal));
    }

    [Fact]
    public void Ocr_fields_carry_their_line_confidence_and_weak_ones_are_flagged_for_review()
    {
        var composition = new Pipeline.Cli.Composition();
        var record = composition.Extractor.Extract(SourceFile.Load(Repo.Path("corpus", "scans", "real_hanoi_tb_453_flag_p1.png")));
        Assert.Contains("reference", record.Document.FieldConfidence.Keys);
        Assert.All(record.Document.FieldConfidence.Values, c => Assert.InRange(c, 0.0, 0.999));
        foreach (var (field, confidence) in record.Document.FieldConfidence.Where(p => p.Value < Pipeline.Fields.FieldConfidence.ReviewBelow))
            Assert.Contains(record.Warnings, w => w.StartsWith($"review {field}:", StringComparison.Ordinal));
        composition.Dispose();
    }
}
