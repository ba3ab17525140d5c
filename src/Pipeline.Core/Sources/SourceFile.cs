using System.Security.Cryptography;

namespace Pipeline.Sources;

/// <summary>An input file's bytes and identity. The hash names the document in every output.</summary>
public sealed class SourceFile
{
    public SourceFile(string path, byte[] bytes)
    {
        Path = path;
        Bytes = bytes;
        Sha256 = Convert.ToHexStringLower(SHA256.HashData(bytes));
    }

    public string Path { get; }
    public byte[] Bytes { get; }
    public string Sha256 { get; }
    public string Name => System.IO.Path.GetFileName(Path);
    public string Stem => System.IO.Path.GetFileNameWithoutExtension(Path);
    public string Extension => System.IO.Path.GetExtension(Path).ToLowerInvariant();

    public static SourceFile Load(string path) => new(path, File.ReadAllBytes(path));
}
