using System.Buffers.Binary;
using System.Diagnostics;
using System.IO.Compression;
using PdfSharp.Drawing;
using PdfSharp.Pdf;

namespace Resume.Fixtures;

/// <summary>
/// Photos and scans of resumes, made in code: a generated resume PDF drawn to a picture by poppler's <c>pdftoppm</c>
/// (installed with the OCR tools), or a PDF that holds only such a picture. Also hostile pictures built byte by byte.
/// </summary>
public static class Pictures
{
    /// <summary>Page one of <paramref name="pdf"/> as a PNG or JPEG picture at <paramref name="dpi"/>, as a scanner saves it.</summary>
    public static byte[] Of(byte[] pdf, PictureFormat format, int dpi = 300)
    {
        var start = new ProcessStartInfo("pdftoppm", [format == PictureFormat.Png ? "-png" : "-jpeg", "-gray", "-r", dpi.ToString(System.Globalization.CultureInfo.InvariantCulture), "-f", "1", "-l", "1", "-"])
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        using var process = Process.Start(start) ?? throw new InvalidOperationException("pdftoppm did not start (install poppler-utils).");
        var writer = Task.Run(() =>
        {
            process.StandardInput.BaseStream.Write(pdf);
            process.StandardInput.Close();
        });
        using var picture = new MemoryStream();
        process.StandardOutput.BaseStream.CopyTo(picture);
        writer.Wait();
        process.WaitForExit();
        return process.ExitCode == 0 && picture.Length > 0
            ? picture.ToArray()
            : throw new InvalidOperationException($"pdftoppm failed: {process.StandardError.ReadToEnd()}");
    }

    /// <summary>
    /// A "scanned" resume: <paramref name="pdf"/>'s first page as a JPEG, alone on a page with no text layer, turned by
    /// <paramref name="quarterTurns"/> quarter turns clockwise as a sheet fed the wrong way round comes out (an odd
    /// number of turns gives a landscape page), and by <paramref name="degrees"/> more, as a sheet laid askew on the
    /// glass or photographed by hand.
    /// </summary>
    public static byte[] ScannedPdf(byte[] pdf, int dpi = 300, int quarterTurns = 0, double degrees = 0)
    {
        using var document = new PdfDocument();
        var page = document.AddPage();
        using (var image = XImage.FromStream(new MemoryStream(Of(pdf, PictureFormat.Jpeg, dpi))))
        {
            var (width, height) = (page.Width.Point, page.Height.Point);
            if (quarterTurns % 2 == 1)
            {
                page.Orientation = PdfSharp.PageOrientation.Landscape;
            }
            using var graphics = XGraphics.FromPdfPage(page);
            graphics.TranslateTransform(page.Width.Point / 2, page.Height.Point / 2);
            graphics.RotateTransform(90 * quarterTurns + degrees);
            // Shrunk to stay on the page when askew, as a sheet on a larger glass keeps its corners.
            var fit = 1 / (Math.Abs(Math.Cos(degrees * Math.PI / 180)) + Math.Abs(Math.Sin(degrees * Math.PI / 180)) * Math.Max(width / height, height / width));
            graphics.ScaleTransform(fit);
            graphics.DrawImage(image, -width / 2, -height / 2, width, height);
        }
        return document.ToBytes();
    }

    /// <summary>
    /// A decompression bomb: a valid greyscale PNG of <paramref name="side"/> × <paramref name="side"/> white pixels,
    /// a few hundred kilobytes on disk that decode to side² bytes (20000: 400 MB) in any reader that trusts it.
    /// </summary>
    public static byte[] PngBomb(int side = 20_000)
    {
        using var compressed = new MemoryStream();
        using (var zlib = new ZLibStream(compressed, CompressionLevel.Optimal, leaveOpen: true))
        {
            var row = new byte[side + 1]; // filter byte 0, then the pixels
            Array.Fill(row, (byte)0xFF, 1, side);
            for (var y = 0; y < side; y++)
            {
                zlib.Write(row);
            }
        }
        var header = new byte[13];
        BinaryPrimitives.WriteUInt32BigEndian(header, (uint)side);
        BinaryPrimitives.WriteUInt32BigEndian(header.AsSpan(4), (uint)side);
        header[8] = 8; // bit depth
        header[9] = 0; // greyscale
        using var png = new MemoryStream();
        png.Write([0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A]);
        Chunk(png, "IHDR", header);
        Chunk(png, "IDAT", compressed.ToArray());
        Chunk(png, "IEND", []);
        return png.ToArray();
    }

    /// <summary>The first part of a real picture, as an upload cut off half way leaves it.</summary>
    public static byte[] Truncated(byte[] picture, double share = 0.6) => picture[..(int)(picture.Length * share)];

    private static void Chunk(Stream png, string type, byte[] data)
    {
        Span<byte> word = stackalloc byte[4];
        BinaryPrimitives.WriteUInt32BigEndian(word, (uint)data.Length);
        png.Write(word);
        var typed = new byte[4 + data.Length];
        System.Text.Encoding.ASCII.GetBytes(type, typed);
        data.CopyTo(typed, 4);
        png.Write(typed);
        BinaryPrimitives.WriteUInt32BigEndian(word, Crc32(typed));
        png.Write(word);
    }

    private static uint Crc32(ReadOnlySpan<byte> bytes)
    {
        var crc = 0xFFFFFFFFu;
        foreach (var b in bytes)
        {
            crc ^= b;
            for (var k = 0; k < 8; k++)
            {
                crc = (crc & 1) != 0 ? 0xEDB88320u ^ (crc >> 1) : crc >> 1;
            }
        }
        return ~crc;
    }
}

public enum PictureFormat
{
    Png,
    Jpeg,
}
