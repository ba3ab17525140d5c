using System.Text.RegularExpressions;
using Pipeline.Tests.Support;

namespace Pipeline.Tests.Composition;

/// <summary>
/// The data flows one way: source → pages and lines → line roles → fields → tasks → records. A stage's code names
/// only the stages before it (and the shared text, vocabulary and value types), never one after it.
/// </summary>
public partial class StageDirectionTests
{
    // In flow order; Text, Vocabulary and Values are shared by every stage.
    private static readonly string[] Flow = ["Sources", "Lines", "Roles", "Fields", "Tasks", "Records"];
    private static readonly string[] Shared = ["Text", "Vocabulary", "Values"];

    [Fact]
    public void No_stage_names_a_later_stage()
    {
        var core = Repo.Path("src", "Pipeline.Core");
        var offences = new List<string>();
        foreach (var folder in Flow.Concat(Shared))
        {
            var allowed = Shared.Contains(folder) ? Shared : Shared.Concat(Flow.Take(Array.IndexOf(Flow, folder) + 1)).ToArray();
            foreach (var file in Directory.GetFiles(Path.Combine(core, folder), "*.cs", SearchOption.AllDirectories))
            {
                foreach (Match m in StageName().Matches(File.ReadAllText(file)))
                {
                    var named = m.Groups[1].Value;
                    if ((Flow.Contains(named) || Shared.Contains(named)) && !allowed.Contains(named))
                        offences.Add($"{Path.GetRelativePath(core, file)} names Pipeline.{named}");
                }
            }
        }
        Assert.Empty(offences.Distinct());
    }

    [GeneratedRegex(@"\bPipeline\.([A-Z][A-Za-z]+)\b")] private static partial Regex StageName();
}
