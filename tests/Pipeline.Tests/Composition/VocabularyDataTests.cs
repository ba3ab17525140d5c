using Pipeline.Roles;
using Pipeline.Tests.Support;
using Pipeline.Vocabulary;

namespace Pipeline.Tests.Composition;

/// <summary>The words that decide live in the data files: a vocabulary with other entries decides otherwise.</summary>
public class VocabularyDataTests
{
    // "Mục 2" opens a division of a legal text; "Tiết 2" is not one in the embedded data.
    private const string Body = """
        THÔNG BÁO
        Kết luận của Chủ tịch UBND tỉnh
        1. Giao Sở Công Thương chủ trì kiểm tra.
        Mục 2
        Tiết 2
        2. Giao Sở Tài chính phối hợp.
        """;

    [Fact]
    public void Division_words_come_from_division_words_txt()
    {
        var embedded = Extract.Roles(Body);
        Assert.Equal(LineRole.SectionHeading, embedded.Lines.First(l => l.Text == "Mục 2").Role);
        Assert.NotEqual(LineRole.SectionHeading, embedded.Lines.First(l => l.Text == "Tiết 2").Role);

        var withTiet = Vocab.Load(new Dictionary<string, IReadOnlyList<string>>
        {
            ["division-words.txt"] = ["# compare: printed", "Chương", "Mục", "Tiết"],
        });
        var source = Extract.Extractor.Readers.Read(new Pipeline.Sources.SourceFile("sample.txt", System.Text.Encoding.UTF8.GetBytes(Body)));
        var roled = new RuleLineRoleClassifier(withTiet).Classify(Pipeline.Lines.LinePreparer.Prepare(source));
        Assert.Equal(LineRole.SectionHeading, roled.Lines.First(l => l.Text == "Tiết 2").Role);
    }

    [Fact]
    public void A_pattern_file_without_its_comparison_mode_is_refused_naming_the_file()
    {
        var e = Assert.Throws<InvalidDataException>(() => Vocab.Load(new Dictionary<string, IReadOnlyList<string>>
        {
            ["body-openings.txt"] = ["can cu"],
        }));
        Assert.Contains("body-openings.txt", e.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Căn cứ Luật Tổ chức chính quyền địa phương", true)]
    [InlineData("Can cu Luat To chuc", true)] // OCR or unaccented text: folded
    [InlineData("Tại cuộc họp, các đại biểu thống nhất", true)]
    [InlineData("tài trợ của Ngân hàng Thế giới", false)] // folds to "tai" too: "tại" keeps its tone
    [InlineData("Kết luận của Chủ tịch UBND tỉnh", false)]
    public void Body_openings_are_folded_except_the_ones_that_keep_their_tone(string line, bool opensBody)
    {
        var vocab = Extract.Vocab;
        var opens = vocab.BodyOpenings.OpensWith(line) || vocab.BodyOpeningsToned.MatchPrefix(Pipeline.Text.ToneKey.Of(line)) > 0;
        Assert.Equal(opensBody, opens);
    }

    [Fact]
    public void Every_data_file_says_how_it_is_compared()
    {
        var files = Directory.GetFiles(Repo.Path("src", "Pipeline.Core", "Vocabulary", "Data"));
        Assert.True(files.Length > 30);
        foreach (var file in files)
        {
            var mode = VocabularyFile.CompareMode(File.ReadAllLines(file));
            Assert.True(mode is "tone" or "fold" or "printed" or "caseless" or "exact", $"{Path.GetFileName(file)}: compare mode '{mode}'");
        }
    }

    [Fact]
    public void Deadline_cue_words_come_from_deadline_cues_tsv()
    {
        // A school's public admission notice: "chậm nhất" is a cue in the embedded data, not in a one-cue table.
        const string line = "Chậm nhất ngày 03/06/2026, phụ huynh có thể tải và tự in thẻ dự thi trên hệ thống.";
        Assert.Equal("2026-06-03", new Pipeline.Tasks.DeadlineParser(Extract.Vocab).Find(line)?.Date?.ToString());

        var oneCue = Vocab.Load(new Dictionary<string, IReadOnlyList<string>>
        {
            ["deadline-cues.tsv"] = ["# compare: fold", "day\ttruoc", "month\ttrong", "quarter\ttrong", "year\ttrong nam", "recurring\that thang", "cited\ttam nhin", "column\ttruoc"],
        });
        var parser = new Pipeline.Tasks.DeadlineParser(oneCue);
        Assert.Null(parser.Find(line));
        Assert.Equal("2026-06-03", parser.Find(line.Replace("Chậm nhất", "Trước", StringComparison.Ordinal))?.Date?.ToString());
    }

    [Fact]
    public void A_deadline_table_without_a_kind_is_refused_naming_the_file()
    {
        var noYear = Vocab.Load(new Dictionary<string, IReadOnlyList<string>>
        {
            ["deadline-cues.tsv"] = ["# compare: fold", "day\ttruoc", "month\ttrong", "quarter\ttrong", "recurring\that thang"],
        });
        var e = Assert.Throws<InvalidDataException>(() => new Pipeline.Tasks.DeadlineParser(noYear));
        Assert.Contains("deadline-cues.tsv", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_words_around_a_unit_come_from_unit_cues_tsv()
    {
        // corpus/text/07_NQ-HDND_HaGiang_chatvan_body.txt (dev), item 4.
        const string item = "Về lĩnh vực Tư pháp: Đề nghị UBND tỉnh chỉ đạo Công an tỉnh:";
        Assert.Contains(new Pipeline.Tasks.UnitFinder(Extract.Vocab).Find(item), u => u.Name == "UBND tỉnh");

        var cues = File.ReadAllLines(Repo.Path("src", "Pipeline.Core", "Vocabulary", "Data", "unit-cues.tsv"));
        var withoutDeNghi = Vocab.Load(new Dictionary<string, IReadOnlyList<string>>
        {
            ["unit-cues.tsv"] = cues.Where(l => !l.StartsWith("assign\tde nghi", StringComparison.Ordinal)).ToList(),
        });
        Assert.DoesNotContain(new Pipeline.Tasks.UnitFinder(withoutDeNghi).Find(item), u => u.Name == "UBND tỉnh");
    }
}
