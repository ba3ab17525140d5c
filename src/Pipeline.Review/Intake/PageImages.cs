using System.Buffers.Binary;
using System.Diagnostics;
using Pipeline.Review.Storage;
using Pipeline.Sources;

namespace Pipeline.Review.Intake;

/// <summary>
/// The page images a clerk sees: PDF pages rendered by pdftoppm (poppler-utils) at <see cref="PdfDpi"/>, a scan's
/// own image (PNG or JPEG). Typed text has none; the desk shows its source lines instead.
/// </summary>
public static class PageImages
{
    public const int PdfDpi = 100;

    public static IReadOnlyList<StoredPage> Render(SourceFile file, TimeSpan timeout)
    {
        var bytes = file.Bytes;
        if (bytes.AsSpan(0, Math.Min(1024, bytes.Length)).IndexOf("%PDF-"u8) >= 0) return RenderPdf(bytes, timeout);
        if (PngSize(bytes) is { } png) return [new StoredPage(1, "image/png", png.Width, png.Height, null, bytes)];
        if (JpegSize(bytes) is { } jpg) return [new StoredPage(1, "image/jpeg", jpg.Width, jpg.Height, null, bytes)];
        return [];
    }

    private static List<StoredPage> RenderPdf(byte[] bytes, TimeSpan timeout)
    {
        var dir = Directory.CreateTempSubdirectory("pipeline-pages-");
        try
        {
            var input = Path.Combine(dir.FullName, "in.pdf");
            File.WriteAllBytes(input, bytes);
            var start = new ProcessStartInfo("pdftoppm") { RedirectStandardError = true, RedirectStandardOutput = true };
            foreach (var a in new[] { "-r", PdfDpi.ToString(System.Globalization.CultureInfo.InvariantCulture), "-png", input, Path.Combine(dir.FullName, "p") }) start.ArgumentList.Add(a);
            using var process = Process.Start(start)!;
            if (!process.WaitForExit(timeout)) { process.Kill(true); return []; }
            return Directory.GetFiles(dir.FullName, "p-*.png")
                .Select(f => (Number: int.Parse(Path.GetFileNameWithoutExtension(f)[2..], System.Globalization.CultureInfo.InvariantCulture), Data: File.ReadAllBytes(f)))
                .OrderBy(p => p.Number)
                .Select(p => PngSize(p.Data) is { } size ? new StoredPage(p.Number, "image/png", size.Width, size.Height, PdfDpi, p.Data) : null)
                .OfType<StoredPage>().ToList();
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return []; // pdftoppm missing: the desk falls back to source lines
        }
        finally
        {
            dir.Delete(true);
        }
    }

    private static (int Width, int Height)? PngSize(byte[] b) =>
        b.Length > 24 && b[0] == 0x89 && b[1] == 'P' && b[2] == 'N' && b[3] == 'G'
            ? (BinaryPrimitives.ReadInt32BigEndian(b.AsSpan(16)), BinaryPrimitives.ReadInt32BigEndian(b.AsSpan(20)))
            : null;

    /// <summary>Width and height from the first start-of-frame marker.</summary>
    private static (int Width, int Height)? JpegSize(byte[] b)
    {
        if (b.Length < 4 || b[0] != 0xFF || b[1] != 0xD8) return null;
        var i = 2;
        while (i + 9 < b.Length)
        {
            if (b[i] != 0xFF) { i++; continue; }
            var marker = b[i + 1];
            if (marker is >= 0xC0 and <= 0xCF and not 0xC4 and not 0xC8 and not 0xCC)
                return (BinaryPrimitives.ReadUInt16BigEndian(b.AsSpan(i + 7)), BinaryPrimitives.ReadUInt16BigEndian(b.AsSpan(i + 5)));
            if (marker is 0xD8 or 0x01 or (>= 0xD0 and <= 0xD7)) { i += 2; continue; }
            i += 2 + BinaryPrimitives.ReadUInt16BigEndian(b.AsSpan(i + 2));
        }
        return null;
    }
}
