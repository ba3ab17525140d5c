namespace Pipeline.Tasks;

/// <summary>Where a candidate unit was found.</summary>
public enum UnitSource { Text, Heading, Preamble }

/// <summary>
/// What a named body is for a task: chủ trì (lead), phối hợp (support), the addressee the item inherits from its
/// heading or the preamble (a lead), or a body only mentioned (directed, cited, the object of the action).
/// </summary>
public enum UnitMentionRole { Lead, Support, Addressee, MentionedOnly }

/// <summary>
/// A body named in or above a task, with the role the rules gave it (<see cref="UnitMentionRole.MentionedOnly"/>
/// when the rules did not take it).
/// </summary>
/// <param name="Name">The name as printed.</param>
/// <param name="ItemText">The task's text.</param>
/// <param name="Offset">Where the name starts in the item text; -1 for an inherited name.</param>
/// <param name="Source">Item text, heading or preamble.</param>
/// <param name="RuleRole">The rules' decision.</param>
public sealed record UnitCandidate(string Name, string ItemText, int Offset, UnitSource Source, UnitMentionRole RuleRole);
