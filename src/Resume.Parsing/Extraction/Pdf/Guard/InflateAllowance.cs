using Resume.Model;

namespace Resume.Parsing.Extraction.Pdf.Guard;

/// <summary>What all of a document's streams may decode to, together: the guard's own limit on expansion.</summary>
internal sealed class InflateAllowance(long bytes)
{
    public long Limit { get; } = bytes;

    public long Used { get; private set; }

    public void Take(long count)
    {
        Used += count;
        if (Used > Limit)
        {
            // Built to explode, not damaged: the code kept for files made past any real document's size.
            throw new ParseFailure(ErrorCodes.TooComplex,
                $"The PDF expands to far more data than any resume holds (over {Limit / (1024 * 1024)} MB once decompressed), so it was not opened.");
        }
    }
}
