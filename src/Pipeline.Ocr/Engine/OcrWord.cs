namespace Pipeline.Ocr.Engine;

/// <summary>A recognised word in image pixels, with Tesseract's confidence in [0,100].</summary>
/// <param name="Line">Index of the text line Tesseract put the word in (0-based, page-wide).</param>
public readonly record struct OcrWord(string Text, int Left, int Top, int Right, int Bottom, float Confidence, int Line);

/// <summary>What one engine produced for one image.</summary>
/// <param name="Words">Words in Tesseract's reading order.</param>
/// <param name="Width">Width of the recognised image in pixels (for normalising boxes).</param>
/// <param name="Height">Height of the recognised image in pixels.</param>
/// <param name="MeanConfidence">Tesseract's mean word confidence in [0,100].</param>
/// <param name="Text">Tesseract's own plain-text rendering of the page (kept for comparison and diagnostics).</param>
public sealed record OcrPageResult(IReadOnlyList<OcrWord> Words, int Width, int Height, int MeanConfidence, string Text);
