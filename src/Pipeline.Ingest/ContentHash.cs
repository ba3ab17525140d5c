using System.Security.Cryptography;

namespace Pipeline.Ingestion;

/// <summary>SHA-256 of a file, streamed so that hashing a huge file costs no memory.</summary>
public static class ContentHash
{
    public static string OfFile(string path)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan);
        return Convert.ToHexStringLower(SHA256.HashData(stream));
    }
}
