using DocumentFormat.OpenXml.Wordprocessing;

namespace Pipeline.Sources.Word;

/// <summary>
/// What the paragraph and character styles say about boldness and list numbering, following each
/// style's basedOn chain. Notices often make headings bold and numbered through a style only.
/// </summary>
internal sealed class WordStyles
{
    private readonly Dictionary<string, Style> _styles = new(StringComparer.Ordinal);
    private readonly bool _defaultBold;
    private readonly string? _defaultParagraphStyle;

    public WordStyles(Styles? styles)
    {
        if (styles is null) return;
        foreach (var style in styles.Elements<Style>())
            if (style.StyleId?.Value is { } id) _styles[id] = style;
        _defaultBold = IsOn(styles.DocDefaults?.RunPropertiesDefault?.RunPropertiesBaseStyle?.Bold);
        _defaultParagraphStyle = styles.Elements<Style>()
            .FirstOrDefault(s => s.Type?.Value == StyleValues.Paragraph && s.Default?.Value == true)?.StyleId?.Value;
    }

    /// <summary>Bold as set by a style chain (character style first, then paragraph style, then defaults).</summary>
    public bool StyleBold(string? paragraphStyle, string? characterStyle)
    {
        if (ChainValue(characterStyle, s => s.StyleRunProperties?.Bold) is { } c) return IsOn(c);
        if (ChainValue(paragraphStyle ?? _defaultParagraphStyle, s => s.StyleRunProperties?.Bold) is { } p) return IsOn(p);
        return _defaultBold;
    }

    /// <summary>The list a paragraph style puts its paragraphs in: (numId, level), or null.</summary>
    public (int NumId, int Level)? StyleNumbering(string? paragraphStyle)
    {
        // numId and ilvl may come from different styles of the chain (a child style often sets only ilvl).
        var numId = ChainValue(paragraphStyle ?? _defaultParagraphStyle,
            s => s.StyleParagraphProperties?.NumberingProperties?.NumberingId)?.Val?.Value;
        if (numId is null) return null;
        var level = ChainValue(paragraphStyle ?? _defaultParagraphStyle,
            s => s.StyleParagraphProperties?.NumberingProperties?.NumberingLevelReference)?.Val?.Value ?? 0;
        return (numId.Value, level);
    }

    private T? ChainValue<T>(string? styleId, Func<Style, T?> pick) where T : class
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        while (styleId is not null && seen.Add(styleId) && _styles.TryGetValue(styleId, out var style))
        {
            if (pick(style) is { } value) return value;
            styleId = style.BasedOn?.Val?.Value;
        }
        return null;
    }

    /// <summary>An on/off property: present means on unless its value says false, 0 or off.</summary>
    public static bool IsOn(OnOffType? property) =>
        property is not null && (property.Val is null || property.Val.Value);
}
