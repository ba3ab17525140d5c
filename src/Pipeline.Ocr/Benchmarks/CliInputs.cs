using Pipeline.Ocr.Imaging;
using Pipeline.Ocr.Native;

namespace Pipeline.Ocr.Benchmarks;

/// <summary>
/// What the tesseract CLI is given for each page, so both sides recognise the same pixels at the same
/// resolution: the original file with its resolution when our preparation does not resample it, else the
/// page upsampled exactly as our preparation does, written to a temporary PNG before timing starts
/// (the CLI cannot resample by itself).
/// </summary>
internal sealed class CliInputs : IDisposable
{
    private readonly Dictionary<string, (string Path, int Dpi)> _inputs = [];
    private readonly List<string> _temporary = [];

    public (string Path, int Dpi) this[string page] => _inputs[page];

    public static CliInputs Prepare(IEnumerable<string> pages)
    {
        var inputs = new CliInputs();
        var preparation = ImagePreparation.Default with { Deskew = false, Binarise = Binarisation.None };
        foreach (var page in pages.Distinct())
        {
            using var image = ImageDecoder.Decode(File.ReadAllBytes(page), page);
            var dpi = image.Dpi ?? PagePreparer.EstimateDpi(image.Width, image.Height);
            if (!PagePreparer.Upsamples(image, dpi, preparation))
            {
                inputs._inputs[page] = (page, dpi);
                continue;
            }
            using var prepared = PagePreparer.Prepare(image, preparation);
            var path = Path.Combine(Path.GetTempPath(), $"pipeline-ocr-bench-{Guid.NewGuid():N}.png");
            File.WriteAllBytes(path, Png(prepared.Pix));
            inputs._temporary.Add(path);
            inputs._inputs[page] = (path, prepared.Dpi);
        }
        return inputs;
    }

    private static byte[] Png(PixHandle pix)
    {
        if (Leptonica.PixWriteMemPng(out var data, out var size, pix, 0) != 0)
            throw new InvalidOperationException("pixWriteMemPng failed");
        return Leptonica.TakeEncoded(data, size);
    }

    public void Dispose()
    {
        foreach (var path in _temporary) File.Delete(path);
    }
}
