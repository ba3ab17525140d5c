using System.Text.RegularExpressions;

namespace Pipeline.Records;

/// <summary>A warning as schema 1.1 publishes it: a stable code for machines, the sentence for people, the field it concerns.</summary>
public sealed record WarningDetail(string Code, string Message, string? Field);

/// <summary>
/// Gives each warning sentence its code. The stages keep writing sentences (the 1.0 `warnings` strings, kept
/// unchanged for 1.0 consumers); this table is the one place that knows which sentence is which code, so a
/// new warning without a row here shows up as `other` (and a test lists those) instead of inventing a code.
/// The codes are an enum in schema/document-1.3.schema.json; adding one is a minor version.
/// </summary>
public static partial class WarningCodes
{
    public const string Other = "other";

    private static readonly (Regex Pattern, string Code, string? Field)[] Table =
    [
        (Rx("^reference line not understood"), "reference-not-understood", "reference"),
        (Rx("^document number printed blank"), "number-blank", "number"),
        (Rx("^issue date printed blank"), "date-blank", "issuedDate"),
        (Rx("^issue date incomplete"), "date-incomplete", "issuedDate"),
        (Rx("^issue date .* is in the future"), "date-in-future", "issuedDate"),
        (Rx("^document type not found"), "type-not-found", "type"),
        (Rx("^document type taken from the reference symbol"), "type-from-symbol", "type"),
        (Rx("^type word .* disagrees with the reference symbol"), "type-disagrees", "type"),
        (Rx("^title not found"), "title-not-found", "title"),
        (Rx("^signature block not found"), "signer-not-found", "signer"),
        (Rx("^signer name not found"), "signer-name-not-found", "signer.name"),
        (Rx("^signer name completed from"), "signer-name-completed", "signer.name"),
        (Rx("^issuer derived from the reference symbol"), "issuer-derived", "issuer"),
        (Rx("^review (?<field>[A-Za-z.]+): confidence"), "low-confidence", null),
        (Rx("^pages without a text layer were skipped"), "pages-need-ocr", null),
        (Rx("^text drawn with fonts lacking a ToUnicode map was repaired"), "fonts-repaired", null),
        (Rx("^page \\d+: no text layer and no page image"), "page-empty", null),
        (Rx("^page \\d+: .*rendered with pdftoppm"), "page-rendered", null),
        (Rx("^(?<field>type|issuer|title|archive|signer\\.(?:position|authority|name)) repaired from "), "field-repaired", null),
    ];

    public static WarningDetail Describe(string message)
    {
        foreach (var (pattern, code, field) in Table)
            if (pattern.Match(message) is { Success: true } m)
                return new WarningDetail(code, message, field ?? (m.Groups["field"].Success ? m.Groups["field"].Value : null));
        return new WarningDetail(Other, message, null);
    }

    /// <summary>Every code the table can give, <see cref="Other"/> included: the schema's enum.</summary>
    public static IEnumerable<string> All => Table.Select(t => t.Code).Append(Other).Distinct();

    private static Regex Rx(string pattern) => new(pattern, RegexOptions.CultureInvariant | RegexOptions.Compiled);
}
