using System.CommandLine;

namespace Pipeline.Cli.Commands;

/// <summary>
/// Which learned models an extraction uses: the models shipped beside the binaries (models/, from the repository's
/// models folder) deciding the task stage is the default, because that is what measured best on the frozen test split
/// (docs/models.md); `--models DIR` takes another folder, `--model-stages all` adds the line-role model, `--rules-only`
/// uses none. Worker processes get the same choice as their parent.
/// </summary>
public sealed record ModelChoice(string? Dir, ModelStages Stages)
{
    public static readonly ModelChoice RulesOnly = new(null, ModelStages.Tasks);

    /// <summary>models/ beside the binaries (pipeline.dll), where the build copies the repository's trained models.</summary>
    public static string ShippedDir => Path.Combine(AppContext.BaseDirectory, "models");

    /// <summary>The shipped models deciding the task stage, or the rules alone when a build carries no models.</summary>
    public static ModelChoice Default => Pipeline.Ml.Training.ModelStore.Exists(ShippedDir) ? new(ShippedDir, ModelStages.Tasks) : RulesOnly;

    /// <summary>The same choice on a worker's command line.</summary>
    public IReadOnlyList<string> WorkerArguments() => Dir is null
        ? ["--rules-only"]
        : ["--models", Path.GetFullPath(Dir), "--model-stages", Stages.ToString().ToLowerInvariant()];
}

/// <summary>Which stages the learned models decide: all three, or only the task stage (the rules' line roles kept).</summary>
public enum ModelStages
{
    Tasks,
    All,
}

/// <summary>`--models DIR`, `--model-stages tasks|all` and `--rules-only`, shared by extract, ingest, eval and worker.</summary>
public sealed class ModelOptions
{
    private readonly Option<string?> _models;
    private readonly Option<ModelStages> _stages = new("--model-stages")
    {
        Description = "Which stages the models decide: tasks (directive items and unit roles; the rules read line roles) or all (the line-role model too)",
        DefaultValueFactory = _ => ModelStages.Tasks,
    };
    private readonly Option<bool> _rulesOnly = new("--rules-only") { Description = "Use no learned model: the rules alone" };

    public ModelOptions(IReadOnlyList<string> args) =>
        _models = PathArguments.Option("--models", "Folder of trained models (default: the models shipped with pipeline)", args);

    public void AddTo(Command command)
    {
        command.Options.Add(_models);
        command.Options.Add(_stages);
        command.Options.Add(_rulesOnly);
        command.Validators.Add(r =>
        {
            if (r.GetValue(_rulesOnly) && r.GetValue(_models) is not null) r.AddError("--rules-only and --models cannot be used together");
        });
    }

    public ModelChoice Read(ParseResult r)
    {
        if (r.GetValue(_rulesOnly)) return ModelChoice.RulesOnly;
        var stages = r.GetValue(_stages);
        if (r.GetValue(_models) is { } dir) return new(dir, stages);
        var shipped = ModelChoice.Default;
        return shipped.Dir is null ? shipped : shipped with { Stages = stages };
    }
}
