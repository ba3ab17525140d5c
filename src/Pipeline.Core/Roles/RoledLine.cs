using Pipeline.Sources;
using Pipeline.Values;

namespace Pipeline.Roles;

/// <summary>
/// A line with the role given to it, how sure the classifier is, and what the role stage recognised in it: later
/// stages read these instead of matching the line's text again (<see cref="LineRecognizer.Recognize"/>).
/// </summary>
public sealed record RoledLine(int Index, Line Line, LineRole Role, double Confidence = 1.0)
{
    public string Text => Line.Text;

    /// <summary>No recogniser claimed the line: the rules only defaulted its role (header noise, appendix).</summary>
    public bool Defaulted { get; init; }

    /// <summary>The line belongs to an annex the rules found after the signature under its heading ("PHỤ LỤC (Ban hành
    /// kèm theo …)", "QUY CHẾ … (Ban hành kèm theo Quyết định …)"): an attachment, never the document's body, whatever
    /// its items look like (a form's numbered notes, a report template's headings).</summary>
    public bool Annexed { get; init; }

    /// <summary>The document type the type word names, and the rest of the line (DocType lines).</summary>
    public DocTypeMatch? DocType { get; init; }

    /// <summary>The signing formula's prefix as printed and the post after it (SignerAuthority lines).</summary>
    public SignerPrefixMatch? SignerPrefix { get; init; }

    /// <summary>The item label and the text after it (ListItem and SectionHeading lines that open with one).</summary>
    public ItemLabelMatch? Label { get; init; }

    /// <summary>The number and symbol read from the reference run this line opens, null when not understood (first Reference line of a run).</summary>
    public DocumentReference? Reference { get; init; }

    /// <summary>The place and date read from the place-date run this line opens (first PlaceDate line of a run).</summary>
    public PlaceDateParts? PlaceDate { get; init; }

    /// <summary>The line of bare numbers whose values filled the blank slots of this line's reference or date: an
    /// e-signing stamp's fill-ins read apart from their slots (<see cref="StampFillIns"/>); null when printed in place.</summary>
    public string? FilledFrom { get; init; }

    /// <summary>The text after the fixed label of a Nơi nhận (RecipientsHeader), Lưu (Archive) or Kính gửi (AddresseeHeader) line, and after the V/v of a letter's subject (a Title line; null on the other title lines).</summary>
    public string? Content { get; init; }
}

/// <summary>An item label and the text after it on its line.</summary>
public sealed record ItemLabelMatch(ItemLabel Label, string Remainder)
{
    public static ItemLabelMatch? Parse(string text) => ItemLabel.Parse(text) is { } p ? new ItemLabelMatch(p.Label, p.Remainder) : null;
}

/// <summary>What a place-date line says: "Hương Sơn, ngày 13 tháng 9 năm 2023".</summary>
public sealed record PlaceDateParts(string? Place, PartialDate? Date);
