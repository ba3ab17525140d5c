namespace Pipeline.Lines;

/// <summary>A footnote paragraph lifted out of the body (chú thích), with its marker number.</summary>
public sealed record Footnote(int Number, string Text, int Page);
