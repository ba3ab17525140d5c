using Pipeline.Records;

namespace Pipeline.Ingestion;

/// <summary>Decides ok or partial for a document that produced a record.</summary>
public static class OutcomeRules
{
    public static DocumentStatus Judge(DocumentRecord record) =>
        LeftPagesOut(record) || RecognisedNothing(record) ? DocumentStatus.Partial : DocumentStatus.Ok;

    /// <summary>The PDF reader skips pages without a text layer (they need OCR) and says so in a warning.</summary>
    private static bool LeftPagesOut(DocumentRecord record) =>
        record.Warnings.Any(w => w.Contains("were skipped", StringComparison.OrdinalIgnoreCase));

    /// <summary>No reference, no title and no task: text was read but not understood as an official document.</summary>
    private static bool RecognisedNothing(DocumentRecord record) =>
        record.Document.Reference is null && record.Document.Title is null && record.Tasks.Count == 0;
}
