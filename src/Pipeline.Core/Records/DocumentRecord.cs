using System.Text.Json.Serialization;

namespace Pipeline.Records;

/// <summary>
/// The published record of one input, contract version 1.3 (schema/document-1.3.schema.json; what changed
/// since 1.0: schema/CHANGELOG.md). Field names are the contract: fields may be added, none renamed.
/// </summary>
public sealed record DocumentRecord(
    string SchemaVersion,
    SourceInfo Source,
    DocumentInfo Document,
    IReadOnlyList<TaskRecord> Tasks,
    IReadOnlyList<string> Warnings)
{
    public const string CurrentSchemaVersion = "1.3";

    /// <summary>The warnings with their codes and fields, in the order of <see cref="Warnings"/>; added in 1.1.</summary>
    [JsonPropertyOrder(100)] public IReadOnlyList<WarningDetail> WarningDetails { get; init; } = [];

    /// <summary>What made this record: extractor version, line-role classifier, models; added in 1.1.</summary>
    [JsonPropertyOrder(101)] public ExtractorInfo? Extractor { get; init; }

    /// <summary>The same record with source.path set (the extractor knows the file, the command knows the root it was found under).</summary>
    public DocumentRecord WithSourcePath(string path) => this with { Source = Source with { Path = path.Replace(System.IO.Path.DirectorySeparatorChar, '/') } };
}

public sealed record SourceInfo(string File, string Sha256, string MediaType, int Pages)
{
    /// <summary>The input's path relative to the folder given on the command line (its name when a file was given); added in 1.1.</summary>
    [JsonPropertyOrder(100)] public string? Path { get; init; }
}

public sealed record DocumentInfo(
    TypeInfo? Type,
    string? Number,
    string? Symbol,
    string? Reference,
    string? Issuer,
    string? Place,
    string? IssuedDate,
    string? Title,
    SignerInfo? Signer,
    IReadOnlyList<RecipientInfo> Recipients,
    string? Archive)
{
    /// <summary>"header" when printed, "derived" when read from the reference and place; added in 1.0.</summary>
    [JsonPropertyOrder(100)] public string? IssuerSource { get; init; }

    /// <summary>Kính gửi addressees of a letter (not recipients).</summary>
    [JsonPropertyOrder(101)] public IReadOnlyList<string> Addressees { get; init; } = [];

    /// <summary>Per field, the confidence it was read with (lowest OCR line confidence, lowered by failed checks); 1 for typed text.</summary>
    [JsonPropertyOrder(102)] public IReadOnlyDictionary<string, double> FieldConfidence { get; init; } = new Dictionary<string, double>();

    /// <summary>Per field, where it was read from; added in 1.1 (schema/provenance.fragment.json).</summary>
    [JsonPropertyOrder(103)] public IReadOnlyDictionary<string, Provenance> Provenance { get; init; } = new Dictionary<string, Provenance>();
}

public sealed record TypeInfo(string Code, string Name);

public sealed record SignerInfo(string? Name, string? Position, string? Authority);

public sealed record RecipientInfo(string Name, string? Note)
{
    /// <summary>Where the entry was read from; added in 1.1.</summary>
    public Provenance? Provenance { get; init; }
}

public sealed record TaskRecord(
    string Id,
    string Ordinal,
    string? Heading,
    string Text,
    IReadOnlyList<UnitInfo> Units,
    DeadlineInfo? Deadline,
    string Kind,
    int Page,
    double Confidence)
{
    /// <summary>Where the item was read from; added in 1.1.</summary>
    public Provenance? Provenance { get; init; }
}

public sealed record UnitInfo(string Name, string Role)
{
    /// <summary>Where the unit is named (the task's lines that print it); added in 1.1.</summary>
    public Provenance? Provenance { get; init; }
}

public sealed record DeadlineInfo(string? Date, string Text);
