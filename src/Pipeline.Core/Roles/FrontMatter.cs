using System.Collections.Immutable;
using Pipeline.Lines;
using Pipeline.Sources;
using Pipeline.Text;

namespace Pipeline.Roles;

/// <summary>
/// Lines printed before a document's header block that are not part of the document: a legal portal's menus,
/// breadcrumbs and "Ngày có hiệu lực" panel in a saved or printed web page, a converter's metadata. Nghị định
/// 30/2020 puts the issuer and the quốc hiệu on the first row of the first page, so when the quốc hiệu comes
/// after many lines, the header block is the quốc hiệu and the issuer's block just above it (its left column, or
/// its capitals in a one-column rendering); what precedes that block is front matter.
/// </summary>
public static class FrontMatter
{
    /// <summary>Fewer non-blank lines than this before the quốc hiệu are an ordinary header (issuer, Số, V/v).</summary>
    private const int OrdinaryHeaderLines = 10;

    /// <summary>The issuer's block above the quốc hiệu in a one-column rendering: superior body, body, decoration, Số.</summary>
    private const int IssuerBlockLines = 6;

    /// <summary>How far to look for the quốc hiệu (non-blank lines).</summary>
    private const int Reach = 200;

    /// <summary>The index of the header block's first line: 0 unless front matter precedes it.</summary>
    public static int HeaderStart(ImmutableArray<Line> lines)
    {
        var motto = -1;
        var before = 0;
        for (var i = 0; i < lines.Length && before < Reach; i++)
        {
            if (lines[i].IsBlank) continue;
            if (LinePatterns.IsMotto(lines[i].Text)) { motto = i; break; }
            before++;
        }
        if (motto < 0 || before < OrdinaryHeaderLines) return 0;

        var start = motto;
        var taken = 0;
        for (var i = motto - 1; i >= 0 && taken < IssuerBlockLines; i--)
        {
            var line = lines[i];
            if (line.IsBlank) continue;
            if (!BelongsToHeaderBlock(line, lines[motto])) break;
            start = i;
            // The issuer's column split off beside a right-hand quốc hiệu is the header block however long it is:
            // a công văn's V/v trích yếu wraps under its Số line for five or six more lines (CV-7432). Only lines
            // of a one-column rendering count towards the block's bound.
            if (!IsSplitIssuerColumn(line, lines[motto])) taken++;
        }
        return start;
    }

    /// <summary>A reader that split the header row into columns hands the issuer's column over before the motto's.</summary>
    private static bool IsSplitIssuerColumn(Line line, Line motto) => motto.Column == Column.Right && line.Column == Column.Left;

    private static bool BelongsToHeaderBlock(Line line, Line motto)
    {
        var text = line.Text;
        if (IsSplitIssuerColumn(line, motto)) return true;
        if (LinePatterns.IsDecoration(text) || LinePatterns.IsReference(text)) return true;
        return text.Length < 80 && VnText.IsUpper(text, 4);
    }
}
