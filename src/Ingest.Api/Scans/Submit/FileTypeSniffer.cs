namespace Ingest.Api.Scans.Submit;

/// <summary>Tells a file's type by its first bytes, never by its name or declared content type.</summary>
public static class FileTypeSniffer
{
    /// <summary>How many leading bytes <see cref="Detect"/> wants to see.</summary>
    public const int PrefixLength = 4096;

    /// <summary>What a file <see cref="Detect"/> calls <see cref="UploadKind.Unknown"/> is told, alone or in a batch.</summary>
    public const string UnknownTypeMessage =
        "This file is not a PDF, DOCX, TXT or Markdown document, nor a PNG or JPEG photo of one (judged by its content, not its name).";

    private static readonly byte[] OleCompoundFile = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];
    private static readonly byte[] PngSignature = [0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A];
    private static readonly byte[] JpegStart = [0xFF, 0xD8, 0xFF];
    private static readonly byte[] Utf16LittleEndianMark = [0xFF, 0xFE];
    private static readonly byte[] Utf16BigEndianMark = [0xFE, 0xFF];

    public static UploadKind Detect(ReadOnlySpan<byte> prefix)
    {
        if (prefix.IsEmpty)
        {
            return UploadKind.Empty;
        }
        // PDF readers accept the header anywhere in the first KiB; so do we.
        if (prefix[..Math.Min(prefix.Length, 1024)].IndexOf("%PDF-"u8) >= 0)
        {
            return UploadKind.Pdf;
        }
        if (prefix.StartsWith("PK\x03\x04"u8))
        {
            return UploadKind.Docx;
        }
        if (prefix.StartsWith(OleCompoundFile))
        {
            return UploadKind.OfficeCompound;
        }
        if (prefix.StartsWith(PngSignature))
        {
            return UploadKind.Png;
        }
        if (prefix.StartsWith(JpegStart))
        {
            return UploadKind.Jpeg;
        }
        if (prefix.StartsWith(@"{\rtf"u8))
        {
            return UploadKind.Rtf;
        }
        return LooksLikeText(prefix) ? UploadKind.Text : UploadKind.Unknown;
    }

    /// <summary>
    /// Text has no NUL bytes and almost no other control characters (UTF-16 text has a byte-order mark and NULs, so it is
    /// recognised by its mark). Images, archives and executables fail this within their first bytes.
    /// </summary>
    private static bool LooksLikeText(ReadOnlySpan<byte> prefix)
    {
        if (prefix.StartsWith(Utf16LittleEndianMark) || prefix.StartsWith(Utf16BigEndianMark))
        {
            return true;
        }
        var controls = 0;
        foreach (var b in prefix)
        {
            if (b == 0)
            {
                return false;
            }
            if (b < 0x20 && b is not ((byte)'\t' or (byte)'\n' or (byte)'\r' or 0x0C))
            {
                controls++;
            }
        }
        return controls * 100 <= prefix.Length;
    }
}
