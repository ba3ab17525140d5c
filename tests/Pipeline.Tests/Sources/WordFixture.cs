using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using Pipeline.Sources;

namespace Pipeline.Tests.Sources;

/// <summary>Builds small .docx packages from WordprocessingML snippets, for cases the corpus lacks.</summary>
internal static class WordFixture
{
    private const string W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

    public static SourceFile Build(string bodyXml, string? numberingXml = null, string? stylesXml = null, string? footnotesXml = null)
    {
        using var buffer = new MemoryStream();
        using (var document = WordprocessingDocument.Create(buffer, WordprocessingDocumentType.Document))
        {
            var main = document.AddMainDocumentPart();
            Feed(main, $"<w:document xmlns:w=\"{W}\"><w:body>{bodyXml}</w:body></w:document>");
            if (numberingXml is not null) Feed(main.AddNewPart<NumberingDefinitionsPart>(), $"<w:numbering xmlns:w=\"{W}\">{numberingXml}</w:numbering>");
            if (stylesXml is not null) Feed(main.AddNewPart<StyleDefinitionsPart>(), $"<w:styles xmlns:w=\"{W}\">{stylesXml}</w:styles>");
            if (footnotesXml is not null) Feed(main.AddNewPart<FootnotesPart>(), $"<w:footnotes xmlns:w=\"{W}\">{footnotesXml}</w:footnotes>");
        }
        return new SourceFile("fixture.docx", buffer.ToArray());
    }

    public static string P(string text, int? numId = null, int level = 0, string? style = null, bool bold = false)
    {
        var properties = new StringBuilder();
        if (style is not null) properties.Append(System.Globalization.CultureInfo.InvariantCulture, $"<w:pStyle w:val=\"{style}\"/>");
        if (numId is not null) properties.Append(System.Globalization.CultureInfo.InvariantCulture, $"<w:numPr><w:ilvl w:val=\"{level}\"/><w:numId w:val=\"{numId}\"/></w:numPr>");
        var run = bold ? "<w:rPr><w:b/></w:rPr>" : "";
        return $"<w:p><w:pPr>{properties}</w:pPr><w:r>{run}<w:t xml:space=\"preserve\">{text}</w:t></w:r></w:p>";
    }

    public static string Level(int level, string format, string text, int start = 1, int? restart = null) =>
        $"<w:lvl w:ilvl=\"{level}\"><w:start w:val=\"{start}\"/><w:numFmt w:val=\"{format}\"/>" +
        (restart is null ? "" : $"<w:lvlRestart w:val=\"{restart}\"/>") +
        $"<w:lvlText w:val=\"{text}\"/></w:lvl>";

    public static string Abstract(int id, params string[] levels) =>
        $"<w:abstractNum w:abstractNumId=\"{id}\">{string.Concat(levels)}</w:abstractNum>";

    public static string Num(int numId, int abstractId, string overrides = "") =>
        $"<w:num w:numId=\"{numId}\"><w:abstractNumId w:val=\"{abstractId}\"/>{overrides}</w:num>";

    private static void Feed(OpenXmlPart part, string xml)
    {
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(xml));
        part.FeedData(stream);
    }
}
