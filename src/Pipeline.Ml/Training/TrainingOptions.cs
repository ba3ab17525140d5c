namespace Pipeline.Ml.Training;

/// <summary>
/// Everything that decides a training run. Fixed defaults make `pipeline train` reproducible: the same
/// annotations and options give the same models.
/// </summary>
/// <param name="Seed">Seed of the ML context and of the noise generator.</param>
/// <param name="NoisyCopies">Seeded noised copies of every annotated document added to the line-role training set.</param>
/// <param name="Iterations">SDCA passes.</param>
/// <param name="CombineThreshold">Model probability over which rules + model takes the model's role on a non-anchor line.</param>
/// <param name="DefaultRoleThreshold">Model probability over which rules + model takes the model's role on a line the rules only defaulted.</param>
public sealed record TrainingOptions(int Seed = 1, int NoisyCopies = 2, int Iterations = 40, double CombineThreshold = 0.85, double DefaultRoleThreshold = 0.35)
{
    public static readonly TrainingOptions Default = new();
}
