using Resume.Model;

namespace Resume.Parsing.Extraction.Pdf.Guard;

/// <summary>
/// Every object a lenient reader could find in the file: each <c>N G obj</c> written in the open (every definition, as
/// incremental updates leave several), and later those packed in object streams. It does not trust the cross-reference
/// table, which a hostile file can point anywhere; stream data is skipped, never read as objects.
/// </summary>
internal sealed class PdfObjects
{
    /// <summary>A resume has hundreds of objects, a long CV a few thousand; millions only serve to exhaust the reader.</summary>
    public const int MaxObjects = 200_000;

    private readonly Dictionary<int, List<PdfValue>> _definitions = [];
    private int _count;

    public List<PdfStream> Streams { get; } = [];

    /// <summary>Trailer dictionaries and cross-reference stream dictionaries: where <c>/Root</c> is named.</summary>
    public List<PdfDictionary> Trailers { get; } = [];

    public IEnumerable<KeyValuePair<int, List<PdfValue>>> Definitions => _definitions;

    public static PdfObjects Scan(ReadOnlySpan<byte> data, ParseBudget budget)
    {
        var objects = new PdfObjects();
        var position = 0;
        while (position < data.Length)
        {
            var found = data[position..].IndexOf("obj"u8);
            if (found < 0)
            {
                break;
            }
            var keyword = position + found;
            position = keyword + 3;
            if (position < data.Length && PdfSyntax.IsRegular(data[position]) || !TryReadObjectNumber(data, keyword, out var number))
            {
                continue; // "endobj", "objects", or text that only contains the letters
            }
            var value = PdfSyntax.ReadValue(data, ref position);
            if (value is null)
            {
                continue;
            }
            objects.Add(number, value);
            if (value is PdfDictionary dictionary && TryStartStream(data, ref position, out var dataStart))
            {
                var end = StreamEnd(data, dataStart, (dictionary["Length"] as PdfNumber)?.Value);
                objects.Streams.Add(new PdfStream(number, dictionary, dataStart, end));
                position = end;
            }
            if ((objects._count & 1023) == 0)
            {
                budget.Check();
            }
        }
        objects.FindTrailers(data);
        return objects;
    }

    public void Add(int number, PdfValue value)
    {
        if (++_count > MaxObjects)
        {
            throw new ParseFailure(ErrorCodes.TooComplex,
                $"The PDF holds more than {MaxObjects:N0} objects, far beyond any resume, so it was not opened.");
        }
        if (!_definitions.TryGetValue(number, out var list))
        {
            _definitions[number] = list = new List<PdfValue>(1);
        }
        list.Add(value);
        if (value is PdfDictionary { Entries: var entries } dictionary && entries.ContainsKey("Root")
            && dictionary["Type"] is PdfName { Value: "XRef" })
        {
            Trailers.Add(dictionary);
        }
    }

    /// <summary>The object's last definition (the one an incremental update wrote last), or null.</summary>
    public PdfValue? Get(int number) => _definitions.TryGetValue(number, out var list) ? list[^1] : null;

    /// <summary>
    /// <paramref name="value"/>, or what its reference chain ends at (null for a missing object or a chain longer than
    /// a reader follows); loops are the guard's to find, this only stops at them.
    /// </summary>
    public PdfValue? Resolve(PdfValue? value)
    {
        for (var hops = 0; value is PdfReference reference; hops++)
        {
            if (hops == 32)
            {
                return null;
            }
            value = Get(reference.Number);
        }
        return value;
    }

    /// <summary>Where a stream's data ends: at its <c>/Length</c> when that (resolved) lands on <c>endstream</c>, else at the first <c>endstream</c>.</summary>
    public int DataEnd(ReadOnlySpan<byte> data, PdfStream stream) =>
        stream.Dictionary["Length"] is PdfReference && Resolve(stream.Dictionary["Length"]) is PdfNumber length
            ? StreamEnd(data, stream.DataStart, length.Value)
            : stream.End;

