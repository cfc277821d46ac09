using System.IO.Compression;
using System.Text;

namespace Resume.Fixtures;

/// <summary>
/// Small PDFs built to hurt a reader: reference loops that recurse forever, filter chains that explode, structures nested
/// or repeated past any real document. Each is a few kilobytes on disk.
/// </summary>
public static class HostilePdfs
{
    private static readonly Lazy<byte[]> GibibyteTwiceDeflated = new(() => Deflate(Deflate(new Spaces(1L << 30))));

    /// <summary>
    /// A page whose <c>/Resources</c> (or <c>/MediaBox</c>) is object 7, which is only a reference to object 8, which is
    /// only a reference to 7: a reader that follows references to the end recurses until its stack runs out.
    /// </summary>
    public static byte[] LoopingReferences(bool inMediaBox = false)
    {
        var pdf = new RawPdf();
        pdf.Add("<< /Type /Catalog /Pages 2 0 R >>");
        pdf.Add("<< /Type /Pages /Kids [3 0 R] /Count 1 >>");
        pdf.Add(inMediaBox
            ? "<< /Type /Page /Parent 2 0 R /MediaBox 7 0 R /Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>"
            : "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources 7 0 R /Contents 4 0 R >>");
        pdf.AddStream("", RawPdf.TextContent("Jordan Looper", "Backend Developer", "Experience", "Engineer at Example Corp 2019 - 2024"));
        pdf.Add(RawPdf.HelveticaFont);
        pdf.Add("<< /Producer (hostile) >>");
        pdf.Add("8 0 R");
        pdf.Add("7 0 R");
        return pdf.Build();
    }

    /// <summary>
    /// A page content stream with <c>/Filter [/FlateDecode /FlateDecode]</c>: 1.7 KB on disk, 1 MB after the first layer and
    /// <paramref name="gibibytes"/> GiB of spaces after the second (1 by default; built once per process).
    /// </summary>
    public static byte[] DoubleFlateBomb(int gibibytes = 1)
    {
        var data = gibibytes == 1 ? GibibyteTwiceDeflated.Value : Deflate(Deflate(new Spaces((long)gibibytes << 30)));
        return OnePage(pdf => pdf.AddStream("/Filter [/FlateDecode /FlateDecode]", data));
    }

    /// <summary>
    /// A single-layer Flate bomb whose <c>/Filter</c> stands more than <paramref name="padding"/> bytes before the
    /// <c>stream</c> keyword, hidden behind a long string in the stream's dictionary.
    /// </summary>
    public static byte[] FarFilterFlateBomb(long inflatedBytes = 512L * 1024 * 1024, int padding = 2048)
    {
        var data = Deflate(new Spaces(inflatedBytes));
        return OnePage(pdf => pdf.AddStream($"/Filter /FlateDecode /Comment ({new string('x', padding)})", data));
    }

    /// <summary>A flate stream whose filter is named through an indirect object: no window of bytes near the stream shows it.</summary>
    public static byte[] IndirectFilterFlateBomb(long inflatedBytes = 512L * 1024 * 1024)
    {
        var data = Deflate(new Spaces(inflatedBytes));
        return OnePage(pdf => pdf.AddStream("/Filter 6 0 R", data), after: pdf => pdf.Add("[/FlateDecode]"));
    }

    /// <summary>
    /// A flate bomb behind <c>[/ASCIIHexDecode /FlateDecode]</c> with the filter names spelled with <c>#xx</c> escapes
    /// (<c>/Fl#61teDecode</c>), which every reader undoes.
    /// </summary>
    public static byte[] EscapedChainFlateBomb(long inflatedBytes = 512L * 1024 * 1024)
    {
        var hex = Encoding.ASCII.GetBytes(Convert.ToHexString(Deflate(new Spaces(inflatedBytes))) + ">");
        return OnePage(pdf => pdf.AddStream("/Filter [/ASCIIHexDecode /Fl#61teDecode]", hex));
    }

    /// <summary>A run-length stream of maximal runs: 2 bytes on disk for every 128 decoded.</summary>
    public static byte[] RunLengthBomb(int encodedBytes = 6 * 1024 * 1024)
    {
        var data = new byte[encodedBytes / 2 * 2 + 1];
        for (var i = 0; i + 1 < data.Length; i += 2)
        {
            data[i] = 129; // repeat the next byte 257 - 129 = 128 times
            data[i + 1] = (byte)' ';
        }
        data[^1] = 128; // end of data
        return OnePage(pdf => pdf.AddStream("/Filter /RunLengthDecode", data));
    }

    /// <summary>A page tree whose <c>/Kids</c> names its own parent: walking the pages never ends.</summary>
    public static byte[] PageTreeLoop()
    {
        var pdf = new RawPdf();
        pdf.Add("<< /Type /Catalog /Pages 2 0 R >>");
        pdf.Add("<< /Type /Pages /Kids [3 0 R 6 0 R] /Count 2 >>");
        pdf.Add("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>");
        pdf.AddStream("", RawPdf.TextContent("Pat Cycle", "Data Engineer"));
        pdf.Add(RawPdf.HelveticaFont);
        pdf.Add("<< /Type /Pages /Parent 2 0 R /Kids [2 0 R] /Count 1 >>");
        return pdf.Build();
    }

