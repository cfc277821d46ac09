using System.Text;

namespace Ingest.Api.Batches.Submit;

/// <summary>
/// Tells an archive inside a batch from a document by its first bytes. A DOCX is a ZIP too: an Office package's first
/// entry is one of its own parts, so a ZIP whose first entry is anything else (<c>cv.pdf</c>) is an archive in the archive.
/// </summary>
public static class ArchiveKinds
{
    private static readonly string[] OfficeParts = ["[Content_Types].xml", "_rels/", "docProps/", "word/", "customXml/"];

    /// <summary>A name for the kind of archive the bytes start, or null when they start none.</summary>
    public static string? Describe(ReadOnlySpan<byte> prefix) => prefix switch
    {
        [(byte)'P', (byte)'K', 3, 4, ..] => IsOfficePackage(prefix) ? null : "a ZIP archive",
        [(byte)'P', (byte)'K', 5, 6, ..] => "an empty ZIP archive",
        [0x1F, 0x8B, ..] => "a gzip archive",
        [(byte)'R', (byte)'a', (byte)'r', (byte)'!', ..] => "a RAR archive",
        [(byte)'7', (byte)'z', 0xBC, 0xAF, 0x27, 0x1C, ..] => "a 7-Zip archive",
        [(byte)'B', (byte)'Z', (byte)'h', ..] => "a bzip2 archive",
        [0xFD, (byte)'7', (byte)'z', (byte)'X', (byte)'Z', 0, ..] => "an xz archive",
        _ when prefix.Length > 262 && prefix.Slice(257, 5).SequenceEqual("ustar"u8) => "a tar archive",
        _ => null,
    };

    /// <summary>The first local header's name (at byte 30, its length at byte 26) is one of an Office package's parts.</summary>
    private static bool IsOfficePackage(ReadOnlySpan<byte> prefix)
    {
        if (prefix.Length < 30)
        {
            return false;
        }
        var nameLength = prefix[26] | (prefix[27] << 8);
        if (prefix.Length < 30 + nameLength)
        {
            return false;
        }
        var first = Encoding.UTF8.GetString(prefix.Slice(30, nameLength));
        return OfficeParts.Any(part => first.StartsWith(part, StringComparison.OrdinalIgnoreCase));
    }
}
