using System.Globalization;
using Pipeline.Ocr.Engine;
using Pipeline.Ocr.Evaluation;
using Pipeline.Ocr.Readers;
using Pipeline.Sources;
using Xunit.Abstractions;

namespace Pipeline.Ocr.Tests;

/// <summary>
/// Character error rate of page 1 of the nine transcribed scans, stage by stage (src/Pipeline.Ocr/README.md
/// "Measurements"): Tesseract's own text (raw), the administrative reading order, the noise filter, the syllable
/// language model; against the published transcriptions (nomvn-real-metadata.jsonl, comparable with nom-vn's
/// figures) and against the project's transcriptions corrected to what is printed (corpus/text 04_, 18_–25_).
/// Tesseract runs once per page; the stages re-use its words.
/// </summary>
[Collection(OcrEngineGroup.Name)]
public class CerTests(SharedPool shared, ITestOutputHelper output)
{
    /// <summary>
    /// Limits just above the figures measured with the default pipeline against the published transcriptions
    /// (README "Measurements": mean 6.94 %; before issue 11 each page was 5.3–20.0 %, mean 11.18 %).
    /// </summary>
    private static readonly Dictionary<string, double> MaxPageCer = new()
    {
        ["real_cv_3722_metro"] = 0.095,
        ["real_hanoi_kh_173_festival"] = 0.09,
        ["real_hanoi_qd_2280_water"] = 0.02,
        ["real_hanoi_tb_453_flag"] = 0.055,
        ["real_nq_115_ba_vi"] = 0.09,
        ["real_qd_707_ttg"] = 0.03,
        ["real_qd_729_ttg"] = 0.115,
        ["real_tt_21_bct_fuel"] = 0.065,
        ["real_tt_37_bca_vehicle"] = 0.09,
    };

    private const double MaxMeanCer = 0.0700;

    [Fact]
    public void Page_one_of_each_transcribed_scan_is_under_the_cer_threshold()
    {
        var options = shared.Pool.Options;
        var raws = RawCache.Load(shared.Pool);
        (string Name, Func<OcrPageResult, string> Text)[] stages =
        [
            ("raw", r => r.Text),
            ("generic", r => Text(PageRecognizer.ToPage(r, 1, options with { AdministrativeOrder = false, Corrector = null, Typography = false }))),
            ("order", r => Text(PageRecognizer.ToPage(r, 1, options with { Noise = NoiseFilter.None, Corrector = null, Typography = false }))),
            ("noise", r => Text(PageRecognizer.ToPage(r, 1, options with { Corrector = null, Typography = false }))),
            ("typo", r => Text(PageRecognizer.ToPage(r, 1, options with { Corrector = null }))),
            ("lm", r => Text(PageRecognizer.ToPage(r, 1, options))),
        ];
        var ids = Corpus.TranscribedPages.Select(p => p.Id).ToList();
        // OCR_DUMP=dir writes each stage's text, for looking at what a stage changed.
        if (Environment.GetEnvironmentVariable("OCR_DUMP") is { Length: > 0 } dump)
            foreach (var id in ids)
                foreach (var stage in stages)
                    File.WriteAllText(Path.Combine(Directory.CreateDirectory(dump).FullName, $"{id}.{stage.Name}.txt"), stage.Text(raws[id]));
        var published = new Dictionary<string, Dictionary<string, double>>();
        foreach (var (referenceName, references) in new[] { ("published", Corpus.Transcriptions), ("corrected", Corpus.CorrectedTranscriptions) })
        {
            output.WriteLine($"CER against the {referenceName} transcriptions");
            output.WriteLine($"{"page",-28} " + string.Join(" ", stages.Select(s => $"{s.Name,8}")));
            var table = stages.ToDictionary(s => s.Name, s => ids.ToDictionary(id => id, id => CharacterErrorRate.Compute(s.Text(raws[id]), references[id])));
            foreach (var id in ids)
                output.WriteLine($"{id,-28} " + string.Join(" ", stages.Select(s => Percent(table[s.Name][id]))));
            output.WriteLine($"{"mean",-28} " + string.Join(" ", stages.Select(s => Percent(table[s.Name].Values.Average()))));
            output.WriteLine("");
            if (referenceName == "published") published = table;
        }

        // What the reader returns is the last stage: the test measures the pipeline, not a copy of it.
        var reader = new ImageSourceReader(shared.Pool);
        var (firstId, firstPath) = Corpus.TranscribedPages.First();
        Assert.Equal(stages[^1].Text(raws[firstId]), Text(reader.Read(SourceFile.Load(firstPath)).Pages[0]));

        var final = published[stages[^1].Name];
        Assert.Equal(9, final.Count);
        Assert.All(final, c => Assert.True(c.Value < MaxPageCer[c.Key], $"{c.Key}: CER {c.Value:P2} (limit {MaxPageCer[c.Key]:P0})"));
        Assert.True(final.Values.Average() < MaxMeanCer, $"mean CER {final.Values.Average():P2}");
    }

    private static string Text(Page page) => string.Join('\n', page.Lines.Select(l => l.Text));

    private static string Percent(double value) => string.Create(CultureInfo.InvariantCulture, $"{value * 100,7:0.00}%");
}
