using System.Globalization;
using System.Text;
using Resume.Model;

namespace Resume.Parsing.Extraction.Pdf.Guard;

/// <summary>
/// Reads one PDF value (ISO 32000 §7.3) from bytes without recursion: nesting is kept on an explicit stack and refused
/// past <see cref="MaxNesting"/>, so a file of a million brackets costs a counter, not the thread's stack.
/// </summary>
internal static class PdfSyntax
{
    /// <summary>Real files nest dictionaries and arrays a handful of levels; readers that recurse die somewhere past thousands.</summary>
    public const int MaxNesting = 64;

    /// <summary>
    /// The value that starts at or after <paramref name="position"/> (which ends past it), or null when the bytes there
    /// are not a complete value: a reader would find the object damaged too.
    /// </summary>
    public static PdfValue? ReadValue(ReadOnlySpan<byte> data, ref int position)
    {
        List<Frame>? stack = null;
        while (true)
        {
            SkipSpace(data, ref position);
            if (position >= data.Length)
            {
                return null;
            }
            PdfValue value;
            var c = data[position];
            switch (c)
            {
                case (byte)'<' when position + 1 < data.Length && data[position + 1] == '<':
                    position += 2;
                    Push(ref stack, new PdfDictionary());
                    continue;
                case (byte)'[':
                    position++;
                    Push(ref stack, new PdfArray());
                    continue;
                case (byte)'>' when position + 1 < data.Length && data[position + 1] == '>':
                    position += 2;
                    if (stack is not { Count: > 0 } || stack[^1].Container is not PdfDictionary)
                    {
                        return null;
                    }
                    value = stack[^1].Container;
                    stack.RemoveAt(stack.Count - 1);
                    break;
                case (byte)']':
                    position++;
                    if (stack is not { Count: > 0 } || stack[^1].Container is not PdfArray)
                    {
                        return null;
                    }
                    value = stack[^1].Container;
                    stack.RemoveAt(stack.Count - 1);
                    break;
                case (byte)'<':
                    SkipHexString(data, ref position);
                    value = PdfValue.Other;
                    break;
                case (byte)'(':
                    SkipLiteralString(data, ref position);
                    value = PdfValue.Other;
                    break;
                case (byte)'/':
                    value = new PdfName(ReadName(data, ref position));
                    break;
                case (byte)'+' or (byte)'-' or (byte)'.' or >= (byte)'0' and <= (byte)'9':
                    value = ReadNumberOrReference(data, ref position);
                    break;
                default:
                    if (IsDelimiter(c))
                    {
                        return null; // ')', '{', '}' or a lone '>' where a value should start
                    }
                    var keyword = ReadRegular(data, ref position);
                    if (keyword is "true" or "false" or "null")
                    {
                        value = PdfValue.Other;
                        break;
                    }
                    // "endobj", "stream", "R" without numbers…: the value ended before it was complete.
                    return null;
            }

            if (stack is not { Count: > 0 })
            {
                return value;
            }
            var top = stack[^1];
            if (top.Container is PdfArray array)
            {
                array.Items.Add(value);
            }
            else if (top.Key is null)
            {
                top.Key = (value as PdfName)?.Value; // a key that is not a name is skipped, with its value
            }
            else
            {
                ((PdfDictionary)top.Container).Entries[top.Key] = value;
                top.Key = null;
            }
        }
    }

    public static void SkipSpace(ReadOnlySpan<byte> data, ref int position)
    {
        while (position < data.Length)
        {
            var c = data[position];
            if (IsWhitespace(c))
            {
                position++;
            }
            else if (c == '%')
            {
                while (position < data.Length && data[position] is not ((byte)'\r' or (byte)'\n'))
                {
                    position++;
                }
            }
            else
            {
                return;
            }
        }
    }

    public static bool IsWhitespace(byte c) => c is 0 or 9 or 10 or 12 or 13 or 32;

    public static bool IsDelimiter(byte c) => c is (byte)'(' or (byte)')' or (byte)'<' or (byte)'>' or (byte)'[' or (byte)']'
        or (byte)'{' or (byte)'}' or (byte)'/' or (byte)'%';

    public static bool IsRegular(byte c) => !IsWhitespace(c) && !IsDelimiter(c);

