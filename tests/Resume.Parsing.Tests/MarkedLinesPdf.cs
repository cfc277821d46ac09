using PdfSharp.Pdf;
using Resume.Fixtures;

namespace Resume.Parsing.Tests;

/// <summary>
/// Draws a one-column resume from marked lines, so a test can state its text in a few lines of markup: the first line is
/// the name, "# " opens a heading, "• " a bullet, and a tab sets the rest of the line flush right (dates beside a bold
/// entry line).
/// </summary>
internal static class MarkedLinesPdf
{
    public static byte[] Render(IReadOnlyList<string> lines)
    {
        const double left = 50, right = 545;
        using var document = new PdfDocument();
        using (var c = new PdfCanvas(document))
        {
            c.Draw(lines[0], left, 20, bold: true);
            c.Advance(22);
            foreach (var line in lines.Skip(1))
            {
                if (line.StartsWith("# ", StringComparison.Ordinal))
                {
                    c.Advance(8);
                    c.Draw(line[2..], left, 13, bold: true);
                    c.Advance(17);
                }
                else if (line.StartsWith("• ", StringComparison.Ordinal))
                {
                    c.Draw("•", left + 4, 10);
                    c.Draw(line[2..], left + 14, 10);
                    c.Advance(13);
                }
                else
                {
                    var parts = line.Split('\t');
                    c.Draw(parts[0], left, 10, bold: parts.Length > 1);
                    if (parts.Length > 1)
                    {
                        c.DrawRight(parts[1], right, 10);
                    }
                    c.Advance(13);
                }
            }
        }
        return document.ToBytes();
    }
}
