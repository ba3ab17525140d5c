using Pipeline.Ocr.Evaluation;
using Pipeline.Ocr.Imaging;
using Pipeline.Ocr.Native;
using Xunit.Abstractions;

namespace Pipeline.Ocr.Tests;

/// <summary>
/// Telling a phone photo of a sheet from a scan, and levelling it (Imaging/PhotoPage). The photos are real dev scans
/// photographed in memory as `pipeline bench-degraded --photo` does (PageDegradation.Photograph: tilted 1.5°, light from
/// 100 % down to 55 %, gray paper, a dark table around the sheet, 700 px wide, JPEG 60). No OCR: these tests are fast.
/// </summary>
public class PhotoPageTests(ITestOutputHelper output)
{
    /// <summary>Dev scans, screenshots and a forwarded Facebook image: none is a photo of a sheet on a table.</summary>
    public static TheoryData<string> Scans { get; } =
    [
        "real_hanoi_tb_453_flag_p1.png", "real_qd_707_ttg_p1.png", "real_tt_37_bca_vehicle_p1.png", "real_cv_3722_metro_p1.png",
        "ND-155-2020-ND-CP-p1-scan.jpg", "ND-28-2021-ND-CP-p1-scan.jpg", "ND-CP-lastpage-signature-scan.jpg",
        "QD-1878-QD-UBND-HaNoi-QL1A-FBimage-p1.jpg", "KH-243-KH-UBND-DakLak-CDS-2023-screenshot-top.png",
        "CV-6078-CT-KTT3-CucThue-HCM-screenshot-top.jpg",
    ];

    private static (byte[] Pixels, int Width, int Height) Gray(byte[] encoded)
    {
        using var image = ImageDecoder.Decode(encoded, "page");
        using var gray = PixHandle.Take(Leptonica.PixConvertTo8(image.Pix, 0))!;
        return (Raster.Gray(gray), gray.Width, gray.Height);
    }

    private static byte[] Photographed(string scan) =>
        new PageDegradation(Width: 700, Quality: 60, Photo: true).Apply(File.ReadAllBytes(Corpus.Scan(scan)), scan);

    [Theory]
    [MemberData(nameof(Scans))]
    public void A_scan_is_not_a_photo_as_it_is_or_forwarded_at_700_px(string scan)
    {
        var (pixels, width, height) = Gray(File.ReadAllBytes(Corpus.Scan(scan)));
        var measure = PhotoPage.Analyse(pixels, width, height);
        output.WriteLine($"{scan}: {measure}");
        Assert.False(measure.IsPhoto);
        var (small, w, h) = Gray(new PageDegradation(Width: 700, Quality: 60).Apply(File.ReadAllBytes(Corpus.Scan(scan)), scan));
        var forwarded = PhotoPage.Analyse(small, w, h);
        output.WriteLine($"{scan} at 700 px: {forwarded}");
        Assert.False(forwarded.IsPhoto);
    }

