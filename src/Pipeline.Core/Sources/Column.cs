namespace Pipeline.Sources;

/// <summary>
/// Where a line sits in a two-column block. Official notices put the issuer beside the national motto,
/// the number beside the place and date, and the recipient list beside the signer (Nghị định 30/2020/NĐ-CP);
/// keeping the sides apart is what lets extraction read each block on its own.
/// </summary>
public enum Column
{
    /// <summary>The line spans the text width, or the source has no columns.</summary>
    Full,
    Left,
    Right,
}
