using System.Text;

namespace Resume.Fixtures;

/// <summary>
/// A PDF written object by object, byte for byte, with a correct cross-reference table: for files no PDF library would
/// write (reference loops, bombs, absurd nesting), which is what hostile uploads are.
/// </summary>
public sealed class RawPdf
{
    private readonly List<byte[]> _objects = [];

    /// <summary>Adds object <c>N 0 obj</c> (numbered from 1 in the order added) with <paramref name="body"/> as written.</summary>
    public int Add(string body) => Add(Encoding.Latin1.GetBytes(body));

    public int Add(byte[] body)
    {
        _objects.Add(body);
        return _objects.Count;
    }

    /// <summary>A stream object: <paramref name="dictionary"/> (without <c>/Length</c>, which is added) and its raw data.</summary>
    public int AddStream(string dictionary, byte[] data)
    {
        using var body = new MemoryStream();
        body.Write(Encoding.Latin1.GetBytes($"<< {dictionary} /Length {data.Length} >>\nstream\n"));
        body.Write(data);
        body.Write("\nendstream"u8);
        return Add(body.ToArray());
    }

    /// <summary>One Letter page whose content is <paramref name="content"/> as written, in Helvetica (<c>/F1</c>) and
    /// Helvetica Bold (<c>/F2</c>): for tests that draw text operator by operator, as a producer does.</summary>
    public static byte[] HelveticaPage(params string[] content)
    {
        var pdf = new RawPdf();
        pdf.Add("<< /Type /Catalog /Pages 2 0 R >>");
        pdf.Add("<< /Type /Pages /Kids [3 0 R] /Count 1 >>");
        pdf.Add("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 5 0 R /F2 6 0 R >> >> /Contents 4 0 R >>");
        pdf.AddStream("", Encoding.Latin1.GetBytes(string.Concat(content)));
        pdf.Add("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>");
        pdf.Add("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>");
        return pdf.Build();
    }

    /// <summary>The file, with object 1 as the catalog unless <paramref name="root"/> says otherwise.</summary>
    public byte[] Build(int root = 1)
    {
        using var pdf = new MemoryStream();
        pdf.Write("%PDF-1.7\n%\xE2\xE3\xCF\xD3\n"u8);
        var offsets = new List<long>();
        for (var i = 0; i < _objects.Count; i++)
        {
            offsets.Add(pdf.Position);
            pdf.Write(Encoding.ASCII.GetBytes($"{i + 1} 0 obj\n"));
            pdf.Write(_objects[i]);
            pdf.Write("\nendobj\n"u8);
        }
        var xref = pdf.Position;
        var table = new StringBuilder($"xref\n0 {_objects.Count + 1}\n0000000000 65535 f \n");
        foreach (var offset in offsets)
        {
            table.Append($"{offset:D10} 00000 n \n");
        }
        table.Append($"trailer\n<< /Size {_objects.Count + 1} /Root {root} 0 R >>\nstartxref\n{xref}\n%%EOF\n");
        pdf.Write(Encoding.ASCII.GetBytes(table.ToString()));
        return pdf.ToArray();
    }

    /// <summary>A content stream that writes each line in Helvetica, top to bottom: enough text for a reader to see a resume.</summary>
    public static byte[] TextContent(params string[] lines)
    {
        var content = new StringBuilder("BT /F1 11 Tf 72 740 Td 14 TL\n");
        foreach (var line in lines)
        {
            content.Append('(').Append(line.Replace("\\", "\\\\").Replace("(", "\\(").Replace(")", "\\)")).Append(") Tj T*\n");
        }
        content.Append("ET");
        return Encoding.Latin1.GetBytes(content.ToString());
    }

    public const string HelveticaFont = "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>";
}
