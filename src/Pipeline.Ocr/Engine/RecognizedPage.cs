using Pipeline.Sources;

namespace Pipeline.Ocr.Engine;

/// <summary>A page as the pipeline sees it, with the engine's raw result and what the reader noticed.</summary>
public sealed record RecognizedPage(Page Page, OcrPageResult? Raw, IReadOnlyList<string> Warnings);
