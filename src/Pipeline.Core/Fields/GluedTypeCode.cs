using System.Text.RegularExpressions;
using Pipeline.Text;
using Pipeline.Values;
using Pipeline.Vocabulary;

namespace Pipeline.Fields;

/// <summary>
/// A number line whose slash OCR lost ("428GP-BCT") or fused with the type code's first letter ("Số: 4 2 8QP-BCT" for
/// "428/GP-BCT", a photographed giấy phép): the reference parses as number "428G"/"428Q" and symbol "P-BCT". A symbol
/// opens with the code of the document's type (Nghị định 30/2020/NĐ-CP, Phụ lục VI: "Số: …/GP-…"), so when the
/// number's final letter and the symbol's first part are at most one letter away from exactly one code of the type
/// the type line names, the slash is put back and the code read as that type's. A reference printed with its slash
/// is never touched.
/// </summary>
public sealed partial class GluedTypeCode(Vocab vocab)
{
    public DocumentReference? Repair(DocumentReference? reference, DocumentType? type)
    {
        if (reference is not { Number: { } number, Symbol: { } symbol } || type is null || reference.Reference.Contains('/')) return null;
        if (NumberAndLetter().Match(number) is not { Success: true } m) return null;
        var hyphen = symbol.IndexOf('-');
        if (hyphen <= 0) return null;
        var glued = m.Groups["letter"].Value + symbol[..hyphen];
        var codes = vocab.SymbolTypes
            .Where(c => c.Value == type.Code && c.Key.Length == glued.Length && VnText.Distance(c.Key.ToUpperInvariant(), glued.ToUpperInvariant()) <= 1)
            .Select(c => c.Key).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        if (codes.Count != 1) return null;
        var digits = m.Groups["digits"].Value;
        var repaired = codes[0] + symbol[hyphen..];
        return new DocumentReference(digits, repaired, digits + "/" + repaired);
    }

    [GeneratedRegex(@"^(?<digits>\d{1,6})(?<letter>[A-Za-z])$")] private static partial Regex NumberAndLetter();
}
