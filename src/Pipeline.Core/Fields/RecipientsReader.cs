using System.Text.RegularExpressions;
using Pipeline.Roles;
using Pipeline.Text;

namespace Pipeline.Fields;

/// <summary>
/// Nơi nhận: one entry per dash, wrapped entries joined, the trailing note split off; and the Lưu entry. The labels
/// were cut by the role stage (<see cref="RoledLine.Content"/>).
/// </summary>
public sealed partial class RecipientsReader : IFieldReader
{
    public DocumentFields Read(RoledDocument doc, DocumentFields fields, ICollection<string> warnings)
    {
        var (recipients, archive) = Read(doc);
        return fields with { Recipients = [.. recipients], Archive = archive };
    }

    public static (List<Recipient> Recipients, string? Archive) Read(RoledDocument doc)
    {
        var entries = new List<string>();
        foreach (var line in doc.Lines)
        {
            if (line.Role == LineRole.RecipientsHeader)
            {
                var rest = line.Content ?? "";
                if (rest.Length > 0) entries.Add(rest);
                continue;
            }
            if (line.Role != LineRole.Recipient) continue;
            var text = line.Text.Trim();
            var opensEntry = LinePatterns.OpensEntry(text);
            if (opensEntry || entries.Count == 0 || EndsEntry(entries[^1])) entries.Add(text);
            else entries[^1] += " " + text;
        }

        var recipients = entries.Select(ToRecipient).Where(r => r.Name.Length > 0).ToList();
        string? archive = null;
        if (doc.First(LineRole.Archive) is { } archiveLine)
        {
            archive = ArchiveEntry.Clean(archiveLine.Content);
        }
        return (recipients, archive);
    }

    /// <summary>An undashed line after an entry ending in ',' continues it ("VPUB: CVP, PCVP …," / "phòng: KGVX, …");
    /// after ';', '.' or a closing note it is an entry whose dash was lost (OCR), except after a ';' in an entry that
    /// lists a body's own units after a colon ("- VPUB: Các PCVP, các phòng: KT, TH;" / "Trung tâm TTĐT Thành phố;"),
    /// where ';' separates the units of that list. The one home of this decision: the role stage marks both kinds of
    /// line <see cref="LineRole.Recipient"/>.</summary>
    private static bool EndsEntry(string text) =>
        text.EndsWith(';') && !ListsUnitsAfterColon(text) || text.EndsWith('.') || text.EndsWith(')');

    /// <summary>"VPUB: Các PCVP, các phòng: KT, TH;": a body's label, a colon, then its units.</summary>
    private static bool ListsUnitsAfterColon(string entry) => UnitListLabel().IsMatch(entry);

    private static Recipient ToRecipient(string entry)
    {
        // A final ':' is dropped like ';' (corpus/expected/README.md): OCR reads an entry's ';' as ':' ("- Chủ tịch UBND
        // Thành phố:", QĐ-09/2025/QĐ-UBND rasterised), and an entry's own list ends with its items, never with a colon.
        var text = VnText.Squash(entry.TrimStart('-', '+', '•', ' ', '*')).TrimEnd(';', ',', '.', ':', ' ');
        string? note = null;
        var m = TrailingNote().Match(text);
        if (m.Success)
        {
            note = m.Groups[1].Value.Trim();
            text = text[..m.Index].TrimEnd(';', ',', ' ');
        }
        return new Recipient(text, note);
    }

    [GeneratedRegex(@"[;,]?\s*\(([^()]*)\)\s*$")] private static partial Regex TrailingNote();
    [GeneratedRegex(@"^[-+•*\s]*[^\s:;,]+(?:\s[^\s:;,]+){0,3}:\s*\S[^;]*,")] private static partial Regex UnitListLabel();
}
