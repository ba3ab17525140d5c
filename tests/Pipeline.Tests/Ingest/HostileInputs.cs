using System.Buffers.Binary;
using System.IO.Compression;
using System.Text;
using Pipeline.Tests.Sources;
using Pipeline.Tests.Support;

namespace Pipeline.Tests.Ingest;

/// <summary>Broken and hostile inputs, generated in a temp folder (none is committed: some expand to hundreds of MB).</summary>
internal static class HostileInputs
{
    /// <summary>A PNG whose header claims 20000×20000 pixels (1.6 GB decoded as RGBA); the data is a stub.</summary>
    public static byte[] HugePng()
    {
        var png = new byte[8 + 25 + 12];
        new byte[] { 0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A }.CopyTo(png, 0);
        BinaryPrimitives.WriteUInt32BigEndian(png.AsSpan(8), 13);
        "IHDR"u8.CopyTo(png.AsSpan(12));
        BinaryPrimitives.WriteUInt32BigEndian(png.AsSpan(16), 20000);
        BinaryPrimitives.WriteUInt32BigEndian(png.AsSpan(20), 20000);
        png[24] = 8; // bit depth
        png[25] = 6; // RGBA
        BinaryPrimitives.WriteUInt32BigEndian(png.AsSpan(33), 0);
        "IEND"u8.CopyTo(png.AsSpan(37));
        return png;
    }

    /// <summary>A one-page PDF whose content stream is ~300 KB of deflate that expands to 300 MB of zeros.</summary>
    public static byte[] PdfBomb(bool ascii85 = false)
    {
        var compressed = new MemoryStream();
        using (var zlib = new ZLibStream(compressed, CompressionLevel.SmallestSize, leaveOpen: true))
        {
            var zeros = new byte[1 << 20];
            for (var i = 0; i < 300; i++) zlib.Write(zeros);
        }
        var head = new StringBuilder("%PDF-1.4\n");
        var offsets = new List<int>();
        var body = new MemoryStream();
        void Ascii(string s) => body.Write(Encoding.ASCII.GetBytes(s));
        Ascii("%PDF-1.4\n");
        void Object(string text)
        {
            offsets.Add((int)body.Length);
            Ascii($"{offsets.Count} 0 obj\n{text}\nendobj\n");
        }
        Object("<< /Type /Catalog /Pages 2 0 R >>");
        Object("<< /Type /Pages /Kids [3 0 R] /Count 1 >>");
        Object("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R >>");
        offsets.Add((int)body.Length);
        var data = ascii85 ? Ascii85(compressed.ToArray()) : compressed.ToArray();
        var filter = ascii85 ? "[ /ASCII85Decode /FlateDecode ]" : "/FlateDecode";
        Ascii($"4 0 obj\n<< /Length {data.Length} /Filter {filter} >>\nstream\n");
        body.Write(data);
        Ascii("\nendstream\nendobj\n");
        var xref = body.Length;
        Ascii($"xref\n0 {offsets.Count + 1}\n0000000000 65535 f \n");
        foreach (var offset in offsets) Ascii($"{offset:D10} 00000 n \n");
        Ascii($"trailer\n<< /Size {offsets.Count + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n");
        return body.ToArray();
    }

    /// <summary>ASCII base-85 with the "~>" end marker, as PDF writers emit it.</summary>
    public static byte[] Ascii85(byte[] data)
    {
        var text = new StringBuilder();
        for (var i = 0; i < data.Length; i += 4)
        {
            var n = Math.Min(4, data.Length - i);
            uint value = 0;
            for (var k = 0; k < 4; k++) value = value << 8 | (k < n ? data[i + k] : (byte)0);
            if (value == 0 && n == 4) { text.Append('z'); continue; }
            var digits = new char[5];
            for (var k = 4; k >= 0; k--) { digits[k] = (char)('!' + value % 85); value /= 85; }
            text.Append(digits, 0, n + 1);
            if (text.Length % 80 < 5) text.Append('\n');
        }
        return Encoding.ASCII.GetBytes(text.Append("~>").ToString());
    }

    /// <summary>A .docx (a ZIP) whose word/document.xml expands to 200 MB from a few hundred KB.</summary>
    public static byte[] DocxBomb()
    {
        var zip = new MemoryStream();
        using (var archive = new ZipArchive(zip, ZipArchiveMode.Create, leaveOpen: true))
        {
            using (var types = new StreamWriter(archive.CreateEntry("[Content_Types].xml").Open()))
                types.Write("""<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/></Types>""");
            using var document = archive.CreateEntry("word/document.xml", CompressionLevel.SmallestSize).Open();
            document.Write("""<?xml version="1.0"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>"""u8);
            var spaces = new byte[1 << 20];
            Array.Fill(spaces, (byte)' ');
            for (var i = 0; i < 200; i++) document.Write(spaces);
            document.Write("</w:t></w:r></w:p></w:body></w:document>"u8);
        }
        return zip.ToArray();
    }

