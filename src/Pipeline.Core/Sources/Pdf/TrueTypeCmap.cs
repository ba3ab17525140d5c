namespace Pipeline.Sources.Pdf;

/// <summary>
/// Reads a TrueType 'cmap' table (Unicode → glyph id) and inverts it, so a glyph id taken from a
/// PDF without a ToUnicode map can be turned back into the character it draws.
/// Supports the Unicode subtables in formats 4 (BMP) and 12 (full range).
/// </summary>
internal static class TrueTypeCmap
{
    /// <summary>Glyph id → code point, or an empty map when the table has no usable Unicode subtable.</summary>
    public static Dictionary<int, int> InvertUnicode(ReadOnlySpan<byte> cmap)
    {
        var glyphToChar = new Dictionary<int, int>();
        if (cmap.Length < 4) return glyphToChar;

        var count = BigEndian.U16(cmap, 2);
        // Prefer full-range Unicode, then BMP Unicode; the Windows symbol encoding (3,0) is not Unicode.
        var candidates = new List<(int Rank, int Offset)>();
        for (var i = 0; i < count; i++)
        {
            var record = 4 + i * 8;
            var platform = BigEndian.U16(cmap, record);
            var encoding = BigEndian.U16(cmap, record + 2);
            var offset = (int)BigEndian.U32(cmap, record + 4);
            var rank = (platform, encoding) switch
            {
                (3, 10) => 0,
                (0, 4) or (0, 6) => 1,
                (3, 1) => 2,
                (0, _) => 3,
                _ => -1,
            };
            if (rank >= 0 && offset > 0 && offset < cmap.Length) candidates.Add((rank, offset));
        }

        foreach (var (_, offset) in candidates.OrderBy(c => c.Rank))
        {
            var sub = cmap[offset..];
            var pairs = BigEndian.U16(sub, 0) switch
            {
                4 => ReadFormat4(sub),
                12 => ReadFormat12(sub),
                _ => [],
            };
            foreach (var (code, glyph) in pairs)
            {
                if (glyph == 0 || code is < 0x20 or (>= 0xD800 and <= 0xDFFF)) continue;
                if (!glyphToChar.TryGetValue(glyph, out var existing) || Prefer(code, existing))
                    glyphToChar[glyph] = code;
            }
            if (glyphToChar.Count > 0) break;
        }
        return glyphToChar;
    }

    /// <summary>
    /// Several code points can share a glyph (space and no-break space, hyphen and soft hyphen,
    /// Đ and Ð). A Vietnamese letter wins, then the lower code point, which is the plainer character.
    /// </summary>
    private static bool Prefer(int candidate, int existing)
    {
        var c = VietnameseLetters.Contains(candidate);
        var e = VietnameseLetters.Contains(existing);
        if (c != e) return c;
        return candidate < existing;
    }

    private static readonly HashSet<int> VietnameseLetters =
        "ĐđƠơƯư".Select(ch => (int)ch).ToHashSet();

    private static List<(int Code, int Glyph)> ReadFormat4(ReadOnlySpan<byte> t)
    {
        var result = new List<(int, int)>();
        var segCount = BigEndian.U16(t, 6) / 2;
        var ends = 14;
        var starts = ends + segCount * 2 + 2;
        var deltas = starts + segCount * 2;
        var rangeOffsets = deltas + segCount * 2;
        for (var i = 0; i < segCount; i++)
        {
            var end = BigEndian.U16(t, ends + i * 2);
            var start = BigEndian.U16(t, starts + i * 2);
            var delta = BigEndian.S16(t, deltas + i * 2);
            var rangeOffset = BigEndian.U16(t, rangeOffsets + i * 2);
            if (start > end || start == 0xFFFF) continue;
            for (var code = start; code <= end; code++)
            {
                int glyph;
                if (rangeOffset == 0) glyph = (code + delta) & 0xFFFF;
                else
                {
                    var at = rangeOffsets + i * 2 + rangeOffset + (code - start) * 2;
                    glyph = BigEndian.U16(t, at);
                    if (glyph != 0) glyph = (glyph + delta) & 0xFFFF;
                }
                result.Add((code, glyph));
            }
        }
        return result;
    }

    private static List<(int Code, int Glyph)> ReadFormat12(ReadOnlySpan<byte> t)
    {
        var result = new List<(int, int)>();
        var groups = BigEndian.U32(t, 12);
        for (var i = 0; i < groups; i++)
        {
            var at = 16 + (int)i * 12;
            if (at + 12 > t.Length) break;
            var start = BigEndian.U32(t, at);
            var end = BigEndian.U32(t, at + 4);
            var glyph = BigEndian.U32(t, at + 8);
            if (end < start || end > 0x10FFFF || end - start > 0x10000) continue;
            for (var code = start; code <= end; code++) result.Add(((int)code, (int)(glyph + code - start)));
        }
        return result;
    }
}
