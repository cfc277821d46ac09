using System.Buffers.Binary;
using System.Globalization;
using System.Text;

namespace Resume.Parsing.Isolation.Ocr;

/// <summary>
/// A one-page PDF that draws a picture turned by a few degrees, for poppler to draw straight again: the picture's own
/// bytes are embedded as they are (a JPEG's DCT data, a PNG's deflated rows, a PGM's pixels), so nothing here decodes
/// untrusted image data, and the drawing happens in <c>pdftoppm</c> under the OCR tools' limits.
/// </summary>
internal static class TurnedPicture
{
    /// <summary>The PDF, or null for a picture it cannot embed unchanged (a CMYK JPEG; a PNG with transparency, a
    /// palette, 16-bit samples or interlacing): such a picture is read as it is.</summary>
    public static (byte[] Pdf, int LongerSide)? Pdf(ReadOnlySpan<byte> picture, double degrees) =>
        Image(picture) is { } image ? Write(image, degrees) : null;

    private sealed record Embedded(int Width, int Height, string ColorSpace, string Filter, byte[] Data);

    private static Embedded? Image(ReadOnlySpan<byte> picture) =>
        picture.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xD8]) ? Jpeg(picture)
        : picture.StartsWith((ReadOnlySpan<byte>)[0x89, (byte)'P', (byte)'N', (byte)'G']) ? Png(picture)
        : picture.StartsWith("P5"u8) ? Pgm(picture)
        : null;

    private static Embedded? Jpeg(ReadOnlySpan<byte> jpeg)
    {
        // Walk the markers to the frame header (SOF0–SOF15 but DHT, JPG and DAC): height, width, components.
        var at = 2;
        while (at + 9 < jpeg.Length && jpeg[at] == 0xFF)
        {
            var marker = jpeg[at + 1];
            var length = BinaryPrimitives.ReadUInt16BigEndian(jpeg[(at + 2)..]);
            if (marker is >= 0xC0 and <= 0xCF and not 0xC4 and not 0xC8 and not 0xCC)
            {
                var (height, width, components) = (BinaryPrimitives.ReadUInt16BigEndian(jpeg[(at + 5)..]),
                    BinaryPrimitives.ReadUInt16BigEndian(jpeg[(at + 7)..]), jpeg[at + 9]);
                return components switch
                {
                    1 => new Embedded(width, height, "/DeviceGray", "/Filter /DCTDecode", jpeg.ToArray()),
                    3 => new Embedded(width, height, "/DeviceRGB", "/Filter /DCTDecode", jpeg.ToArray()),
                    _ => null, // CMYK JPEGs differ in whether their samples are inverted; not worth guessing.
                };
            }
            at += 2 + length;
        }
        return null;
    }

    private static Embedded? Png(ReadOnlySpan<byte> png)
    {
        // IHDR: width, height, bit depth, colour type, compression, filter, interlace.
        if (png.Length < 33)
        {
            return null;
        }
        var (width, height) = (BinaryPrimitives.ReadInt32BigEndian(png[16..]), BinaryPrimitives.ReadInt32BigEndian(png[20..]));
        var (depth, colour, interlace) = (png[24], png[25], png[28]);
        if (depth != 8 || interlace != 0 || colour is not (0 or 2))
        {
            return null;
        }
        var colours = colour == 0 ? 1 : 3;
        using var data = new MemoryStream();
        for (var at = 8; at + 12 <= png.Length;)
        {
            var length = BinaryPrimitives.ReadInt32BigEndian(png[at..]);
            if (length < 0 || at + 12L + length > png.Length)
            {
                return null;
            }
            if (png.Slice(at + 4, 4).SequenceEqual("IDAT"u8))
            {
                data.Write(png.Slice(at + 8, length));
            }
            at += 12 + length;
        }
        // A PNG's rows carry a filter byte each: PDF's PNG predictors undo them as the data is inflated.
        return new Embedded(width, height, colour == 0 ? "/DeviceGray" : "/DeviceRGB",
            $"/Filter /FlateDecode /DecodeParms << /Predictor 15 /Colors {colours} /BitsPerComponent 8 /Columns {width} >>", data.ToArray());
    }

    private static Embedded? Pgm(ReadOnlySpan<byte> pgm) =>
        Ocr.Pgm.Header(pgm) is var (width, height, offset)
            ? new Embedded(width, height, "/DeviceGray", "", pgm.Slice(offset, width * height).ToArray())
            : null;

    private static (byte[] Pdf, int LongerSide) Write(Embedded image, double degrees)
    {
        // A pixel is a point; the page is the turned picture's bounding box, drawn about its centre.
        var radians = degrees * Math.PI / 180;
        var (cos, sin) = (Math.Cos(radians), Math.Sin(radians));
        var pageWidth = image.Width * Math.Abs(cos) + image.Height * Math.Abs(sin);
        var pageHeight = image.Width * Math.Abs(sin) + image.Height * Math.Abs(cos);
        var content = Invariant($"q 1 0 0 1 {pageWidth / 2:0.###} {pageHeight / 2:0.###} cm {cos:0.######} {sin:0.######} {-sin:0.######} {cos:0.######} 0 0 cm {image.Width} 0 0 {image.Height} {-image.Width / 2.0:0.###} {-image.Height / 2.0:0.###} cm /Im0 Do Q");

        using var pdf = new MemoryStream();
        var offsets = new List<long>();
        void Text(string text) => pdf.Write(Encoding.ASCII.GetBytes(text));
        void Object(string body, byte[]? stream = null)
        {
            offsets.Add(pdf.Position);
            Text(Invariant($"{offsets.Count} 0 obj\n{body}\n"));
            if (stream is not null)
            {
                Text("stream\n");
                pdf.Write(stream);
                Text("\nendstream\n");
            }
            Text("endobj\n");
        }

        Text("%PDF-1.4\n");
        Object("<< /Type /Catalog /Pages 2 0 R >>");
        Object("<< /Type /Pages /Kids [3 0 R] /Count 1 >>");
        Object(Invariant($"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 {pageWidth:0.###} {pageHeight:0.###}] /Resources << /XObject << /Im0 5 0 R >> >> /Contents 4 0 R >>"));
        var drawing = Encoding.ASCII.GetBytes(content);
        Object(Invariant($"<< /Length {drawing.Length} >>"), drawing);
        Object(Invariant($"<< /Type /XObject /Subtype /Image /Width {image.Width} /Height {image.Height} /ColorSpace {image.ColorSpace} /BitsPerComponent 8 {image.Filter} /Length {image.Data.Length} >>"), image.Data);
        var table = pdf.Position;
        Text(Invariant($"xref\n0 {offsets.Count + 1}\n0000000000 65535 f \n"));
        foreach (var offset in offsets)
        {
            Text(Invariant($"{offset:0000000000} 00000 n \n"));
        }
        Text(Invariant($"trailer\n<< /Size {offsets.Count + 1} /Root 1 0 R >>\nstartxref\n{table}\n%%EOF\n"));
        return (pdf.ToArray(), (int)Math.Ceiling(Math.Max(pageWidth, pageHeight)));
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
