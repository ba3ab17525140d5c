using Pipeline.Roles;

namespace Pipeline.Tasks;

/// <summary>Whether an item asks for work (nhiệm vụ) or fixes a target (chỉ tiêu).</summary>
public enum TaskKind { Task, Target }

/// <summary>The output of the task stage: one leaf directive item.</summary>
public sealed record ExtractedTask(
    string Ordinal,
    string? Heading,
    string Text,
    IReadOnlyList<TaskUnit> Units,
    Deadline? Deadline,
    TaskKind Kind,
    int Page,
    double Confidence)
{
    /// <summary>The lines the item was read from (provenance); the rules never read them.</summary>
    public IReadOnlyList<RoledLine> Lines { get; init; } = [];
}
