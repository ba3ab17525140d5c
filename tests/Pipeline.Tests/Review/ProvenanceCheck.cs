using System.Text.Json.Nodes;
using Pipeline.Tests.Support;

namespace Pipeline.Tests.Review;

/// <summary>Checks every provenance object of a record against schema/provenance.fragment.json's definitions.</summary>
public static class ProvenanceCheck
{
    private static readonly Lazy<JsonNode> Fragment = new(() => JsonNode.Parse(File.ReadAllText(Repo.Path("schema", "provenance.fragment.json")))!);

    public static void AssertValid(JsonNode record)
    {
        var errors = new List<string>();
        var defs = Fragment.Value["$defs"]!;
        void Check(JsonNode? p, string path)
        {
            if (p is null) return;
            errors.AddRange(SchemaCheck.Errors(defs["provenance"]!, p, path));
            foreach (var (k, _) in p.AsObject()) if (k is not ("lines" or "regions")) errors.Add($"{path}: unexpected '{k}'");
            var regions = p["regions"]!.AsArray();
            for (var i = 0; i < regions.Count; i++) errors.AddRange(SchemaCheck.Errors(defs["region"]!, regions[i], $"{path}.regions[{i}]"));
        }
        foreach (var (field, p) in record["document"]!["provenance"]!.AsObject()) Check(p, $"$.document.provenance.{field}");
        foreach (var (r, i) in record["document"]!["recipients"]!.AsArray().Select((r, i) => (r, i))) Check(r!["provenance"], $"$.document.recipients[{i}].provenance");
        foreach (var (t, i) in record["tasks"]!.AsArray().Select((t, i) => (t, i)))
        {
            Check(t!["provenance"], $"$.tasks[{i}].provenance");
            foreach (var (u, j) in t["units"]!.AsArray().Select((u, j) => (u, j))) Check(u!["provenance"], $"$.tasks[{i}].units[{j}].provenance");
        }
        Assert.True(errors.Count == 0, string.Join("\n", errors));
    }
}
