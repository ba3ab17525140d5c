using System.Collections.Immutable;
using System.IO.Compression;
using DocumentFormat.OpenXml.Packaging;

namespace Pipeline.Sources.Word;

/// <summary>
/// Reads a Word document (.docx): body paragraphs and tables in reading order, one line per paragraph
/// (soft line breaks split it), automatic list labels rendered as printed, header and foot layout tables
/// as Left then Right blocks, pages at page breaks, footnotes appended as "[n] text" lines.
/// Page headers and footers are page furniture and are not read.
/// </summary>
public sealed class DocxReader : ISourceReader
{
    public const string DocxMediaType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    public bool CanRead(SourceFile file)
    {
        var isZip = file.Bytes.Length >= 2 && file.Bytes[0] == (byte)'P' && file.Bytes[1] == (byte)'K';
        if (file.Extension == ".docx") return true;
        return isZip && HasWordPart(file.Bytes);
    }

    public SourceDocument Read(SourceFile file, CancellationToken cancellationToken = default)
    {
        if (file.Bytes.Length < 2 || file.Bytes[0] != (byte)'P' || file.Bytes[1] != (byte)'K')
            throw Corrupt("not a Word document: the file is not a ZIP package");
        try
        {
            PackageSizeGuard.Check(file.Bytes);
            using var stream = new MemoryStream(file.Bytes, writable: false);
            using var document = WordprocessingDocument.Open(stream, isEditable: false);
            var main = document.MainDocumentPart;
            var body = main?.Document?.Body ?? throw Corrupt("not a Word document: the package has no word/document.xml body");

            var styles = new WordStyles(main!.StyleDefinitionsPart?.Styles);
            var numbering = new ListNumbering(main.NumberingDefinitionsPart?.Numbering);
            var pages = new PageLines();
            cancellationToken.ThrowIfCancellationRequested();
            new DocxBodyWalker(styles, numbering, pages).Walk(body);

            var footnotes = WordFootnotes.Read(main, styles);
            if (footnotes.Count > 0)
            {
                pages.Add("", Column.Full, false);
                foreach (var note in footnotes) pages.Add(note, Column.Full, false);
            }

            var result = pages.ToPages();
            if (!result.SelectMany(p => p.Lines).Any(l => l.Text.Length > 0))
                throw new SourceException("the Word document has no text") { Code = "empty" };
            return new SourceDocument(file, DocxMediaType, result, []);
        }
        catch (SourceException) { throw; }
        catch (OperationCanceledException) { throw; }
        catch (Exception e) when (e is InvalidDataException or OpenXmlPackageException or IOException
            or System.Xml.XmlException or FileFormatException or InvalidOperationException or ArgumentException
            or NotSupportedException)
        {
            throw Corrupt($"the Word document is damaged: {e.Message.Split('\n')[0].Trim()}", e);
        }
    }

    private static bool HasWordPart(byte[] bytes)
    {
        try
        {
            using var zip = new ZipArchive(new MemoryStream(bytes, writable: false), ZipArchiveMode.Read);
            return zip.GetEntry("word/document.xml") is not null;
        }
        catch (InvalidDataException)
        {
            return false;
        }
    }

    private static SourceException Corrupt(string reason, Exception? inner = null) => new(reason, inner) { Code = "corrupt" };
}
