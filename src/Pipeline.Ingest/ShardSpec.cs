using System.Buffers.Binary;

namespace Pipeline.Ingestion;

/// <summary>
/// `--shard i/N`: the part of a collection one worker takes. Documents are split by content hash (the first
/// 8 bytes of the SHA-256 as a big-endian integer, mod N), so the split needs no coordination, every
/// document falls in exactly one shard, and copies of one document fall in the same one.
/// </summary>
public readonly record struct ShardSpec(int Index, int Count)
{
    public static readonly ShardSpec All = new(0, 1);

    public bool Includes(string sha256Hex)
    {
        if (Count == 1) return true;
        var head = BinaryPrimitives.ReadUInt64BigEndian(Convert.FromHexString(sha256Hex.AsSpan(0, 16)));
        return (int)(head % (ulong)Count) == Index;
    }

    /// <summary>Parses "i/N" with 0 ≤ i &lt; N; the error says what is wrong.</summary>
    public static bool TryParse(string? text, out ShardSpec shard, out string? error)
    {
        shard = All;
        error = null;
        var parts = (text ?? "").Split('/');
        if (parts.Length != 2 || !int.TryParse(parts[0], out var index) || !int.TryParse(parts[1], out var count))
        {
            error = $"--shard must be i/N (e.g. 0/4), not '{text}'";
            return false;
        }
        if (count < 1 || index < 0 || index >= count)
        {
            error = $"--shard {text}: need N ≥ 1 and 0 ≤ i < N";
            return false;
        }
        shard = new ShardSpec(index, count);
        return true;
    }

    public override string ToString() => $"{Index}/{Count}";
}
