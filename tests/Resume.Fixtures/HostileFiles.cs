using System.IO.Compression;
using System.Text;

namespace Resume.Fixtures;

/// <summary>Files an upload form meets in the wild: damaged, disguised, encrypted or built to explode.</summary>
public static class HostileFiles
{
    /// <summary>A DOCX-looking ZIP whose document part inflates from a few KB to hundreds of MB.</summary>
    public static byte[] ZipBomb(long inflatedBytes = 96L * 1024 * 1024)
    {
        using var stream = new MemoryStream();
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            zip.CreateEntry("[Content_Types].xml").Open().Dispose();
            var entry = zip.CreateEntry("word/document.xml", CompressionLevel.SmallestSize);
            using var output = entry.Open();
            var block = new byte[1024 * 1024];
            Array.Fill(block, (byte)' ');
            for (long written = 0; written < inflatedBytes; written += block.Length)
            {
                output.Write(block);
            }
        }
        return stream.ToArray();
    }

    /// <summary>A one-page PDF whose page content is a Flate stream that inflates to <paramref name="inflatedBytes"/>.</summary>
    public static byte[] PdfBomb(long inflatedBytes = 32L * 1024 * 1024)
    {
        byte[] compressed;
        using (var packed = new MemoryStream())
        {
            using (var zlib = new ZLibStream(packed, CompressionLevel.SmallestSize, leaveOpen: true))
            {
                var block = new byte[1024 * 1024];
                Array.Fill(block, (byte)' ');
                for (long written = 0; written < inflatedBytes; written += block.Length)
                {
                    zlib.Write(block);
                }
            }
            compressed = packed.ToArray();
        }
        using var pdf = new MemoryStream();
        var offsets = new List<long>();
        void Write(string text) => pdf.Write(Encoding.ASCII.GetBytes(text));
        Write("%PDF-1.7\n");
        offsets.Add(pdf.Position);
        Write("1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n");
        offsets.Add(pdf.Position);
        Write("2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj\n");
        offsets.Add(pdf.Position);
        Write("3 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R >> endobj\n");
        offsets.Add(pdf.Position);
        Write($"4 0 obj << /Length {compressed.Length} /Filter /FlateDecode >>\nstream\n");
        pdf.Write(compressed);
        Write("\nendstream\nendobj\n");
        var xref = pdf.Position;
        Write("xref\n0 5\n0000000000 65535 f \n");
        foreach (var offset in offsets)
        {
            Write($"{offset:D10} 00000 n \n");
        }
        Write($"trailer << /Size 5 /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n");
        return pdf.ToArray();
    }

    /// <summary>The first part of a valid file, as an interrupted upload leaves it.</summary>
    public static byte[] Truncated(byte[] file, double keep = 0.4) => file[..Math.Max(16, (int)(file.Length * keep))];

    /// <summary>A ZIP archive that is not a Word document.</summary>
    public static byte[] PlainZip()
    {
        using var stream = new MemoryStream();
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            using var writer = new StreamWriter(zip.CreateEntry("notes.txt").Open());
            writer.Write("not a resume");
        }
        return stream.ToArray();
    }

    public static byte[] Png() =>
    [
        0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D, 0x49, 0x48, 0x44, 0x52,
        0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x01, 0x08, 0x06, 0x00, 0x00, 0x00, 0x1F, 0x15, 0xC4, 0x89,
    ];

    public static byte[] WindowsExecutable()
    {
        var bytes = new byte[512];
        bytes[0] = (byte)'M';
        bytes[1] = (byte)'Z';
        return bytes;
    }

    /// <summary>An OLE compound file, the container of old .doc files and of password-protected Office files.</summary>
    public static byte[] OleFile(bool encryptedPackage)
    {
        var bytes = new byte[4096];
        byte[] magic = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];
        magic.CopyTo(bytes, 0);
        var name = Encoding.Unicode.GetBytes(encryptedPackage ? "EncryptedPackage" : "WordDocument");
        name.CopyTo(bytes, 1024);
        if (encryptedPackage)
        {
            Encoding.Unicode.GetBytes("EncryptionInfo").CopyTo(bytes, 1152);
        }
        return bytes;
    }

    /// <summary>Bytes that are neither a known format nor text.</summary>
    public static byte[] RandomBinary(int length = 2048, int seed = 3)
    {
        var bytes = new byte[length];
        new Random(seed).NextBytes(bytes);
        bytes[0] = 0x01;
        bytes[1] = 0x00;
        return bytes;
    }

    /// <summary>A PDF with a valid header and nothing readable after it.</summary>
    public static byte[] GarbagePdf() => Encoding.ASCII.GetBytes("%PDF-1.7\n%\u00e2\u00e3\n1 0 obj << /Type /Catalog /Pages 9 0 R >>\nthis is not a pdf body\n%%EOF");
}
