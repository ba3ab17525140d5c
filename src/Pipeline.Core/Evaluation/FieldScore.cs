namespace Pipeline.Evaluation;

/// <summary>Counts for one measure: how many compared, how many right strictly and leniently.</summary>
public sealed class FieldScore(string name)
{
    public string Name { get; } = name;
    public int Total { get; private set; }
    public int StrictHits { get; private set; }
    public int LenientHits { get; private set; }

    public void Add(bool strict, bool lenient)
    {
        Total++;
        if (strict) StrictHits++;
        if (lenient || strict) LenientHits++;
    }

    public double Strict => Total == 0 ? 1 : (double)StrictHits / Total;
    public double Lenient => Total == 0 ? 1 : (double)LenientHits / Total;
}

/// <summary>Precision, recall and F1 from matched counts.</summary>
public sealed class F1Score(string name)
{
    public string Name { get; } = name;
    public int Matched { get; set; }
    public int Predicted { get; set; }
    public int Expected { get; set; }
    public double Precision => Predicted == 0 ? (Expected == 0 ? 1 : 0) : (double)Matched / Predicted;
    public double Recall => Expected == 0 ? (Predicted == 0 ? 1 : 0) : (double)Matched / Expected;
    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);
}
