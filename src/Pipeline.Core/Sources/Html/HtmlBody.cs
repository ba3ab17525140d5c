using AngleSharp.Dom;

namespace Pipeline.Sources.Html;

/// <summary>
/// Finds the element that holds the document in a portal page. Portals mark it (vbpl.vn:
/// <c>data-vbpl-content-root</c>; thuvienphapluat and the Công báo use content ids); otherwise the element whose
/// own paragraphs and tables carry the most text wins, which skips menus and lists of links (their text is in
/// anchors).
/// </summary>
public static class HtmlBody
{
    private static readonly string[] KnownContainers =
    [
        "[data-vbpl-content-root]", "#toanvancontent", ".toanvancontent", ".content1", "#divContentDoc",
        ".fulltext", "#fulltext", ".vbContent", "article .content", "main article",
    ];

    public static IElement? Find(IDocument document)
    {
        foreach (var selector in KnownContainers)
            if (document.QuerySelector(selector) is { } marked && HasText(marked)) return marked;
        var body = document.Body;
        if (body is null) return null;
        IElement? best = null;
        var bestScore = 0;
        foreach (var element in body.QuerySelectorAll("div, section, article, main, td, body").Prepend(body))
        {
            var score = OwnText(element);
            if (score > bestScore) { best = element; bestScore = score; }
        }
        return bestScore > 0 ? best : null;
    }

    private static bool HasText(IElement e) => e.TextContent.Trim().Length > 0;

    /// <summary>Text in the element's direct paragraphs and tables, not counting link text.</summary>
    private static int OwnText(IElement element)
    {
        var total = 0;
        foreach (var child in element.Children)
        {
            if (child.LocalName is not ("p" or "table" or "h1" or "h2" or "h3" or "h4" or "ul" or "ol" or "blockquote" or "div")) continue;
            if (child.LocalName == "div" && child.Children.Any(c => c.LocalName is "div" or "table" or "p")) continue;
            var text = child.TextContent.Length;
            var links = child.QuerySelectorAll("a").Sum(a => a.TextContent.Length);
            total += Math.Max(0, text - links * 2);
        }
        return total;
    }
}