    /// <summary>A non-negative integer written at <paramref name="position"/>, or -1.</summary>
    public static long ReadInteger(ReadOnlySpan<byte> data, ref int position)
    {
        var start = position;
        long value = 0;
        while (position < data.Length && data[position] is >= (byte)'0' and <= (byte)'9' && position - start < 18)
        {
            value = value * 10 + (data[position] - '0');
            position++;
        }
        return position == start ? -1 : value;
    }

    private static void Push(ref List<Frame>? stack, PdfValue container)
    {
        stack ??= [];
        if (stack.Count >= MaxNesting)
        {
            throw new ParseFailure(ErrorCodes.TooComplex,
                $"The PDF nests its objects more than {MaxNesting} levels deep, far beyond any real document, so it was not opened.");
        }
        stack.Add(new Frame(container));
    }

    private static PdfValue ReadNumberOrReference(ReadOnlySpan<byte> data, ref int position)
    {
        var text = ReadRegular(data, ref position);
        if (long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var number) && number <= int.MaxValue)
        {
            // "12 0 R": look ahead for the generation and the R without giving up the number if they are not there.
            var ahead = position;
            SkipSpace(data, ref ahead);
            if (ReadInteger(data, ref ahead) >= 0)
            {
                SkipSpace(data, ref ahead);
                if (ahead < data.Length && data[ahead] == 'R' && (ahead + 1 == data.Length || !IsRegular(data[ahead + 1])))
                {
                    position = ahead + 1;
                    return new PdfReference((int)number);
                }
            }
            return new PdfNumber(number);
        }
        return double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var real) ? new PdfNumber(real) : PdfValue.Other;
    }

    private static string ReadRegular(ReadOnlySpan<byte> data, ref int position)
    {
        var start = position;
        while (position < data.Length && IsRegular(data[position]))
        {
            position++;
        }
        if (position == start)
        {
            position++; // never stand still on a byte nothing reads
        }
        return Encoding.Latin1.GetString(data[start..Math.Min(position, data.Length)]);
    }

    /// <summary>A name with its <c>#xx</c> escapes undone: <c>/Fl#61teDecode</c> is <c>FlateDecode</c> to every reader.</summary>
    private static string ReadName(ReadOnlySpan<byte> data, ref int position)
    {
        position++; // the slash
        var start = position;
        while (position < data.Length && IsRegular(data[position]))
        {
            position++;
        }
        var raw = data[start..position];
        if (raw.IndexOf((byte)'#') < 0)
        {
            return Encoding.Latin1.GetString(raw);
        }
        var decoded = new StringBuilder(raw.Length);
        for (var i = 0; i < raw.Length; i++)
        {
            if (raw[i] == '#' && i + 2 < raw.Length && IsHex(raw[i + 1]) && IsHex(raw[i + 2]))
            {
                decoded.Append((char)(HexValue(raw[i + 1]) * 16 + HexValue(raw[i + 2])));
                i += 2;
            }
            else
            {
                decoded.Append((char)raw[i]);
            }
        }
        return decoded.ToString();
    }

    private static void SkipHexString(ReadOnlySpan<byte> data, ref int position)
    {
        var end = data[position..].IndexOf((byte)'>');
        position = end < 0 ? data.Length : position + end + 1;
    }

    private static void SkipLiteralString(ReadOnlySpan<byte> data, ref int position)
    {
        var depth = 0;
        for (; position < data.Length; position++)
        {
            switch (data[position])
            {
                case (byte)'\\':
                    position++;
                    break;
                case (byte)'(':
                    depth++;
                    break;
                case (byte)')':
                    if (--depth == 0)
                    {
                        position++;
                        return;
                    }
                    break;
            }
        }
    }

    private static bool IsHex(byte c) => c is >= (byte)'0' and <= (byte)'9' or >= (byte)'a' and <= (byte)'f' or >= (byte)'A' and <= (byte)'F';

    private static int HexValue(byte c) => c <= '9' ? c - '0' : (c | 0x20) - 'a' + 10;

    private sealed class Frame(PdfValue container)
    {
        public PdfValue Container { get; } = container;
        public string? Key { get; set; }
    }
}
