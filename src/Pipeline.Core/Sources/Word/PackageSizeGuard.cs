using System.IO.Compression;

namespace Pipeline.Sources.Word;

/// <summary>
/// Refuses a Word package whose parts would expand past a size cap before any part is decompressed:
/// a zip bomb (a few hundred KB holding a word/document.xml of gigabytes) would otherwise be inflated
/// whole into memory by the XML reader. The sizes come from the ZIP central directory; .NET's inflater
/// stops at the declared size, so a part cannot lie its way past the cap.
/// </summary>
public static class PackageSizeGuard
{
    /// <summary>word/document.xml of a 300-page report is a few MB; 64 MB is far past any real document.</summary>
    public const long MaxPartBytes = 64L * 1024 * 1024;

    /// <summary>All parts together, images included.</summary>
    public const long MaxPackageBytes = 512L * 1024 * 1024;

    public static void Check(byte[] bytes)
    {
        using var zip = new ZipArchive(new MemoryStream(bytes, writable: false), ZipArchiveMode.Read);
        long total = 0;
        foreach (var entry in zip.Entries)
        {
            total += entry.Length;
            var isXml = entry.FullName.EndsWith(".xml", StringComparison.OrdinalIgnoreCase) || entry.FullName.EndsWith(".rels", StringComparison.OrdinalIgnoreCase);
            if (isXml && entry.Length > MaxPartBytes)
                throw Bomb($"{entry.FullName} would expand to {Mb(entry.Length)} (from {Mb(entry.CompressedLength)}), over the {Mb(MaxPartBytes)} cap");
            if (total > MaxPackageBytes)
                throw Bomb($"the package would expand past {Mb(MaxPackageBytes)}");
        }
    }

    private static SourceException Bomb(string detail) =>
        new($"the Word document looks like a decompression bomb: {detail}") { Code = "decompression-bomb" };

    private static string Mb(long bytes) => bytes >= 1024 * 1024 ? $"{bytes / (1024.0 * 1024):0.#} MB" : $"{bytes / 1024.0:0.#} KB";
}
