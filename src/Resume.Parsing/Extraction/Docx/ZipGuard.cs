using System.IO.Compression;
using Resume.Model;

namespace Resume.Parsing.Extraction.Docx;

/// <summary>
/// Checks a DOCX package before anything is inflated: entry count, declared sizes and compression ratios, so a zip bomb is
/// refused without ever being expanded.
/// </summary>
internal static class ZipGuard
{
    public const long MaxEntryUncompressed = 64L * 1024 * 1024;
    public const int MaxEntries = 2000;

    /// <summary>Text compresses about 10:1; beyond this ratio a large entry is built to explode.</summary>
    public const double MaxRatio = 200;

    public static void Check(byte[] data, int length, long maxTotalUncompressed)
    {
        try
        {
            using var zip = new ZipArchive(new MemoryStream(data, 0, length, writable: false), ZipArchiveMode.Read);
            if (zip.Entries.Count > MaxEntries)
            {
                throw Bomb();
            }
            long total = 0;
            foreach (var entry in zip.Entries)
            {
                var size = entry.Length;
                var packed = Math.Max(entry.CompressedLength, 1);
                total += size;
                if (size > MaxEntryUncompressed || total > maxTotalUncompressed || (size > 1024 * 1024 && size / (double)packed > MaxRatio))
                {
                    throw Bomb();
                }
            }
        }
        catch (InvalidDataException)
        {
            throw Corrupt();
        }
    }

    public static ParseFailure Corrupt() => new(ErrorCodes.Corrupt,
        "The Word document is damaged or incomplete and could not be read. Save it again from Word and upload it again.");

    private static ParseFailure Bomb() => new(ErrorCodes.Corrupt,
        "The Word document expands to far more data than any resume holds, so it was not opened.");
}
