using System.Globalization;
using System.IO.Compression;
using Resume.Model;

namespace Resume.Parsing.Extraction.Docx;

/// <summary>
/// Checks a DOCX package before the Open XML SDK reads it. First what the ZIP declares (entry count, sizes, ratios),
/// which refuses a plain zip bomb without inflating anything; then every part is inflated once into a counter, since
/// declared sizes can lie, and every XML part's nesting is measured on the way, since the SDK recurses per level.
/// </summary>
internal static class ZipGuard
{
    public const long MaxEntryUncompressed = 64L * 1024 * 1024;
    public const int MaxEntries = 2000;

    /// <summary>Text compresses about 10:1; beyond this ratio a large entry is built to explode.</summary>
    public const double MaxRatio = 200;

    /// <summary>Word writes a paragraph a dozen elements deep; a few tables inside tables add a few levels each.</summary>
    public const int MaxXmlDepth = 256;

    public static void Check(byte[] data, int length, ParserOptions options, ParseBudget budget)
    {
        try
        {
            using var zip = new ZipArchive(new MemoryStream(data, 0, length, writable: false), ZipArchiveMode.Read);
            CheckDeclared(zip, options.MaxExpandedBytes);
            if (options.CheckStructure)
            {
                CheckInflated(zip, options.MaxExpandedBytes, budget);
            }
        }
        catch (InvalidDataException)
        {
            throw Corrupt();
        }
    }

    public static ParseFailure Corrupt() => new(ErrorCodes.Corrupt,
        "The Word document is damaged or incomplete and could not be read. Save it again from Word and upload it again.");

    private static void CheckDeclared(ZipArchive zip, long maxTotalUncompressed)
    {
        if (zip.Entries.Count > MaxEntries)
        {
            throw TooManyParts(zip.Entries.Count);
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

    /// <summary>What the parts really inflate to, each and together, and how deep each XML part nests.</summary>
    private static void CheckInflated(ZipArchive zip, long maxTotalUncompressed, ParseBudget budget)
    {
        var buffer = new byte[64 * 1024];
        long total = 0;
        foreach (var entry in zip.Entries)
        {
            var meter = IsXml(entry.FullName) ? new XmlDepthMeter(entry.FullName, MaxXmlDepth) : null;
            long size = 0;
            using var part = entry.Open();
            int read;
            while ((read = part.Read(buffer, 0, buffer.Length)) > 0)
            {
                size += read;
                total += read;
                if (size > MaxEntryUncompressed || total > maxTotalUncompressed)
                {
                    throw Bomb();
                }
                meter?.Feed(buffer.AsSpan(0, read));
                budget.Check();
            }
        }
    }

    private static bool IsXml(string name) =>
        name.EndsWith(".xml", StringComparison.OrdinalIgnoreCase) || name.EndsWith(".rels", StringComparison.OrdinalIgnoreCase);

    /// <summary>Built to explode when inflated, not damaged: <c>too-complex</c>, like every file made past any real document's size.</summary>
    private static ParseFailure Bomb() => new(ErrorCodes.TooComplex,
        "The Word document expands to far more data than any resume holds, so it was not opened.");

    /// <summary>A DTD in a part (entity declarations, the "billion laughs"): Open XML forbids them and Word never writes
    /// one, and their entities can expand past any memory. Built to explode like a zip bomb, so <c>too-complex</c>.</summary>
    public static ParseFailure DeclaresDtd(string part) => new(ErrorCodes.TooComplex,
        $"The Word document declares its own entities (a DTD) in {part}, which Word never writes and which can expand into far more text than any resume holds, so it was not opened. Save the document again from your word processor and upload that copy.");

    /// <summary>A Word document is a few dozen parts (text, styles, fonts, pictures); thousands are padding.</summary>
    private static ParseFailure TooManyParts(int count) => new(ErrorCodes.TooComplex, string.Create(CultureInfo.InvariantCulture,
        $"The Word document is made of {count:N0} parts, far more than any Word document holds (a resume has a few dozen), so it was not opened."));
}
