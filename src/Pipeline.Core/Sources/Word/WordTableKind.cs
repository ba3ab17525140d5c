using System.Text.RegularExpressions;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Pipeline.Sources.Word;

/// <summary>
/// Tells a layout table from a data table. Notices lay out the header (issuer | motto, number |
/// place-date) and the foot (Nơi nhận | signer) as borderless tables of two columns and a few rows.
/// Such a table is at the start or the end of the body, or it says what it is: the motto, "Số:",
/// "Nơi nhận", a signing formula. Anything wider or longer holds data.
/// </summary>
internal static partial class WordTableKind
{
    private const int MaxLayoutRows = 8;

    [GeneratedRegex(@"CỘNG\s+HÒA|CỘNG\s+HOÀ|Độc\s+lập\s*-|Nơi\s+nhận|^\s*Số\s*:|\b(KT|TM|TL|TUQ)\s*\.|GIÁM\s+ĐỐC|CHỦ\s+TỊCH",
        RegexOptions.Multiline | RegexOptions.CultureInvariant)]
    private static partial Regex NoticeMarker();

    /// <param name="atEdge">The table is the first or the last top-level table, or nested in a layout cell.</param>
    public static bool IsLayout(Table table, bool atEdge)
    {
        var rows = table.Elements<TableRow>().ToList();
        if (rows.Count == 0 || rows.Count > MaxLayoutRows) return false;
        if (!rows.All(r => FilledCells(r).Count <= 2) || !rows.Any(r => FilledCells(r).Count == 2)) return false;
        if (atEdge) return true;
        var text = string.Join('\n', table.Descendants<Paragraph>().Select(p => p.InnerText));
        return NoticeMarker().IsMatch(text.Normalize(System.Text.NormalizationForm.FormC));
    }

    /// <summary>Cells with some text; empty spacer columns do not make a layout table wider.</summary>
    public static List<TableCell> FilledCells(TableRow row) =>
        row.Elements<TableCell>().Where(c => c.InnerText.Trim().Length > 0).ToList();
}
