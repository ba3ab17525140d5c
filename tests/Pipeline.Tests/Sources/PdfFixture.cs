using System.Text;

namespace Pipeline.Tests.Sources;

/// <summary>Hand-written PDFs for failure cases the corpus does not have.</summary>
internal static class PdfFixture
{
    /// <summary>
    /// A one-page PDF whose standard security handler needs a user password: the /U entry does not
    /// match the empty password, as in a document locked for opening.
    /// </summary>
    public static byte[] PasswordProtected()
    {
        var text = new StringBuilder("%PDF-1.4\n");
        var offsets = new List<int>();
        void Object(string body)
        {
            offsets.Add(text.Length);
            text.Append(System.Globalization.CultureInfo.InvariantCulture, $"{offsets.Count} 0 obj\n{body}\nendobj\n");
        }

        Object("<< /Type /Catalog /Pages 2 0 R >>");
        Object("<< /Type /Pages /Kids [3 0 R] /Count 1 >>");
        Object("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>");
        var key = new string('A', 64);
        Object($"<< /Filter /Standard /V 1 /R 2 /O <{key}> /U <{key}> /P -4 >>");
        var xref = text.Length;
        text.Append(System.Globalization.CultureInfo.InvariantCulture, $"xref\n0 {offsets.Count + 1}\n0000000000 65535 f \n");
        foreach (var offset in offsets) text.Append(System.Globalization.CultureInfo.InvariantCulture, $"{offset:D10} 00000 n \n");
        const string id = "<0123456789ABCDEF0123456789ABCDEF>";
        text.Append(System.Globalization.CultureInfo.InvariantCulture, $"trailer\n<< /Size {offsets.Count + 1} /Root 1 0 R /Encrypt 4 0 R /ID [{id} {id}] >>\nstartxref\n{xref}\n%%EOF\n");
        return Encoding.ASCII.GetBytes(text.ToString());
    }
}