    /// <summary>A page whose dictionary holds arrays nested <paramref name="depth"/> deep: a recursive reader's stack runs out.</summary>
    public static byte[] DeepNesting(int depth = 100_000)
    {
        var nested = new string('[', depth) + new string(']', depth);
        return OnePage(pdf => pdf.AddStream("", RawPdf.TextContent("Deep Nesting", "Backend Developer")), $"/Junk {nested}");
    }

    /// <summary>A form XObject whose content draws the form itself: a reader that follows <c>Do</c> never returns.</summary>
    public static byte[] SelfDrawingForm() => OnePage(
        pdf => pdf.AddStream("", Encoding.Latin1.GetBytes("/Fm1 Do\n").Concat(RawPdf.TextContent("Frank Form", "Designer")).ToArray()),
        xobjects: "/Fm1 6 0 R",
        after: pdf => pdf.AddStream("/Type /XObject /Subtype /Form /BBox [0 0 612 792] /Resources << /XObject << /Fm1 6 0 R >> >>", "/Fm1 Do"u8.ToArray()));

    /// <summary>A page content stream whose text operand is an array nested <paramref name="depth"/> deep.</summary>
    public static byte[] DeepContentArrays(int depth = 100_000)
    {
        var content = Encoding.Latin1.GetBytes($"BT /F1 11 Tf 72 700 Td {new string('[', depth)}(x){new string(']', depth)} TJ ET\n")
            .Concat(RawPdf.TextContent("Dee Contents", "Backend Developer")).ToArray();
        return OnePage(pdf => pdf.AddStream("/Filter /FlateDecode", Deflate(content)));
    }

    /// <summary>An image XObject declaring <paramref name="width"/> × <paramref name="height"/> pixels (a few bytes of data).</summary>
    public static byte[] HugeImage(int width = 200_000, int height = 200_000) => OnePage(
        pdf => pdf.AddStream("", Encoding.Latin1.GetBytes("q 612 0 0 792 0 0 cm /Im1 Do Q\n").Concat(RawPdf.TextContent("Ima Ge", "Designer")).ToArray()),
        xobjects: "/Im1 6 0 R",
        after: pdf => pdf.AddStream($"/Type /XObject /Subtype /Image /Width {width} /Height {height} /ColorSpace /DeviceRGB /BitsPerComponent 8 /Filter /FlateDecode",
            Deflate(new byte[3 * 1024])));

    /// <summary>More pages than any resume, each a few bytes: a page-count bomb.</summary>
    public static byte[] ManyPages(int pages = 50_000)
    {
        var pdf = new RawPdf();
        pdf.Add("<< /Type /Catalog /Pages 2 0 R >>");
        var kids = string.Join(' ', Enumerable.Range(0, pages).Select(i => $"{4 + i} 0 R"));
        pdf.Add($"<< /Type /Pages /Kids [{kids}] /Count {pages} >>");
        pdf.AddStream("", RawPdf.TextContent("Many Pages"));
        for (var i = 0; i < pages; i++)
        {
            pdf.Add("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 3 0 R >>");
        }
        return pdf.Build();
    }

    /// <summary>
    /// A one-page PDF: object 4 is the page's content (added by <paramref name="contents"/>), 5 its font, and objects
    /// from 6 on whatever <paramref name="after"/> adds (named in the page's resources by <paramref name="xobjects"/>).
    /// </summary>
    private static byte[] OnePage(Action<RawPdf> contents, string pageExtra = "", string xobjects = "", Action<RawPdf>? after = null)
    {
        var pdf = new RawPdf();
        pdf.Add("<< /Type /Catalog /Pages 2 0 R >>");
        pdf.Add("<< /Type /Pages /Kids [3 0 R] /Count 1 >>");
        var resources = xobjects.Length > 0 ? $"/Font << /F1 5 0 R >> /XObject << {xobjects} >>" : "/Font << /F1 5 0 R >>";
        pdf.Add($"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << {resources} >> /Contents 4 0 R {pageExtra} >>");
        contents(pdf);
        pdf.Add(RawPdf.HelveticaFont);
        after?.Invoke(pdf);
        return pdf.Build();
    }

    public static byte[] Deflate(byte[] data)
    {
        using var packed = new MemoryStream();
        using (var zlib = new ZLibStream(packed, CompressionLevel.SmallestSize, leaveOpen: true))
        {
            zlib.Write(data);
        }
        return packed.ToArray();
    }

    private static byte[] Deflate(Spaces spaces)
    {
        using var packed = new MemoryStream();
        using (var zlib = new ZLibStream(packed, CompressionLevel.SmallestSize, leaveOpen: true))
        {
            var block = new byte[1024 * 1024];
            Array.Fill(block, (byte)' ');
            for (var left = spaces.Count; left > 0; left -= block.Length)
            {
                zlib.Write(block, 0, (int)Math.Min(block.Length, left));
            }
        }
        return packed.ToArray();
    }

    private readonly record struct Spaces(long Count);
}
