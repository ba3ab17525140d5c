namespace Pipeline.Tasks;

/// <summary>What a unit does in a task: chủ trì (lead) or phối hợp (support).</summary>
public enum UnitRole { Lead, Support }

/// <summary>A responsible unit named in a task.</summary>
public sealed record TaskUnit(string Name, UnitRole Role);
