using System.IO.Compression;
using Resume.Model;

namespace Resume.Parsing.Extraction.Pdf;

/// <summary>
/// Inflates a PDF's Flate streams into a counting sink before PdfPig sees them, so a small file that expands to gigabytes
/// (a decompression bomb) is refused instead of exhausting memory. Damaged streams are left for the reader to judge.
/// </summary>
internal static class PdfStreamGuard
{
    private static readonly byte[] StreamKeyword = "stream"u8.ToArray();
    private static readonly byte[] EndStreamKeyword = "endstream"u8.ToArray();
    private static readonly byte[] FlateName = "/FlateDecode"u8.ToArray();

    public static void Check(byte[] data, int length, long maxInflatedBytes, ParseBudget budget)
    {
        var bytes = data.AsSpan(0, length);
        long total = 0;
        var buffer = new byte[64 * 1024];
        var at = 0;
        while (at < length)
        {
            var found = bytes[at..].IndexOf(StreamKeyword);
            if (found < 0)
            {
                break;
            }
            var keyword = at + found;
            at = keyword + StreamKeyword.Length;
            if (keyword >= 3 && bytes[(keyword - 3)..keyword].SequenceEqual("end"u8))
            {
                continue; // the "stream" inside "endstream"
            }
            var start = at;
            if (start < length && bytes[start] == '\r')
            {
                start++;
            }
            if (start < length && bytes[start] == '\n')
            {
                start++;
            }
            else if (start == at)
            {
                continue; // not a stream keyword (a name or text that contains the word)
            }
            var dictionaryStart = Math.Max(0, keyword - 512);
            if (bytes[dictionaryStart..keyword].IndexOf(FlateName) < 0)
            {
                continue;
            }
            var end = bytes[start..].IndexOf(EndStreamKeyword);
            var stop = end < 0 ? length : start + end;
            total += Inflate(data, start, stop - start, maxInflatedBytes - total, buffer);
            if (total > maxInflatedBytes)
            {
                throw new ParseFailure(ErrorCodes.Corrupt,
                    "The PDF expands to far more data than any resume holds, so it was not opened.");
            }
            budget.Check();
            at = stop;
        }
    }

    /// <summary>How many bytes the stream inflates to, reading no further than the allowance (plus one buffer).</summary>
    private static long Inflate(byte[] data, int offset, int count, long allowance, byte[] buffer)
    {
        long inflated = 0;
        try
        {
            using var input = new MemoryStream(data, offset, count, writable: false);
            using var zlib = new ZLibStream(input, CompressionMode.Decompress);
            int read;
            while ((read = zlib.Read(buffer, 0, buffer.Length)) > 0)
            {
                inflated += read;
                if (inflated > allowance)
                {
                    break;
                }
            }
        }
        catch (InvalidDataException)
        {
            // Damaged or truncated data: the reader decides what it can use.
        }
        return inflated;
    }
}
