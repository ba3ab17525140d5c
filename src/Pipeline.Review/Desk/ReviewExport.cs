using System.IO.Compression;
using System.Text.Json;
using System.Text.Json.Nodes;
using Pipeline.Records;
using Pipeline.Review.Storage;

namespace Pipeline.Review.Desk;

/// <summary>
/// Approved records for downstream systems: the record contract as it is, plus a <c>review</c> block (who
/// approved, when, which fields were corrected); and the corrections as training data for `pipeline train`.
/// </summary>
public static class ReviewExport
{
    public static JsonObject Approved(DocumentRow row, IReadOnlyList<string> correctedFields)
    {
        var json = JsonSerializer.SerializeToNode(row.Current, RecordJson.Compact)!.AsObject();
        json["review"] = new JsonObject
        {
            ["status"] = row.Status,
            ["approvedBy"] = row.ApprovedBy,
            ["approvedAt"] = row.ApprovedAt,
            ["correctedFields"] = new JsonArray([.. correctedFields.Select(f => (JsonNode)JsonValue.Create(f)!)]),
        };
        return json;
    }

    public static string Line(JsonObject record) => record.ToJsonString(RecordJson.Compact);

    /// <summary>
    /// A zip of every approved, corrected document: &lt;id&gt;.json (the corrected record), &lt;id&gt;&lt;ext&gt;
    /// (the input), and annotate.sh, one `pipeline annotate --from-record` line each; then `pipeline train`.
    /// </summary>
    public static void Corrections(DocumentStore store, Stream output)
    {
        using var zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true);
        var script = new System.Text.StringBuilder("#!/usr/bin/env bash\n# Teach the models the clerks' corrections, then retrain.\nset -euo pipefail\ncd \"$(dirname \"$0\")\"\n");
        foreach (var id in store.Ids(ReviewStatus.Approved))
        {
            if (store.CorrectedFields(id).Count == 0 || store.Get(id) is not { } row || store.Source(id) is not { } source) continue;
            var ext = Path.GetExtension(row.File).ToLowerInvariant();
            Write(zip, id + ".json", RecordJson.Serialize(row.Current));
            using (var entry = zip.CreateEntry(id + ext).Open()) entry.Write(source);
            script.Append(System.Globalization.CultureInfo.InvariantCulture, $"pipeline annotate --from-record {id}.json --input {id}{ext}\n");
        }
        script.Append("pipeline train\n");
        Write(zip, "annotate.sh", script.ToString());
    }

    private static void Write(ZipArchive zip, string name, string text)
    {
        using var writer = new StreamWriter(zip.CreateEntry(name).Open());
        writer.Write(text);
    }
}
