using System.IO.Compression;
using System.Text;

namespace Resume.Fixtures;

/// <summary>
/// Word documents built to hurt a reader, written as raw package parts (no Open XML library would write them): tables
/// nested thousands deep, parts that lie about their size.
/// </summary>
public static class HostileDocx
{
    private const string WordNamespace = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

    /// <summary>A table in a cell of a table in a cell … <paramref name="depth"/> deep, each level with a line of text.</summary>
    public static byte[] NestedTables(int depth = 10_000)
    {
        var xml = new StringBuilder($"<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><w:document xmlns:w=\"{WordNamespace}\"><w:body>");
        // A resume around the tables (contact, a heading, a dated role), so only the nesting can make it fail.
        foreach (var line in (string[])["Nora Nested", "nora.nested@example.com", "Experience", "Backend Developer, Acme Ltd, 2019 – 2024"])
        {
            xml.Append($"<w:p><w:r><w:t>{line}</w:t></w:r></w:p>");
        }
        for (var level = 0; level < depth; level++)
        {
            xml.Append($"<w:tbl><w:tr><w:tc><w:p><w:r><w:t>Level {level}</w:t></w:r></w:p>");
        }
        for (var level = 0; level < depth; level++)
        {
            xml.Append("<w:p/></w:tc></w:tr></w:tbl>");
        }
        xml.Append("</w:body></w:document>");
        return Package(xml.ToString());
    }

    /// <summary>Paragraphs whose elements nest <paramref name="depth"/> deep (smart tags in smart tags), not tables.</summary>
    public static byte[] DeepElements(int depth = 100_000)
    {
        var xml = new StringBuilder($"<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:document xmlns:w=\"{WordNamespace}\"><w:body><w:p>");
        xml.Insert(xml.Length, "<w:smartTag w:element=\"x\">", depth);
        xml.Append("<w:r><w:t>Deep</w:t></w:r>");
        xml.Insert(xml.Length, "</w:smartTag>", depth);
        xml.Append("</w:p></w:body></w:document>");
        return Package(xml.ToString());
    }

    /// <summary>
    /// A DOCX whose <c>word/document.xml</c> says (in both ZIP headers) it inflates to a few kilobytes but really inflates to
    /// <paramref name="inflatedBytes"/>: a guard that trusts declared sizes lets it through.
    /// </summary>
    public static byte[] LyingSizes(long inflatedBytes = 512L * 1024 * 1024)
    {
        var head = Encoding.UTF8.GetBytes($"<?xml version=\"1.0\"?><w:document xmlns:w=\"{WordNamespace}\"><w:body><w:p><w:r><w:t>");
        var tail = Encoding.UTF8.GetBytes("</w:t></w:r></w:p></w:body></w:document>");
        byte[] compressed;
        using (var packed = new MemoryStream())
        {
            using (var deflate = new DeflateStream(packed, CompressionLevel.SmallestSize, leaveOpen: true))
            {
                deflate.Write(head);
                var block = new byte[1024 * 1024];
                Array.Fill(block, (byte)'a');
                for (long written = 0; written < inflatedBytes; written += block.Length)
                {
                    deflate.Write(block);
                }
                deflate.Write(tail);
            }
            compressed = packed.ToArray();
        }
        const uint declaredSize = 4096;
        var entries = new List<RawEntry>(PackageParts().Select(p => RawEntry.Stored(p.Name, Encoding.UTF8.GetBytes(p.Xml))))
        {
            new("word/document.xml", compressed, Method: 8, Crc: 0, UncompressedSize: declaredSize),
        };
        return RawZip(entries);
    }