    /// <summary>A PDF in the common PDF-writer layout from its objects (1 0 obj is the catalog), with a correct xref table.</summary>
    public static byte[] Pdf(params string[] objects)
    {
        var body = new StringBuilder("%PDF-1.4\n");
        var offsets = new List<int>();
        for (var i = 0; i < objects.Length; i++)
        {
            offsets.Add(body.Length);
            body.Append(System.Globalization.CultureInfo.InvariantCulture, $"{i + 1} 0 obj\n{objects[i]}\nendobj\n");
        }
        var xref = body.Length;
        body.Append(System.Globalization.CultureInfo.InvariantCulture, $"xref\n0 {objects.Length + 1}\n0000000000 65535 f \n");
        foreach (var offset in offsets) body.Append(System.Globalization.CultureInfo.InvariantCulture, $"{offset:D10} 00000 n \n");
        body.Append(System.Globalization.CultureInfo.InvariantCulture, $"trailer\n<< /Size {objects.Length + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n");
        return Encoding.ASCII.GetBytes(body.ToString());
    }

    /// <summary>
    /// ~300 bytes: the page's /Contents is object 4, and object 4 is "4 0 R" — itself. PdfPig resolves it
    /// recursively until the stack overflows, which no catch can stop: only a separate process contains it.
    /// </summary>
    public static byte[] CircularReferencePdf() => Pdf(
        "<< /Type /Catalog /Pages 2 0 R >>",
        "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R >>",
        "4 0 R");

    /// <summary>A .docx whose automatic list starts at <paramref name="start"/>, lettered (a, b … aa …), over <paramref name="items"/> items.</summary>
    public static byte[] DocxListStartingAt(int start, int items = 3)
    {
        const string W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
        var paragraphs = string.Concat(Enumerable.Range(0, items).Select(i =>
            $"<w:p><w:pPr><w:numPr><w:ilvl w:val=\"0\"/><w:numId w:val=\"1\"/></w:numPr></w:pPr><w:r><w:t>Nhiệm vụ {i + 1}</w:t></w:r></w:p>"));
        return Zip(new()
        {
            ["[Content_Types].xml"] = """<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/><Override PartName="/word/numbering.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml"/></Types>""",
            ["_rels/.rels"] = """<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>""",
            ["word/_rels/document.xml.rels"] = """<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering" Target="numbering.xml"/></Relationships>""",
            ["word/numbering.xml"] = $"""<?xml version="1.0" encoding="UTF-8"?><w:numbering xmlns:w="{W}"><w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:start w:val="{start}"/><w:numFmt w:val="lowerLetter"/><w:lvlText w:val="%1)"/></w:lvl></w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num></w:numbering>""",
            ["word/document.xml"] = $"""<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="{W}"><w:body><w:p><w:r><w:t>THÔNG BÁO</w:t></w:r></w:p>{paragraphs}</w:body></w:document>""",
        });
    }

    public static byte[] Zip(Dictionary<string, string> entries)
    {
        var zip = new MemoryStream();
        using (var archive = new ZipArchive(zip, ZipArchiveMode.Create, leaveOpen: true))
            foreach (var (name, text) in entries)
            {
                using var writer = new StreamWriter(archive.CreateEntry(name).Open(), new UTF8Encoding(false));
                writer.Write(text);
            }
        return zip.ToArray();
    }

    /// <summary>Runs a shell command (for what .NET cannot make: names that are not UTF-8, pipes); fails the test if it fails.</summary>
    public static void Shell(string script, params string[] args)
    {
        var start = new System.Diagnostics.ProcessStartInfo("/bin/sh") { RedirectStandardError = true, UseShellExecute = false };
        foreach (var a in (string[])["-c", script, "sh", .. args]) start.ArgumentList.Add(a);
        using var sh = System.Diagnostics.Process.Start(start)!;
        var error = sh.StandardError.ReadToEnd();
        sh.WaitForExit();
        Assert.True(sh.ExitCode == 0, $"sh -c '{script}' failed: {error}");
    }

    /// <summary>Two folders linking to each other (a/to-b → ../b, b/to-a → ../a): a walk that follows links never ends.</summary>
    public static void LinkLoop(string dir)
    {
        Directory.CreateDirectory(Path.Combine(dir, "a"));
        Directory.CreateDirectory(Path.Combine(dir, "b"));
        File.CreateSymbolicLink(Path.Combine(dir, "a", "to-b"), "../b");
        File.CreateSymbolicLink(Path.Combine(dir, "b", "to-a"), "../a");
    }

