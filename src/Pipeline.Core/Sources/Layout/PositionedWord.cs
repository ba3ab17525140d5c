namespace Pipeline.Sources.Layout;

/// <summary>A word with its normalised box, as a PDF text layer or an OCR engine gives it.</summary>
public sealed record PositionedWord(string Text, Box Box, double? Confidence = null, bool Bold = false);
