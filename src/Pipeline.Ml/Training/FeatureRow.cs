using Microsoft.ML;
using Microsoft.ML.Data;

namespace Pipeline.Ml.Training;

/// <summary>One example as ML.NET sees it: a string label and a sparse feature vector of fixed length.</summary>
public sealed class FeatureRow
{
    public string Label { get; set; } = "";
    public VBuffer<float> Features { get; set; }

    /// <summary>The schema with the vector's length, which is only known at run time (one per model kind).</summary>
    public static SchemaDefinition Schema(int length)
    {
        var schema = SchemaDefinition.Create(typeof(FeatureRow));
        schema[nameof(Features)].ColumnType = new VectorDataViewType(NumberDataViewType.Single, length);
        return schema;
    }
}