    /// <summary>
    /// A resume whose contact line links to a target that is not a valid URI (Word writes such links from text typed with
    /// spaces and brackets): the packaging layer refuses to load it as it stands.
    /// </summary>
    public static byte[] MalformedLinkTarget(Person person)
    {
        const string placeholder = "https://example.com/replace-me";
        var docx = DocxResume.Compose((body, main) =>
        {
            body.Append(DocxResume.Styled(person.Name, "Title"));
            body.Append(DocxResume.Linked(main, ("Portfolio: ", null), ("my site", placeholder)));
            body.Append(DocxResume.Styled("Experience", "Heading1"));
            body.Append(DocxResume.Plain(person.Summary));
        });
        using var stream = new MemoryStream();
        stream.Write(docx);
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Update, leaveOpen: true))
        {
            var rels = zip.GetEntry("word/_rels/document.xml.rels")!;
            string xml;
            using (var reader = new StreamReader(rels.Open()))
            {
                xml = reader.ReadToEnd();
            }
            rels.Delete();
            using var writer = new StreamWriter(zip.CreateEntry("word/_rels/document.xml.rels").Open());
            writer.Write(xml.Replace(placeholder, "http://[::1:99999999/my site", StringComparison.Ordinal));
        }
        return stream.ToArray();
    }

    /// <summary>A minimal DOCX package around <paramref name="documentXml"/>.</summary>
    public static byte[] Package(string documentXml)
    {
        using var stream = new MemoryStream();
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, xml) in PackageParts().Append(("word/document.xml", documentXml)))
            {
                using var writer = new StreamWriter(zip.CreateEntry(name, CompressionLevel.Optimal).Open(), new UTF8Encoding(false));
                writer.Write(xml);
            }
        }
        return stream.ToArray();
    }

    private static IEnumerable<(string Name, string Xml)> PackageParts() =>
    [
        ("[Content_Types].xml",
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">" +
            "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>" +
            "<Default Extension=\"xml\" ContentType=\"application/xml\"/>" +
            "<Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/></Types>"),
        ("_rels/.rels",
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">" +
            "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"word/document.xml\"/></Relationships>"),
    ];

    private sealed record RawEntry(string Name, byte[] Data, ushort Method, uint Crc, uint UncompressedSize)
    {
        public static RawEntry Stored(string name, byte[] data) => new(name, data, 0, Crc32(data), (uint)data.Length);
    }

    private static uint Crc32(byte[] data)
    {
        var crc = 0xFFFFFFFFu;
        foreach (var b in data)
        {
            crc ^= b;
            for (var bit = 0; bit < 8; bit++)
            {
                crc = (crc & 1) != 0 ? (crc >> 1) ^ 0xEDB88320u : crc >> 1;
            }
        }
        return ~crc;
    }

    /// <summary>A ZIP written header by header, so its declared sizes can be whatever the caller says.</summary>
    private static byte[] RawZip(IReadOnlyList<RawEntry> entries)
    {
        using var zip = new MemoryStream();
        using var writer = new BinaryWriter(zip);
        var offsets = new List<uint>();
        foreach (var entry in entries)
        {
            offsets.Add((uint)zip.Position);
            var name = Encoding.UTF8.GetBytes(entry.Name);
            writer.Write(0x04034b50u);
            writer.Write((ushort)20);
            writer.Write((ushort)0);
            writer.Write(entry.Method);
            writer.Write(0u); // time and date
            writer.Write(entry.Crc);
            writer.Write((uint)entry.Data.Length);
            writer.Write(entry.UncompressedSize);
            writer.Write((ushort)name.Length);
            writer.Write((ushort)0);
            writer.Write(name);
            writer.Write(entry.Data);
        }
        var directory = (uint)zip.Position;
        for (var i = 0; i < entries.Count; i++)
        {
            var entry = entries[i];
            var name = Encoding.UTF8.GetBytes(entry.Name);
            writer.Write(0x02014b50u);
            writer.Write((ushort)20);
            writer.Write((ushort)20);
            writer.Write((ushort)0);
            writer.Write(entry.Method);
            writer.Write(0u);
            writer.Write(entry.Crc);
            writer.Write((uint)entry.Data.Length);
            writer.Write(entry.UncompressedSize);
            writer.Write((ushort)name.Length);
            writer.Write((ushort)0);
            writer.Write((ushort)0);
            writer.Write((ushort)0);
            writer.Write((ushort)0);
            writer.Write(0u);
            writer.Write(offsets[i]);
            writer.Write(name);
        }
        var size = (uint)zip.Position - directory;
        writer.Write(0x06054b50u);
        writer.Write((ushort)0);
        writer.Write((ushort)0);
        writer.Write((ushort)entries.Count);
        writer.Write((ushort)entries.Count);
        writer.Write(size);
        writer.Write(directory);
        writer.Write((ushort)0);
        writer.Flush();
        return zip.ToArray();
    }
}
