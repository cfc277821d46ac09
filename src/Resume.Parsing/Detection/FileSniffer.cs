using System.IO.Compression;
using System.Text;

namespace Resume.Parsing.Detection;

/// <summary>Tells the file type from the content (magic bytes, ZIP entries, text encoding), never from the name.</summary>
internal static class FileSniffer
{
    private static readonly byte[] PdfMagic = "%PDF"u8.ToArray();
    private static readonly byte[] PngMagic = [0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A];
    private static readonly byte[] JpegMagic = [0xFF, 0xD8, 0xFF];
    private static readonly byte[] OleMagic = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];

    /// <summary>PDF readers accept junk before the header within the first kilobyte; so do we.</summary>
    private const int PdfHeaderWindow = 1024;

    public static Sniffed Sniff(byte[] data, int length, int maxTextChars)
    {
        var bytes = data.AsSpan(0, length);
        if (length == 0 || IsAllWhitespace(bytes))
        {
            return new Sniffed(FileKind.Empty);
        }
        if (bytes[..Math.Min(length, PdfHeaderWindow)].IndexOf(PdfMagic) >= 0)
        {
            return new Sniffed(FileKind.Pdf);
        }
        if (bytes.StartsWith("PK\u0003\u0004"u8) || bytes.StartsWith("PK\u0005\u0006"u8))
        {
            return SniffZip(data, length);
        }
        if (bytes.StartsWith(OleMagic))
        {
            return ContainsUtf16(bytes, "EncryptedPackage") || ContainsUtf16(bytes, "EncryptionInfo")
                ? new Sniffed(FileKind.EncryptedOffice)
                : new Sniffed(FileKind.Unsupported, Detail: "an old Word (.doc) or other Office binary file");
        }
        if (bytes.StartsWith(PngMagic))
        {
            return new Sniffed(FileKind.Png);
        }
        if (bytes.StartsWith(JpegMagic))
        {
            return new Sniffed(FileKind.Jpeg);
        }
        if (Describe(bytes) is { } binary)
        {
            return new Sniffed(FileKind.Unsupported, Detail: binary);
        }
        var text = TextDecoding.TryDecode(bytes, maxTextChars);
        if (text is null)
        {
            return new Sniffed(FileKind.Unsupported, Detail: "binary data, not text (UTF-8, UTF-16 or Windows-1252)");
        }
        if (string.IsNullOrWhiteSpace(text))
        {
            return new Sniffed(FileKind.Empty);
        }
        return new Sniffed(MarkdownCues.LooksLikeMarkdown(text) ? FileKind.Markdown : FileKind.Text, text);
    }

    private static Sniffed SniffZip(byte[] data, int length)
    {
        try
        {
            using var zip = new ZipArchive(new MemoryStream(data, 0, length, writable: false), ZipArchiveMode.Read);
            foreach (var entry in zip.Entries)
            {
                if (entry.FullName.Equals("word/document.xml", StringComparison.OrdinalIgnoreCase))
                {
                    return new Sniffed(FileKind.Docx);
                }
            }
            return new Sniffed(FileKind.Unsupported, Detail: "a ZIP archive that is not a Word document");
        }
        catch (InvalidDataException)
        {
            // A DOCX cut short still starts with PK: call it what it most likely is, a damaged document.
            return new Sniffed(FileKind.Docx);
        }
    }

    private static string? Describe(ReadOnlySpan<byte> bytes) => bytes switch
    {
        [0x89, (byte)'P', (byte)'N', (byte)'G', ..] => "a damaged PNG image",
        [(byte)'G', (byte)'I', (byte)'F', (byte)'8', ..] => "a GIF image",
        [(byte)'I', (byte)'I', 0x2A, 0x00, ..] or [(byte)'M', (byte)'M', 0x00, 0x2A, ..] => "a TIFF image",
        [(byte)'R', (byte)'I', (byte)'F', (byte)'F', _, _, _, _, (byte)'W', (byte)'E', (byte)'B', (byte)'P', ..] => "a WebP image",
        [(byte)'B', (byte)'M', ..] when bytes.Length > 26 && bytes[14] is 12 or 40 or 108 or 124 => "a bitmap image",
        [(byte)'M', (byte)'Z', ..] => "a Windows executable",
        [0x7F, (byte)'E', (byte)'L', (byte)'F', ..] => "an executable",
        [0xCF, 0xFA, 0xED, 0xFE, ..] or [0xCA, 0xFE, 0xBA, 0xBE, ..] => "an executable",
        [0x1F, 0x8B, ..] => "a gzip archive",
        [(byte)'R', (byte)'a', (byte)'r', (byte)'!', ..] => "a RAR archive",
        [(byte)'7', (byte)'z', 0xBC, 0xAF, ..] => "a 7-Zip archive",
        [(byte)'{', (byte)'\\', (byte)'r', (byte)'t', (byte)'f', ..] => "an RTF document",
        _ => null,
    };

    private static bool IsAllWhitespace(ReadOnlySpan<byte> bytes)
    {
        foreach (var b in bytes)
        {
            if (b is not ((byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n' or 0))
            {
                return false;
            }
        }
        return true;
    }

    private static bool ContainsUtf16(ReadOnlySpan<byte> bytes, string text) =>
        bytes.IndexOf(Encoding.Unicode.GetBytes(text)) >= 0;
}
