using System.Text;
using PdfSharp.Drawing;
using PdfSharp.Pdf;
using Resume.Fixtures;
using Resume.Fonts;

namespace Pipeline.Testing;

/// <summary>Resumes made in code: a plain-text one for the happy path, and the hostile kinds the contract names.</summary>
public static class ResumeFixtures
{
    public static byte[] TextResume(string name = "Jordan Avery") => Encoding.UTF8.GetBytes($"""
        {name}
        Senior Backend Developer
        jordan.avery@example.com | +1 555 010 2030 | github.com/javery | Portland, OR

        SUMMARY
        Backend developer with 8 years building APIs and event-driven services in C# and Go.

        EXPERIENCE
        Senior Backend Developer, Northwind Logistics — Portland, OR
        2021-03 – Present
        - Cut order-processing latency by 42% by moving synchronous calls onto RabbitMQ consumers.
        - Led a team of 4 building a .NET 8 pricing service handling 3,000 requests per second.
        - Introduced PostgreSQL partitioning that reduced nightly batch time from 3 hours to 25 minutes.

        Backend Developer, Contoso Health — Seattle, WA
        2017-06 – 2021-02
        - Built REST APIs in ASP.NET Core used by 120 clinics.
        - Wrote integration tests that raised coverage from 35% to 80%.

        EDUCATION
        B.Sc. Computer Science, Oregon State University, 2017

        SKILLS
        Languages: C#, Go, SQL, Python
        Platforms: ASP.NET Core, RabbitMQ, PostgreSQL, Docker, Kubernetes, Azure
        """);

    public const string JobPosting = """
        Backend Engineer. We build event-driven services in C# on .NET with RabbitMQ and PostgreSQL.
        Required: C#, ASP.NET Core, SQL, messaging (RabbitMQ or Kafka), Docker. Nice to have: Kubernetes, Azure, Terraform.
        """;

    /// <summary>A text PDF of <see cref="TextResume"/>'s lines.</summary>
    public static byte[] TextPdf(string name = "Jordan Avery")
    {
        PdfFonts.Register();
        using var document = new PdfDocument();
        var page = document.AddPage();
        using (var graphics = XGraphics.FromPdfPage(page))
        {
            var font = new XFont(PdfFonts.Sans, 10);
            var y = 50.0;
            foreach (var line in Encoding.UTF8.GetString(TextResume(name)).Split('\n'))
            {
                graphics.DrawString(line.TrimEnd(), font, XBrushes.Black, new XPoint(50, y));
                y += 14;
            }
        }
        return Save(document);
    }

    /// <summary>Starts like a PDF, then nothing a PDF reader can use.</summary>
    public static byte[] CorruptPdf()
    {
        var random = new Random(20261128);
        var noise = new byte[6000];
        random.NextBytes(noise);
        return [.. "%PDF-1.7\n%\u00e2\u00e3\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R"u8, .. noise];
    }

    /// <summary>A real resume PDF that opens only with a password.</summary>
    public static byte[] EncryptedPdf()
    {
        PdfFonts.Register();
        using var document = new PdfDocument();
        var page = document.AddPage();
        using (var graphics = XGraphics.FromPdfPage(page))
        {
            graphics.DrawString("Jordan Avery — Senior Backend Developer", new XFont(PdfFonts.Sans, 12), XBrushes.Black, new XPoint(50, 60));
        }
        document.SecuritySettings.UserPassword = "open-sesame";
        document.SecuritySettings.OwnerPassword = "owner-secret";
        return Save(document);
    }

    /// <summary>A scanned-looking page: one picture of text-like bars, no text layer at all.</summary>
    public static byte[] ImageOnlyPdf()
    {
        PdfFonts.Register();
        using var document = new PdfDocument();
        var page = document.AddPage();
        using (var graphics = XGraphics.FromPdfPage(page))
        using (var image = XImage.FromStream(new MemoryStream(Bitmap(400, 300))))
        {
            graphics.DrawImage(image, 40, 40, 500, 375);
        }
        return Save(document);
    }

    /// <summary>A GIF's signature and screen descriptor: an image of a kind not read (photos are PNG or JPEG), whatever the file is called.</summary>
    public static byte[] Gif() =>
    [
        (byte)'G', (byte)'I', (byte)'F', (byte)'8', (byte)'9', (byte)'a', 0x01, 0x00, 0x01, 0x00, 0x80, 0x00, 0x00,
        0xFF, 0xFF, 0xFF, 0x00, 0x00, 0x00, 0x2C, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x01, 0x00, 0x00, 0x02, 0x02, 0x44, 0x01, 0x00, 0x3B,
    ];

    /// <summary>A phone photo of a resume (Marta Lindqvist's, a generated PDF drawn as a PNG), read with OCR.</summary>
    public static byte[] PhotoOfResume() => Pictures.Of(PdfResume.SingleColumn(People.Backend), PictureFormat.Png);

    /// <summary>
    /// An OLE compound file, the container of both a password-protected DOCX (its streams are named EncryptedPackage and
    /// EncryptionInfo) and a legacy .doc. Only the header and directory names matter to a type check.
    /// </summary>
    public static byte[] OfficeContainer(bool encrypted)
    {
        var file = new byte[4096];
        byte[] magic = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];
        magic.CopyTo(file, 0);
        file[0x1C] = 0xFE; // little-endian byte order mark
        file[0x1D] = 0xFF;
        var names = encrypted ? new[] { "Root Entry", "EncryptionInfo", "EncryptedPackage" } : ["Root Entry", "WordDocument", "1Table"];
        for (var i = 0; i < names.Length; i++)
        {
            Encoding.Unicode.GetBytes(names[i]).CopyTo(file, 1024 + i * 128);
        }
        return file;
    }

    /// <summary>Plain text of about <paramref name="bytes"/> bytes.</summary>
    public static byte[] LargeText(int bytes)
    {
        var line = "Backend developer, C#, RabbitMQ, PostgreSQL, distributed systems.\n"u8.ToArray();
        var result = new byte[bytes];
        for (var i = 0; i < bytes; i++)
        {
            result[i] = line[i % line.Length];
        }
        return result;
    }

    private static byte[] Save(PdfDocument document)
    {
        return document.ToBytes();
    }

    /// <summary>A 24-bit BMP: white, with dark bars where lines of text would be.</summary>
    private static byte[] Bitmap(int width, int height)
    {
        var stride = (width * 3 + 3) & ~3;
        var pixels = new byte[stride * height];
        for (var y = 0; y < height; y++)
        {
            var row = height - 1 - y; // BMP rows run bottom-up
            var inBar = y % 24 is >= 8 and < 16;
            for (var x = 0; x < width; x++)
            {
                var dark = inBar && x is > 20 && x < width - 20 - (y * 7 % 90);
                var value = dark ? (byte)30 : (byte)250;
                pixels[row * stride + x * 3] = value;
                pixels[row * stride + x * 3 + 1] = value;
                pixels[row * stride + x * 3 + 2] = value;
            }
        }
        using var bmp = new MemoryStream();
        using var writer = new BinaryWriter(bmp);
        writer.Write("BM"u8);
        writer.Write(54 + pixels.Length);
        writer.Write(0);
        writer.Write(54);
        writer.Write(40);
        writer.Write(width);
        writer.Write(height);
        writer.Write((short)1);
        writer.Write((short)24);
        writer.Write(0);
        writer.Write(pixels.Length);
        writer.Write(2835);
        writer.Write(2835);
        writer.Write(0);
        writer.Write(0);
        writer.Write(pixels);
        writer.Flush();
        return bmp.ToArray();
    }
}
