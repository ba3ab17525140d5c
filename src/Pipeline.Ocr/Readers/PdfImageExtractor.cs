using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Graphics.Colors;
using UglyToad.PdfPig.Tokens;

namespace Pipeline.Ocr.Readers;

/// <summary>Finds a page's scan (its largest image) and copies its encoded data out of PdfPig.</summary>
internal static class PdfImageExtractor
{
    /// <summary>Images smaller than this share of the page are logos and signature marks, not the scan.</summary>
    private const double MinPageShare = 0.25;

    public static PdfPageImage? Extract(Page page)
    {
        var images = page.GetImages().ToList();
        var scan = images.OrderByDescending(i => (long)i.WidthInSamples * i.HeightInSamples).FirstOrDefault();
        if (scan is null) return null;
        var pageArea = Math.Max(1, page.Width * page.Height);
        if (scan.BoundingBox.Width * scan.BoundingBox.Height / pageArea < MinPageShare) return null;

        int? dpi = scan.BoundingBox.Width > 0 ? (int)Math.Round(scan.WidthInSamples / (scan.BoundingBox.Width / 72.0)) : null;
        var filters = Filters(scan.ImageDictionary);
        var parameters = DecodeParameters(scan.ImageDictionary);
        var filter = string.Join('+', filters);
        var raw = scan.RawMemory.ToArray();
        int width = scan.WidthInSamples, height = scan.HeightInSamples, bpc = scan.BitsPerComponent;
        var components = scan.ColorSpaceDetails?.NumberOfColorComponents ?? 1;

        PdfPageImage Make(PdfImageEncoding encoding, byte[] data, bool deflated = false) =>
            new(encoding, data, width, height, bpc, components, deflated,
                Int(parameters, "K", 0), Bool(parameters, "BlackIs1"), Bool(parameters, "EncodedByteAlign"), dpi, filter,
                ((page.Rotation.Value / 90 % 4) + 4) % 4);

        switch (filters)
        {
            case ["DCTDecode" or "DCT" or "JPXDecode"]:
                return Make(PdfImageEncoding.Container, raw);
            case ["CCITTFaxDecode" or "CCF"]:
                return Make(PdfImageEncoding.Ccitt, raw);
            case ["FlateDecode" or "Fl"] when Int(parameters, "Predictor", 1) == 1 && SimpleSamples(bpc, components, scan):
                return Make(PdfImageEncoding.Samples, raw, deflated: true);
            case [] when SimpleSamples(bpc, components, scan):
                return Make(PdfImageEncoding.Samples, raw);
        }
        // Anything else PdfPig can still turn into samples or a PNG here, on the reading thread.
        if (SimpleSamples(bpc, components, scan) && scan.TryGetBytesAsMemory(out var samples))
            return Make(PdfImageEncoding.Samples, samples.ToArray());
        if (scan.TryGetPng(out var png)) return Make(PdfImageEncoding.Container, png);
        return Make(PdfImageEncoding.Unsupported, []);
    }

    /// <summary>Gray or RGB at 8 bits, or 1-bit gray: samples a PNM header describes exactly (ICC profiles ignored).</summary>
    private static bool SimpleSamples(int bpc, int components, IPdfImage image) =>
        image.ColorSpaceDetails?.Type is null or ColorSpace.DeviceGray or ColorSpace.DeviceRGB or ColorSpace.CalGray or ColorSpace.CalRGB or ColorSpace.ICCBased
        && ((bpc == 8 && components is 1 or 3) || (bpc == 1 && components == 1));

    private static List<string> Filters(DictionaryToken dictionary)
    {
        if (!dictionary.TryGet(NameToken.Filter, out var token)) return [];
        return token switch
        {
            NameToken name => [name.Data],
            ArrayToken array => [.. array.Data.OfType<NameToken>().Select(n => n.Data)],
            _ => ["?"],
        };
    }

    private static DictionaryToken? DecodeParameters(DictionaryToken dictionary)
    {
        if (!dictionary.TryGet(NameToken.DecodeParms, out var token) && !dictionary.TryGet(NameToken.Create("DP"), out token)) return null;
        return token switch
        {
            DictionaryToken d => d,
            ArrayToken a => a.Data.OfType<DictionaryToken>().FirstOrDefault(),
            _ => null,
        };
    }

    private static int Int(DictionaryToken? d, string key, int fallback) =>
        d is not null && d.TryGet(NameToken.Create(key), out var t) && t is NumericToken n ? n.Int : fallback;

    private static bool Bool(DictionaryToken? d, string key) =>
        d is not null && d.TryGet(NameToken.Create(key), out var t) && t is BooleanToken { Data: true };
}
