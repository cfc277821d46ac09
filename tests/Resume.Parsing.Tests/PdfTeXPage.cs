using System.Globalization;
using System.Text;
using Resume.Fixtures;

namespace Resume.Parsing.Tests;

/// <summary>A page set as pdfLaTeX sets one: each word placed on its own, no space glyphs, in Courier (every glyph 0.6 em
/// wide, so gaps are set to the point) in three faces, and an icon font named as pdfLaTeX names marvosym, whose glyphs
/// map to the letters they sit on ("{" a bullet, "H" a phone, "B" an e-mail).</summary>
internal static class PdfTeXPage
{
    public const string Upright = "F1", Bold = "F2", Italic = "F3", Icons = "F4";

    /// <summary>The words of <paramref name="text"/> from x on the baseline y, a third of an em apart.</summary>
    public static string Words(double x, double y, double size, string text, string font)
    {
        var drawn = new StringBuilder();
        foreach (var word in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            drawn.Append(CultureInfo.InvariantCulture, $"BT /{font} {size} Tf {x:0.##} {y:0.##} Td ({word.Replace("(", "\\(").Replace(")", "\\)")}) Tj ET\n");
            x += (word.Length + 1.0 / 3 / 0.6) * size * 0.6;
        }
        return drawn.ToString();
    }

    public static byte[] Page(params string[] content)
    {
        var widths = string.Join(' ', Enumerable.Repeat("600", 224));
        var pdf = new RawPdf();
        pdf.Add("<< /Type /Catalog /Pages 2 0 R >>");
        pdf.Add("<< /Type /Pages /Kids [3 0 R] /Count 1 >>");
        pdf.Add("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 5 0 R /F2 6 0 R /F3 7 0 R /F4 8 0 R >> >> /Contents 4 0 R >>");
        pdf.AddStream("", Encoding.Latin1.GetBytes(string.Concat(content)));
        pdf.Add("<< /Type /Font /Subtype /Type1 /BaseFont /Courier /Encoding /WinAnsiEncoding >>");
        pdf.Add("<< /Type /Font /Subtype /Type1 /BaseFont /Courier-Bold /Encoding /WinAnsiEncoding >>");
        pdf.Add("<< /Type /Font /Subtype /Type1 /BaseFont /Courier-Oblique /Encoding /WinAnsiEncoding >>");
        pdf.Add($"<< /Type /Font /Subtype /TrueType /BaseFont /JZSRYH+MarVoSym /FirstChar 32 /LastChar 255 /Widths [{widths}] /FontDescriptor 9 0 R /Encoding /WinAnsiEncoding >>");
        pdf.Add("<< /Type /FontDescriptor /FontName /JZSRYH+MarVoSym /Flags 4 /FontBBox [0 -250 1000 750] /ItalicAngle 0 /Ascent 750 /Descent -250 /CapHeight 700 /StemV 80 >>");
        return pdf.Build();
    }
}