    [Theory]
    [InlineData("real_hanoi_tb_453_flag_p1.png")]
    [InlineData("ND-155-2020-ND-CP-p1-scan.jpg")]
    [InlineData("QD-1878-QD-UBND-HaNoi-QL1A-FBimage-p1.jpg")]
    [InlineData("TB-1135-TB-BTP-2015-screenshot-top.png")]
    public void A_photographed_page_is_a_photo_and_levelling_makes_its_background_even_and_its_table_white(string scan)
    {
        var photographed = Photographed(scan);
        var (pixels, width, height) = Gray(photographed);
        var measure = PhotoPage.Analyse(pixels, width, height);
        output.WriteLine($"photographed {scan}: {measure}");
        Assert.True(measure.IsPhoto);
        Assert.True(measure.Evenness < PhotoPage.MaxEvenness, "the photograph's light falls from 100 % to 55 %");
        Assert.True(measure.BorderOutside > 0.8, "the table shows all around the sheet");

        var levelled = PhotoPage.Level(pixels, width, height);
        if (Environment.GetEnvironmentVariable("OCR_PHOTO_DUMP") is { } dump)
        {
            using var pix = Raster.FromGray(levelled, width, height);
            Leptonica.PixWriteMemPng(out var data, out var size, pix, 0);
            File.WriteAllBytes(Path.Combine(dump, Path.GetFileNameWithoutExtension(scan) + "-levelled.png"), Leptonica.TakeEncoded(data, size));
            File.WriteAllBytes(Path.Combine(dump, Path.GetFileNameWithoutExtension(scan) + "-photo.jpg"), photographed);
            using var decoded = ImageDecoder.Decode(photographed, "photo");
            using var prepared = PagePreparer.Prepare(decoded, ImagePreparation.Default with { LevelPhotos = true });
            Leptonica.PixWriteMemPng(out var pdata, out var psize, prepared.Pix, 0);
            File.WriteAllBytes(Path.Combine(dump, Path.GetFileNameWithoutExtension(scan) + "-prepared.png"), Leptonica.TakeEncoded(pdata, psize));
        }
        var after = PhotoPage.Analyse(levelled, width, height);
        output.WriteLine($"levelled: {after}");
        Assert.False(after.IsPhoto);
        Assert.True(after.Evenness > 0.9, $"levelled background evenness {after.Evenness:0.00}");
        Assert.True(after.Paper > 240, $"levelled paper {after.Paper:0}");
        // The picture's corners are table: white after levelling.
        foreach (var corner in new[] { 0, width - 1, (height - 1) * width, height * width - 1 })
            Assert.Equal(255, levelled[corner]);
    }

    [Fact]
    public void A_scan_is_left_as_it_is_by_levelling()
    {
        var (pixels, width, height) = Gray(File.ReadAllBytes(Corpus.Scan("real_qd_707_ttg_p1.png")));
        Assert.Same(pixels, PhotoPage.Level(pixels, width, height));
    }

    /// <summary>The background measure of every image in OCR_PHOTO_DIR (calibration; skipped without it).</summary>
    [MeasurementFact]
    public void Measures_of_the_images_in_a_folder()
    {
        var dir = Environment.GetEnvironmentVariable("OCR_PHOTO_DIR") ?? Corpus.Scans;
        foreach (var file in Directory.EnumerateFiles(dir).Where(f => f.EndsWith(".png", StringComparison.Ordinal) || f.EndsWith(".jpg", StringComparison.Ordinal)).Order())
        {
            var (pixels, width, height) = Gray(File.ReadAllBytes(file));
            output.WriteLine($"{Path.GetFileName(file),-70} {width}x{height} {PhotoPage.Analyse(pixels, width, height)}");
        }
    }
}

/// <summary>A photographed dev page read end to end: told to be a photo, levelled, and its header read (one OCR page).</summary>
[Collection(OcrEngineGroup.Name)]
public class PhotographedPageReadingTests(SharedPool shared, ITestOutputHelper output)
{
    [Fact]
    public void A_photographed_page_is_levelled_with_a_warning_and_keeps_its_header()
    {
        const string scan = "QD-1878-QD-UBND-HaNoi-QL1A-FBimage-p1.jpg";
        var photo = new PageDegradation(Width: 700, Quality: 60, Photo: true).Apply(File.ReadAllBytes(Corpus.Scan(scan)), scan);
        using var image = ImageDecoder.Decode(photo, "photo");
        var page = shared.Pool.Use(engine => Engine.PageRecognizer.Recognize(engine, image, 1, shared.Pool.Options));
        foreach (var line in page.Page.Lines.Take(8)) output.WriteLine($"{line.Column,-5} {line.Text}");
        Assert.Contains(page.Warnings, w => w.Contains("looks photographed", StringComparison.Ordinal));
        var lines = page.Page.Lines.Select(l => l.Text).ToList();
        Assert.Contains(lines, l => l.StartsWith("ỦY BAN NHÂN DÂN", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.Contains("QUYẾT ĐỊNH", StringComparison.Ordinal));
    }
}
