using System.IO.Compression;
using System.Xml.Linq;

namespace Resume.Parsing.Extraction.Docx;

/// <summary>
/// Word writes link targets that are not valid URIs (spaces, stray brackets), which the packaging layer refuses to
/// load. A copy of the package is made in memory with each such external target replaced, as the SDK itself would do
/// through a temporary file; the link's text is kept, only its target is lost.
/// </summary>
internal static class MalformedLinks
{
    private const string Placeholder = "http://invalid.invalid/";
    private static readonly XNamespace Relationships = "http://schemas.openxmlformats.org/package/2006/relationships";

    public static ArraySegment<byte> Mend(ArraySegment<byte> package)
    {
        using var source = new ZipArchive(new MemoryStream(package.Array!, package.Offset, package.Count, writable: false), ZipArchiveMode.Read);
        var mended = new MemoryStream();
        using (var target = new ZipArchive(mended, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var entry in source.Entries)
            {
                using var input = entry.Open();
                using var output = target.CreateEntry(entry.FullName, CompressionLevel.Fastest).Open();
                if (entry.FullName.EndsWith(".rels", StringComparison.OrdinalIgnoreCase))
                {
                    var xml = XDocument.Load(input);
                    foreach (var relationship in xml.Descendants(Relationships + "Relationship"))
                    {
                        if (relationship.Attribute("Target") is { } link && !Uri.TryCreate(link.Value, UriKind.RelativeOrAbsolute, out _))
                        {
                            link.Value = Placeholder;
                        }
                    }
                    xml.Save(output);
                }
                else
                {
                    input.CopyTo(output);
                }
            }
        }
        return new ArraySegment<byte>(mended.GetBuffer(), 0, (int)mended.Length);
    }
}
