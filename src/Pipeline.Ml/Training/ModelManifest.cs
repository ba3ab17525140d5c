using System.Text.Json;
using System.Text.Json.Serialization;

namespace Pipeline.Ml.Training;

/// <summary>
/// models/manifest.json: what the committed models were trained on (a SHA-256 over the training files and
/// options), when, with what, and how well they fit (training-set accuracy; cross-validated figures are in
/// README.md and printed by `pipeline cv` / `pipeline eval --ablation`).
/// </summary>
public sealed record ModelManifest(
    string DataHash,
    string TrainedAt,
    TrainingOptions Options,
    IReadOnlyList<ModelManifest.Entry> Models,
    IReadOnlyList<string> TrainingFiles)
{
    public sealed record Entry(string File, string Task, int Rows, IReadOnlyList<string> Classes, double TrainingAccuracy, IReadOnlyDictionary<string, int> RowsPerClass);

    private static readonly JsonSerializerOptions Json = new()
    {
        WriteIndented = true,
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    public string ToJson() => JsonSerializer.Serialize(this, Json);

    public static ModelManifest FromJson(string json) => JsonSerializer.Deserialize<ModelManifest>(json, Json)!;
}
