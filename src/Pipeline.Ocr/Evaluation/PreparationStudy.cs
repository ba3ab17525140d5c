using System.Globalization;
using Pipeline.Ocr.Engine;
using Pipeline.Ocr.Imaging;
using Pipeline.Sources;

namespace Pipeline.Ocr.Evaluation;

/// <summary>A transcribed page: its image and the hand-checked text.</summary>
public sealed record TranscribedPage(string Id, string ImagePath, string Transcription);

/// <summary>
/// Measures the character error rate of each preparation variant on transcribed pages, so a preprocessing
/// step is kept only when it helps. Prints one row per page and a mean row.
/// </summary>
public static class PreparationStudy
{
    /// <summary>
    /// The variants compared. The first five are cumulative, each adding one step to the previous one and
    /// ending at what the readers use (<see cref="ImagePreparation.Default"/>, <see cref="NoiseFilter.Default"/>,
    /// page segmentation mode 3); the rest each change one thing on top of the default.
    /// </summary>
    public static IReadOnlyList<(string Name, ImagePreparation Preparation, NoiseFilter Noise, int Psm)> Variants { get; } =
    [
        ("raw", ImagePreparation.Raw, NoiseFilter.None, 3),
        ("+word filter", ImagePreparation.Raw, NoiseFilter.Default with { DropLinesBelow = 0, DropSymbolOnlyLines = false, DropReceivedStamp = false }, 3),
        ("+segment filter", ImagePreparation.Raw, NoiseFilter.Default with { DropReceivedStamp = false }, 3),
        ("+stamp filter", ImagePreparation.Raw, NoiseFilter.Default, 3),
        ("+deskew", ImagePreparation.Raw with { Deskew = true }, NoiseFilter.Default, 3),
        ("+resample <200dpi (default)", ImagePreparation.Default, NoiseFilter.Default, 3),
        ("default, all to 300dpi", ImagePreparation.Default.WithForcedResample(), NoiseFilter.Default, 3),
        ("default+sauvola", ImagePreparation.Default with { Binarise = Binarisation.Sauvola }, NoiseFilter.Default, 3),
        ("default+otsu", ImagePreparation.Default with { Binarise = Binarisation.OtsuAdaptive }, NoiseFilter.Default, 3),
        ("default+red ink dropped", ImagePreparation.Default with { DropRedInk = true }, NoiseFilter.Default, 3),
        ("default, psm 4", ImagePreparation.Default, NoiseFilter.Default, 4),
    ];

    /// <returns>CER per variant name and page id.</returns>
    public static Dictionary<string, Dictionary<string, double>> Run(IReadOnlyList<TranscribedPage> pages, TextWriter output, OcrEnginePool pool)
    {
        var variants = Variants;
        var work = pages.SelectMany(p => variants.Select(v => (Page: p, Variant: v))).ToList();
        var cers = pool.Map(work, (engine, item) =>
        {
            using var image = ImageDecoder.Decode(File.ReadAllBytes(item.Page.ImagePath), item.Page.Id);
            using var prepared = PagePreparer.Prepare(image, item.Variant.Preparation);
            var raw = engine.Recognize(prepared, item.Variant.Psm);
            var page = PageRecognizer.ToPage(raw, 1, pool.Options with { Noise = item.Variant.Noise, AdministrativeOrder = false, Corrector = null });
            var text = string.Join('\n', page.Lines.Select(l => l.Text));
            return CharacterErrorRate.Compute(text, item.Page.Transcription);
        });

        var table = variants.ToDictionary(v => v.Name, _ => new Dictionary<string, double>());
        for (var i = 0; i < work.Count; i++) table[work[i].Variant.Name][work[i].Page.Id] = cers[i];

        output.WriteLine("| page | " + string.Join(" | ", variants.Select(v => v.Name)) + " |");
        output.WriteLine("|---|" + string.Concat(variants.Select(_ => "---:|")));
        foreach (var page in pages)
            output.WriteLine($"| {page.Id} | " + string.Join(" | ", variants.Select(v => Percent(table[v.Name][page.Id]))) + " |");
        output.WriteLine("| **mean** | " + string.Join(" | ", variants.Select(v => Percent(table[v.Name].Values.Average()))) + " |");
        return table;
    }

    private static string Percent(double value) => (value * 100).ToString("0.00", CultureInfo.InvariantCulture) + "%";
}
