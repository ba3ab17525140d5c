namespace Pipeline.Ml.Noise;

/// <summary>
/// How much damage a noised copy gets. <see cref="Default"/> is the setting used for training copies and for the
/// "noisy text" slice of the ablation: 8 % of letters damaged, 5 % of long lines broken in two, and (source
/// level only) 50 % of left/right header pairs merged into one line as a reader without column detection gives.
/// </summary>
public sealed record NoiseSettings(double LetterRate, double BreakRate, double MergeRate)
{
    public static readonly NoiseSettings Default = new(0.08, 0.05, 0.5);
}
