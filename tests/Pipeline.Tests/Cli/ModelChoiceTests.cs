using System.Text.Json.Nodes;
using Pipeline.Cli.Commands;
using Pipeline.Tests.Support;

namespace Pipeline.Tests.Cli;

/// <summary>
/// The models shipped beside the binaries decide the task stage and the body's line roles unless told otherwise
/// (docs/models.md says why): the record names them, the workers get the same choice, and `--rules-only` or
/// `--model-stages tasks|all` change it.
/// </summary>
public sealed class ModelChoiceTests
{
    private static readonly string Notice = Repo.Path("corpus", "text", "03_TB-1894-TB-SCT_LaoCai_ketqua_kiemtra.txt");

    private static JsonNode Extractor(params string[] options)
    {
        var r = CliRun.Run(["extract", Notice, "--stdout", .. options]);
        Assert.True(r.Code == ExitCodes.Ok, r.Err);
        return JsonNode.Parse(r.Out.Trim())!["extractor"]!;
    }

    [Fact]
    public void By_default_the_shipped_models_decide_tasks_and_the_body_line_roles()
    {
        Assert.True(File.Exists(Path.Combine(ModelChoice.ShippedDir, "manifest.json")), "the build copies models/ beside the binaries");
        var extractor = Extractor();
        Assert.Equal("rules+body-model", extractor["lineRoles"]!.GetValue<string>());
        var manifest = JsonNode.Parse(File.ReadAllText(Repo.Path("models", "manifest.json")))!;
        Assert.Equal(manifest["dataHash"]!.GetValue<string>(), extractor["models"]!["dataHash"]!.GetValue<string>());
    }

    [Fact]
    public void Rules_only_uses_no_model_and_the_stages_choose_who_reads_line_roles()
    {
        Assert.Null(Extractor("--rules-only")["models"]);
        Assert.Equal("rules", Extractor("--model-stages", "tasks")["lineRoles"]!.GetValue<string>());
        Assert.Equal("rules+model", Extractor("--model-stages", "all")["lineRoles"]!.GetValue<string>());
    }

    [Fact]
    public void Workers_get_the_parents_choice()
    {
        Assert.Equal(["--rules-only"], ModelChoice.RulesOnly.WorkerArguments());
        var choice = new ModelChoice("models", ModelStages.Body);
        Assert.Equal(["--models", Path.GetFullPath("models"), "--model-stages", "body"], choice.WorkerArguments());
    }

    [Fact]
    public void Rules_only_and_a_models_folder_together_are_a_usage_error()
    {
        var r = CliRun.Run("extract", Notice, "--stdout", "--rules-only", "--models", Repo.Path("models"));
        Assert.Equal(ExitCodes.Usage, r.Code);
        Assert.Contains("--rules-only and --models cannot be used together", r.Err);
    }
}
