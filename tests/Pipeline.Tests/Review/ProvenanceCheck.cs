using System.Text.Json.Nodes;
using Pipeline.Tests.Support;

namespace Pipeline.Tests.Review;

/// <summary>Checks a record, provenance included, against schema/document-1.1.schema.json ($defs/provenance, $defs/region).</summary>
public static class ProvenanceCheck
{
    public static void AssertValid(JsonNode record)
    {
        Assert.NotNull(record["document"]!["provenance"]);
        SchemaCheck.AssertValid(SchemaCheck.Document, record.ToJsonString());
    }
}
