using Pipeline.Values;

namespace Pipeline.Tasks;

/// <summary>Thời hạn: the phrase as printed and the date it fixes (null for recurring deadlines).</summary>
public sealed record Deadline(PartialDate? Date, string Text);
