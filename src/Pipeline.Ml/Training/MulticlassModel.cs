using Microsoft.ML;
using Microsoft.ML.Data;
using Microsoft.ML.Trainers;

namespace Pipeline.Ml.Training;

/// <summary>
/// A trained multiclass model over <see cref="FeatureRow"/>s: a maximum-entropy linear model (SDCA), fitted
/// with a fixed seed on one thread so that the same data gives the same model byte for byte in its weights.
/// Prediction is a batch <see cref="ITransformer.Transform"/> over one document's rows: a transformer is
/// immutable and safe to share across threads, unlike a PredictionEngine, and one call per document avoids
/// per-line overhead.
/// </summary>
public sealed class MulticlassModel
{
    private static readonly MLContext Shared = new(seed: 1);

    private MulticlassModel(ITransformer transformer, int length, string[] labels)
    {
        Transformer = transformer;
        Length = length;
        Labels = labels;
    }

    public ITransformer Transformer { get; }
    public int Length { get; }

    /// <summary>Class names in the order of the score vector.</summary>
    public string[] Labels { get; }

    public static MulticlassModel Train(IReadOnlyList<FeatureRow> rows, int length, int iterations = 40)
    {
        var ml = new MLContext(seed: 1);
        var data = ml.Data.LoadFromEnumerable(rows, FeatureRow.Schema(length));
        var pipeline = ml.Transforms.Conversion.MapValueToKey("Label", keyOrdinality: Microsoft.ML.Transforms.ValueToKeyMappingEstimator.KeyOrdinality.ByValue)
            .Append(ml.MulticlassClassification.Trainers.SdcaMaximumEntropy(new SdcaMaximumEntropyMulticlassTrainer.Options
            {
                LabelColumnName = "Label",
                FeatureColumnName = nameof(FeatureRow.Features),
                NumberOfThreads = 1,
                MaximumNumberOfIterations = iterations,
                L2Regularization = 1e-4f,
                Shuffle = false,
            }));
        var transformer = pipeline.Fit(data);
        return new MulticlassModel(transformer, length, SlotNames(transformer.GetOutputSchema(data.Schema)));
    }

    /// <summary>Scores every row: per row, the probability of each class in <see cref="Labels"/> order.</summary>
    public float[][] Score(IReadOnlyList<VBuffer<float>> features)
    {
        if (features.Count == 0) return [];
        var rows = features.Select(f => new FeatureRow { Label = "", Features = f });
        var data = Shared.Data.LoadFromEnumerable(rows, FeatureRow.Schema(Length));
        var scored = Transformer.Transform(data);
        var column = scored.Schema["Score"];
        var result = new float[features.Count][];
        using var cursor = scored.GetRowCursor([column]);
        var getter = cursor.GetGetter<VBuffer<float>>(column);
        var buffer = default(VBuffer<float>);
        for (var i = 0; cursor.MoveNext(); i++)
        {
            getter(ref buffer);
            result[i] = buffer.DenseValues().ToArray();
        }
        return result;
    }

    /// <summary>The best class of every row and its probability.</summary>
    public (string Label, float Probability)[] Predict(IReadOnlyList<VBuffer<float>> features) =>
        Score(features).Select(s =>
        {
            var best = 0;
            for (var k = 1; k < s.Length; k++) if (s[k] > s[best]) best = k;
            return (Labels[best], s[best]);
        }).ToArray();

    public void Save(string path)
    {
        var schema = Shared.Data.LoadFromEnumerable(Array.Empty<FeatureRow>(), FeatureRow.Schema(Length)).Schema;
        using var stream = File.Create(path);
        Shared.Model.Save(Transformer, schema, stream);
    }

    public static MulticlassModel Load(string path)
    {
        using var stream = File.OpenRead(path);
        // A context of its own: the three models are loaded in parallel.
        var transformer = new MLContext(seed: 1).Model.Load(stream, out var schema);
        var length = ((VectorDataViewType)schema[nameof(FeatureRow.Features)].Type).Size;
        return new MulticlassModel(transformer, length, SlotNames(transformer.GetOutputSchema(schema)));
    }

    private static string[] SlotNames(DataViewSchema schema)
    {
        var names = default(VBuffer<ReadOnlyMemory<char>>);
        schema["Score"].GetSlotNames(ref names);
        return names.DenseValues().Select(m => m.ToString()).ToArray();
    }
}