    /// <summary>A copy of <paramref name="source"/> under a name holding the bytes FF FE, which are not UTF-8.</summary>
    public static void NonUtf8Name(string dir, string source) => Shell("cp \"$1\" \"$2/$(printf 'bad-\\377\\376-name.txt')\"", source, dir);

    /// <summary>A little-endian TIFF of <paramref name="frames"/> 1×1 directories chained one after another (no pixel data: the count alone must stop it).</summary>
    public static byte[] TiffFrames(int frames)
    {
        var tiff = new MemoryStream();
        var w = new BinaryWriter(tiff);
        w.Write("II*\0"u8.ToArray());
        w.Write(8u);
        for (var i = 0; i < frames; i++)
        {
            var at = (uint)tiff.Length;
            w.Write((ushort)2);
            foreach (var tag in new ushort[] { 256, 257 }) { w.Write(tag); w.Write((ushort)3); w.Write(1u); w.Write(1u); }
            w.Write(i + 1 < frames ? at + 2 + 24 + 4 : 0u);
        }
        return tiff.ToArray();
    }

    /// <summary>A PDF whose page tree declares <paramref name="pages"/> pages (the kids are one page: the count is the lie).</summary>
    public static byte[] PdfDeclaringPages(int pages) => Pdf(
        "<< /Type /Catalog /Pages 2 0 R >>",
        $"<< /Type /Pages /Kids [3 0 R] /Count {pages} >>",
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>");

    /// <summary>
    /// The whole hostile collection: <see cref="WriteAll"/>'s content cases plus the ones the walk must catch (a pipe, a
    /// broken link, a link loop, a name that is not UTF-8) and the list, page and line limits. With
    /// <paramref name="crashers"/>, also what kills the process that reads it (only a worker process survives those).
    /// Returns the name each status lists (last path segment) → expected code (null: ok).
    /// </summary>
    public static Dictionary<string, string?> WriteEverything(string dir, bool crashers)
    {
        var cases = WriteAll(dir);
        void Put(string name, byte[] bytes, string? code)
        {
            File.WriteAllBytes(Path.Combine(dir, name), bytes);
            cases[name] = code;
        }
        void Text(string name, string text, string? code) => Put(name, Encoding.UTF8.GetBytes(text), code);
        if (crashers) Put("circular.pdf", CircularReferencePdf(), "crashed");
        Put("list-2000000000.docx", DocxListStartingAt(2_000_000_000), "too-large");
        Put("list-minus.docx", DocxListStartingAt(-2_000_000_000), "too-large");
        Put("frames-1000.tif", TiffFrames(1000), "too-many-pages");
        Put("count-100000.pdf", PdfDeclaringPages(100_000), "too-many-pages");
        Text("line-200k.txt", "THÔNG BÁO " + new string('x', 200_000), "too-large");
        Text("line-2mb.md", "# " + string.Concat(Enumerable.Repeat("Giao Sở Tài chính chủ trì ", 2 * 1024 * 1024 / 26)), "too-large");
        Text("blank.txt", "   \n\n\t\n", "empty");
        Put("nul.txt", [0x00, 0x01, 0x02, 0x00, 0xFF, 0xFE, 0x00, 0x80, 0x81], "invalid-encoding");
        Put("latin1.md", [0x23, 0x20, 0x54, 0x68, 0xF4, 0x6E, 0x67, 0x0A], "invalid-encoding");
        Put("header-only.pdf", Encoding.ASCII.GetBytes("%PDF-1.7\n"), "corrupt");
        Put("garbage.pdf", [.. Encoding.ASCII.GetBytes("%PDF-1.4\n"), .. Enumerable.Range(0, 4096).Select(i => (byte)(i * 7919 % 251))], "corrupt");
        Put("kids-loop.pdf", Pdf("<< /Type /Catalog /Pages 2 0 R >>", "<< /Type /Pages /Kids [2 0 R] /Count 1 >>"), "no-text-layer");
        Put("no-catalog.pdf", Pdf("<< /Type /Font >>"), "corrupt");
        Put("not-a-zip.docx", Encoding.ASCII.GetBytes("PK\u0003\u0004 this is not really a zip archive"), "corrupt");
        Put("empty-zip.docx", Zip([]), "corrupt");
        Put("text-as.docx", Encoding.UTF8.GetBytes("Đây là một tệp văn bản mang đuôi .docx"), "corrupt");
        var docx = DocxListStartingAt(1);
        Put("cut.docx", docx[..(docx.Length / 2)], "corrupt");
        Put("cut-header.tif", [0x49, 0x49, 0x2A, 0x00, 0x08], "corrupt-image");
        Put("tiff-outside.tif", [0x49, 0x49, 0x2A, 0x00, 0xFF, 0xFF, 0x00, 0x00], "corrupt-image");
        Put("huge.bmp", HugeBmp(), "image-too-large");
        Put("huge.jpg", HugeJpeg(), "image-too-large");
        var png = HugePng();
        png[19] = 0x21; // another width: another content than huge.png
        Put("png-named.bmp", png, "image-too-large");

        Shell("mkfifo \"$1/pipe.txt\"", dir);
        cases["pipe.txt"] = "unsupported";
        File.CreateSymbolicLink(Path.Combine(dir, "dangling.txt"), Path.Combine(dir, "no-such-file.txt"));
        cases["dangling.txt"] = "broken-link";
        File.CreateSymbolicLink(Path.Combine(dir, "self.pdf"), "self.pdf");
        cases["self.pdf"] = "broken-link";
        LinkLoop(Path.Combine(dir, "loop"));
        cases["to-a"] = "link-loop";
        NonUtf8Name(dir, Repo.Path("corpus", "seeds", "000_8eb51ea822ccb723.txt"));
        cases["bad-\\xFF\\xFE-name.txt"] = "invalid-name";
        return cases;
    }

    /// <summary>A BMP header claiming 30000×30000 pixels.</summary>
    public static byte[] HugeBmp()
    {
        var bmp = new byte[54];
        "BM"u8.CopyTo(bmp);
        BinaryPrimitives.WriteInt32LittleEndian(bmp.AsSpan(2), 54);
        BinaryPrimitives.WriteInt32LittleEndian(bmp.AsSpan(10), 54);
        BinaryPrimitives.WriteInt32LittleEndian(bmp.AsSpan(14), 40);
        BinaryPrimitives.WriteInt32LittleEndian(bmp.AsSpan(18), 30000);
        BinaryPrimitives.WriteInt32LittleEndian(bmp.AsSpan(22), 30000);
        BinaryPrimitives.WriteInt16LittleEndian(bmp.AsSpan(26), 1);
        BinaryPrimitives.WriteInt16LittleEndian(bmp.AsSpan(28), 24);
        return bmp;
    }

    /// <summary>A JPEG whose frame header (SOF0) claims 60000×60000 pixels.</summary>
    public static byte[] HugeJpeg() =>
    [
        0xFF, 0xD8, 0xFF, 0xC0, 0x00, 0x11, 0x08, 0xEA, 0x60, 0xEA, 0x60, 0x03,
        0x01, 0x22, 0x00, 0x02, 0x11, 0x01, 0x03, 0x11, 0x01, 0xFF, 0xD9,
    ];

    /// <summary>Writes every case into a folder, plus one good document; returns file name → expected error code (null: ok).</summary>
    public static Dictionary<string, string?> WriteAll(string dir)
    {
        var cases = new Dictionary<string, string?>();
        void Put(string name, byte[] bytes, string? code)
        {
            File.WriteAllBytes(Path.Combine(dir, name), bytes);
            cases[name] = code;
        }
        Put("good.txt", File.ReadAllBytes(Repo.Path("corpus", "seeds", "004_2f2804abc48cfa00.txt")), null);
        Put("zero.pdf", [], "empty");
        var realPdf = File.ReadAllBytes(Repo.Path("corpus", "pdf", "CV-4280-tra-ho-so-Thanh-Huong-2026.pdf"));
        Put("truncated.pdf", realPdf[..(realPdf.Length / 2)], "corrupt");
        Put("encrypted.pdf", PdfFixture.PasswordProtected(), "encrypted");
        Put("webpage.pdf", Encoding.ASCII.GetBytes("<!DOCTYPE html><html><body>404 Not Found</body></html>"), "not-pdf");
        Put("corrupt.png", Encoding.ASCII.GetBytes("this is not an image at all, just text"), "corrupt-image");
        Put("cut.jpg", [0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x10, (byte)'J', (byte)'F', (byte)'I', (byte)'F', 0, 1, 1, 0, 0, 1, 0, 1, 0, 0], "corrupt-image");
        Put("huge.png", HugePng(), "image-too-large");
        Put("bomb.pdf", PdfBomb(), "decompression-bomb");
        Put("bomb-ascii85.pdf", PdfBomb(ascii85: true), "decompression-bomb");
        Put("bomb.docx", DocxBomb(), "decompression-bomb");
        Put("latin1.txt", [0x48, 0xE0, 0x20, 0x4E, 0xF4, 0x69, 0x0A], "invalid-encoding");
        Put("stuck.txt", Encoding.ASCII.GetBytes(HangingReader.Marker + " a reader that never returns"), "timeout");
        return cases;
    }
}
