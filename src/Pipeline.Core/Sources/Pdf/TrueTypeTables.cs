using System.Buffers.Binary;

namespace Pipeline.Sources.Pdf;

/// <summary>
/// The table directory of an embedded TrueType font program (FontFile2). Only what the glyph repair
/// needs: finding a table's bytes by tag. Everything is bounds-checked because embedded subsets
/// are often trimmed by the producing software.
/// </summary>
internal sealed class TrueTypeTables
{
    private readonly byte[] _data;
    private readonly Dictionary<string, (int Offset, int Length)> _tables = new(StringComparer.Ordinal);

    private TrueTypeTables(byte[] data) => _data = data;

    public static TrueTypeTables? TryParse(byte[] data)
    {
        if (data.Length < 12) return null;
        var font = new TrueTypeTables(data);
        var numTables = BinaryPrimitives.ReadUInt16BigEndian(data.AsSpan(4));
        for (var i = 0; i < numTables; i++)
        {
            var record = 12 + i * 16;
            if (record + 16 > data.Length) break;
            var tag = System.Text.Encoding.ASCII.GetString(data, record, 4);
            var offset = BinaryPrimitives.ReadUInt32BigEndian(data.AsSpan(record + 8));
            var length = BinaryPrimitives.ReadUInt32BigEndian(data.AsSpan(record + 12));
            if (offset >= (uint)data.Length) continue;
            length = Math.Min(length, (uint)data.Length - offset);
            font._tables[tag] = ((int)offset, (int)length);
        }
        return font._tables.Count == 0 ? null : font;
    }

    public ReadOnlySpan<byte> this[string tag] =>
        _tables.TryGetValue(tag, out var t) ? _data.AsSpan(t.Offset, t.Length) : [];

    public bool Has(string tag) => _tables.ContainsKey(tag);
}
