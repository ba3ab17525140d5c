namespace Pipeline.Sources;

/// <summary>How the text of a page was obtained; it decides how far the text can be trusted.</summary>
public enum LineOrigin
{
    /// <summary>Typed text: plain text, markdown, Word.</summary>
    Text,
    /// <summary>The text layer of a born-digital PDF.</summary>
    TextLayer,
    /// <summary>Recognised from an image.</summary>
    Ocr,
}
