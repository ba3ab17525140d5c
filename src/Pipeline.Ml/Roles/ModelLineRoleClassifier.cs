using System.Collections.Immutable;
using Pipeline.Lines;
using Pipeline.Ml.Features;
using Pipeline.Ml.Training;
using Pipeline.Roles;

namespace Pipeline.Ml.Roles;

/// <summary>
/// Line roles from the learned model alone: one batch prediction per document. Blank lines are Blank without
/// asking the model. Thread-safe: the model is immutable and every call builds its own rows.
/// </summary>
public sealed class ModelLineRoleClassifier(MulticlassModel model, LineRecognizer recognizer) : ILineRoleClassifier
{
    private readonly LineFeatures _features = new(recognizer);

    public string Name => "model";

    public RoledDocument Classify(PreparedDocument document)
    {
        var predictions = Predict(document);
        var lines = document.Lines.Select((l, i) => l.IsBlank
            ? new RoledLine(i, l, LineRole.Blank)
            : new RoledLine(i, l, predictions[i].Role, predictions[i].Probability)).ToImmutableArray();
        return recognizer.Recognize(new RoledDocument(document, lines));
    }

    /// <summary>The model's best role and its probability for every line (blank lines included, ignored).</summary>
    public (LineRole Role, double Probability)[] Predict(PreparedDocument document)
    {
        var features = _features.Of(document.Lines);
        return model.Predict(features).Select(p => (Enum.Parse<LineRole>(p.Label), (double)p.Probability)).ToArray();
    }
}
