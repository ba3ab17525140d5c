using Pipeline.Extraction;
using Pipeline.Records;
using Pipeline.Sources;
using Pipeline.Tests.Support;
using Pipeline.Vocabulary;

namespace Pipeline.Tests.Composition;

/// <summary>
/// The pipeline is composed with the vocabulary and the clock it is given: no stage reads a process-wide one.
/// </summary>
public class PipelineCompositionTests
{
    // Three document types only: no KẾ HOẠCH among them.
    private static readonly Vocab ThreeTypes = Vocab.Load(new Dictionary<string, IReadOnlyList<string>>
    {
        ["doc-types.tsv"] = ["# code\tname\tprinted forms", "TB\tThông báo\tTHÔNG BÁO", "NQ\tNghị quyết\tNGHỊ QUYẾT", "CV\tCông văn\tCÔNG VĂN"],
    });

    private static DocumentExtractor With(Vocab vocab) => new ExtractionPipelineBuilder().UseVocabulary(vocab).UseTypedReaders().Build();

    [Fact]
    public void A_type_word_outside_a_three_entry_type_list_is_not_recognised()
    {
        var plan = SourceFile.Load(Repo.Path("corpus", "docx", "KH-2242_23.4.2026_Kiem-tra-cap-GCN-28-don-vi.docx"));
        Assert.Equal("KH", Extract.Extractor.Extract(plan).Document.Type?.Code);

        var record = With(ThreeTypes).Extract(plan);
        Assert.Null(record.Document.Type);
        Assert.Contains("document type not found", record.Warnings);
    }

    [Fact]
    public void A_type_word_inside_the_three_entry_type_list_is_recognised()
    {
        var notice = SourceFile.Load(Repo.Path("corpus", "text", "03_TB-1894-TB-SCT_LaoCai_ketqua_kiemtra.txt"));
        var record = With(ThreeTypes).Extract(notice);
        Assert.Equal(new TypeInfo("TB", "Thông báo"), record.Document.Type);
        Assert.Equal(RecordJson.Serialize(Extract.Extractor.Extract(notice)), RecordJson.Serialize(record));
    }

    [Fact]
    public void The_vocabulary_of_a_pipeline_is_the_one_every_stage_was_built_with()
    {
        var extractor = With(ThreeTypes);
        Assert.Same(ThreeTypes, extractor.Vocab);
        Assert.Same(ThreeTypes, extractor.Rules.Recognizer.Vocab);
        Assert.Equal(3, extractor.Vocab.DocTypes.Count);
        Assert.NotEqual(3, Vocab.Load().DocTypes.Count); // the embedded list is untouched
    }

    [Fact]
    public void An_issue_date_two_years_after_the_fixed_clock_is_warned_in_the_future()
    {
        // Seed 004's header (Hương Sơn, TB 194) dated 2026, read by clocks of 2024 and 2026.
        var header = "ỦY BAN NHÂN DÂN\nHUYỆN HƯƠNG SƠN\n\nSố: 194/TB-UBND\n\nHương Sơn, ngày 13 tháng 9 năm 2026\n\nTHÔNG BÁO\n\nKết luận của Chủ tịch UBND huyện\n";
        var file = new SourceFile("seed.txt", System.Text.Encoding.UTF8.GetBytes(header));
        var in2024 = At(new DateTimeOffset(2024, 9, 1, 0, 0, 0, TimeSpan.Zero)).Extract(file);
        var in2026 = At(new DateTimeOffset(2026, 9, 1, 0, 0, 0, TimeSpan.Zero)).Extract(file);
        Assert.Contains("issue date 2026-09-13 is in the future", in2024.Warnings);
        Assert.DoesNotContain(in2026.Warnings, w => w.Contains("future", StringComparison.Ordinal));
    }

    [Fact]
    public void The_same_input_gives_byte_identical_records_an_hour_apart()
    {
        var file = SourceFile.Load(Repo.Path("corpus", "seeds", "004_2f2804abc48cfa00.txt"));
        var now = new DateTimeOffset(2026, 11, 29, 21, 0, 0, TimeSpan.Zero);
        var first = RecordJson.Serialize(At(now).Extract(file));
        var anHourLater = RecordJson.Serialize(At(now.AddHours(1)).Extract(file));
        Assert.Equal(first, anHourLater);
        Assert.Equal(first, RecordJson.Serialize(Extract.Extractor.Extract(file))); // and with the system clock
    }

    private static DocumentExtractor At(DateTimeOffset now) =>
        new ExtractionPipelineBuilder().UseClock(new FixedClock(now)).UseTypedReaders().Build();

    private sealed class FixedClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }
}
