using System.Collections.Immutable;
using Pipeline.Roles;
using Pipeline.Values;

namespace Pipeline.Fields;

/// <summary>The output of the field stage: the document-level fields read from the header and foot.</summary>
public sealed record DocumentFields(
    DocumentType? Type,
    DocumentReference? Reference,
    string? Issuer,
    IssuerSource IssuerSource,
    string? Place,
    PartialDate? IssuedDate,
    string? Title,
    Signer? Signer,
    ImmutableArray<Recipient> Recipients,
    string? Archive,
    ImmutableArray<string> Addressees,
    ImmutableArray<string> Warnings)
{
    /// <summary>Nothing read yet: what the first <see cref="IFieldReader"/> is given.</summary>
    public static DocumentFields Empty { get; } = new(null, null, null, IssuerSource.None, null, null, null, null, [], null, [], []);

    /// <summary>Per field, the confidence in [0,1] it was read with (see <see cref="FieldConfidence"/>).</summary>
    public IReadOnlyDictionary<string, double> Confidence { get; init; } = new Dictionary<string, double>();

    /// <summary>Per field, the lines it was read from (provenance; see <see cref="FieldSources"/>).</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<RoledLine>> Sources { get; init; } = new Dictionary<string, IReadOnlyList<RoledLine>>();
}

/// <summary>Where the issuer was read from: printed in the header, or derived from the reference and place.</summary>
public enum IssuerSource { None, Header, Derived }

/// <summary>Tên loại văn bản: the contract's code and name.</summary>
public sealed record DocumentType(string Code, string Name);

/// <summary>Who signed: their name, their post, and the authority prefixes they sign under.</summary>
public sealed record Signer(string? Name, string? Position, string? Authority)
{
    /// <summary>The signing formula as the role stage recognised it: each prefix (TM., KT., TL., TUQ., Q.) and the post after it.</summary>
    public ImmutableArray<SignerPost> Formula { get; init; } = [];

    /// <summary>The <see cref="Authority"/> a formula prints: "KT. Chủ tịch" and, stacked, "TM. Ủy ban nhân dân KT. Chủ tịch".</summary>
    public static string? AuthorityOf(IReadOnlyCollection<SignerPost> formula) =>
        formula.Count == 0 ? null : string.Join(' ', formula.Select(p => p.Prefix + " " + p.Post));
}

/// <summary>One prefix of a signing formula and the post or body after it ("KT." "Chủ tịch").</summary>
public sealed record SignerPost(string Prefix, string Post)
{
    /// <summary>The canonical prefix (signer-prefixes.tsv) under which a deputy signs for the head: ký thay.</summary>
    public const string SignsForHead = "KT.";
}

/// <summary>One Nơi nhận entry and its parenthesised note ("để b/c").</summary>
public sealed record Recipient(string Name, string? Note);