    /// <summary>The objects packed in a decoded object stream (<c>/Type /ObjStm</c>): <c>/N</c> pairs of number and offset, then the objects from <c>/First</c>.</summary>
    public void AddPacked(PdfDictionary dictionary, ReadOnlySpan<byte> decoded)
    {
        if (dictionary["N"] is not PdfNumber { Value: > 0 and var n } || dictionary["First"] is not PdfNumber { Value: >= 0 and var first })
        {
            return;
        }
        var position = 0;
        for (var i = 0; i < (int)Math.Min(n, MaxObjects); i++)
        {
            PdfSyntax.SkipSpace(decoded, ref position);
            var number = PdfSyntax.ReadInteger(decoded, ref position);
            PdfSyntax.SkipSpace(decoded, ref position);
            var offset = PdfSyntax.ReadInteger(decoded, ref position);
            if (number < 0 || offset < 0 || number > int.MaxValue || first + offset >= decoded.Length)
            {
                return;
            }
            var at = (int)(first + offset);
            if (PdfSyntax.ReadValue(decoded, ref at) is { } value)
            {
                Add((int)number, value);
            }
        }
    }

    private void FindTrailers(ReadOnlySpan<byte> data)
    {
        var position = 0;
        while (position < data.Length)
        {
            var found = data[position..].IndexOf("trailer"u8);
            if (found < 0)
            {
                return;
            }
            position += found + "trailer"u8.Length;
            var at = position;
            if (PdfSyntax.ReadValue(data, ref at) is PdfDictionary trailer)
            {
                Trailers.Add(trailer);
                position = at;
            }
        }
    }

    /// <summary>"N G obj": reads N backwards from the keyword; false when the keyword is not preceded by two integers.</summary>
    private static bool TryReadObjectNumber(ReadOnlySpan<byte> data, int keyword, out int number)
    {
        number = 0;
        var i = keyword - 1;
        while (i >= 0 && PdfSyntax.IsWhitespace(data[i]))
        {
            i--;
        }
        var generationEnd = i;
        while (i >= 0 && data[i] is >= (byte)'0' and <= (byte)'9')
        {
            i--;
        }
        if (i == generationEnd || i < 0 || !PdfSyntax.IsWhitespace(data[i]))
        {
            return false;
        }
        while (i >= 0 && PdfSyntax.IsWhitespace(data[i]))
        {
            i--;
        }
        var numberEnd = i;
        while (i >= 0 && data[i] is >= (byte)'0' and <= (byte)'9' && numberEnd - i < 10)
        {
            i--;
        }
        if (i == numberEnd || i >= 0 && PdfSyntax.IsRegular(data[i]))
        {
            return false;
        }
        var value = 0L;
        for (var d = i + 1; d <= numberEnd; d++)
        {
            value = value * 10 + (data[d] - '0');
        }
        if (value > int.MaxValue)
        {
            return false;
        }
        number = (int)value;
        return true;
    }

    /// <summary>After a stream's dictionary: the <c>stream</c> keyword and its end of line, as readers accept them.</summary>
    private static bool TryStartStream(ReadOnlySpan<byte> data, ref int position, out int dataStart)
    {
        dataStart = 0;
        var at = position;
        PdfSyntax.SkipSpace(data, ref at);
        if (!data[at..].StartsWith("stream"u8))
        {
            return false;
        }
        at += "stream"u8.Length;
        if (at < data.Length && data[at] == '\r')
        {
            at++;
        }
        if (at < data.Length && data[at] == '\n')
        {
            at++;
        }
        dataStart = at;
        return true;
    }

    private static int StreamEnd(ReadOnlySpan<byte> data, int dataStart, double? length)
    {
        if (length is { } l && l >= 0 && dataStart + l <= data.Length)
        {
            var at = dataStart + (int)l;
            var probe = at;
            PdfSyntax.SkipSpace(data, ref probe);
            if (data[probe..].StartsWith("endstream"u8))
            {
                return at;
            }
        }
        var end = data[dataStart..].IndexOf("endstream"u8);
        return end < 0 ? data.Length : dataStart + end;
    }
}
