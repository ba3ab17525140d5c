using Pipeline.Tests.Support;

namespace Pipeline.Tests.Rules;

/// <summary>
/// Families of items that are not tasks, or of task text, found on the development set's misses (issue 10), each on
/// real lines from a development document.
/// </summary>
public class TaskFamilyTests
{
    /// <summary>
    /// The adoption clause of a resolution ("Nghị quyết này được Ủy ban Thường vụ Quốc hội … thông qua ngày …") is the
    /// closing formula, not a continuation of the last item. Lines from corpus/markdown/NQ-1657-NQ-UBTVQH15-sapxep-xa-CaoBang.md (dev).
    /// </summary>
    [Fact]
    public void The_adoption_clause_of_a_resolution_is_not_part_of_the_last_item()
    {
        var tasks = Extract.File("markdown", "NQ-1657-NQ-UBTVQH15-sapxep-xa-CaoBang.md").Tasks;

        var last = Assert.Single(tasks, t => t.Ordinal == "3.3");
        Assert.EndsWith("giám sát việc thực hiện Nghị quyết này.", last.Text, StringComparison.Ordinal);
        Assert.DoesNotContain(tasks, t => t.Text.Contains("thông qua ngày", StringComparison.Ordinal));
    }
}
