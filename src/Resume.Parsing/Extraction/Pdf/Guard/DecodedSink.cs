namespace Resume.Parsing.Extraction.Pdf.Guard;

/// <summary>
/// Where a filter writes what it decodes: every byte is counted against the document's allowance, and kept only when a
/// later filter (or an object stream) needs it. Passing the allowance ends the parse before the bytes are held.
/// </summary>
internal sealed class DecodedSink(InflateAllowance allowance, bool keep)
{
    private readonly MemoryStream? _kept = keep ? new MemoryStream() : null;

    public long Count { get; private set; }

    public void Write(ReadOnlySpan<byte> bytes)
    {
        allowance.Take(bytes.Length);
        Count += bytes.Length;
        _kept?.Write(bytes);
    }

    public void Write(byte value)
    {
        allowance.Take(1);
        Count++;
        _kept?.WriteByte(value);
    }

    public ArraySegment<byte> Kept() =>
        _kept is null ? throw new InvalidOperationException("The sink keeps nothing.") : new ArraySegment<byte>(_kept.GetBuffer(), 0, (int)_kept.Length);
}
