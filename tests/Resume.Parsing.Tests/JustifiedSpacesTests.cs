using PdfSharp.Pdf;
using Resume.Fixtures;
using static Resume.Parsing.Tests.Parsing;

namespace Resume.Parsing.Tests;

/// <summary>
/// A justified paragraph as LibreOffice and Word save it: each word followed by its space glyph, then moved on by the
/// line's stretch. Every space of the line carries the same padding, so the line is one run of words, not a row of
/// cells; only the paragraph's last line is set loose.
/// </summary>
public sealed class JustifiedSpacesTests
{
    [Fact]
    public void A_justified_bullet_s_stretched_spaces_keep_its_first_line_whole()
    {
        const double left = 60;
        const double size = 10.5;
        using var document = new PdfDocument();
        using (var c = new PdfCanvas(document))
        {
            c.Draw("Ingrid Solberg", left, 20, bold: true);
            c.Advance(20);
            c.Draw("ingrid.solberg@example.no", left, 10);
            c.Advance(30);
            c.Draw("EXPERIENCE", left, 13, bold: true);
            c.Advance(20);
            c.Draw("Field Technician, Norrvik Water Board", left, 11, bold: true);
            c.DrawRight("2019 – 2023", 535, 11);
            c.Advance(16);
            c.Draw("•", left + 8, size);
            Justified(c, "Sampled the river mouths every fortnight and logged the readings for", left + 22, size, pad: 4.8);
            c.Advance(14);
            c.Draw("the regional water quality report.", left + 22, size);
            c.Advance(24);
            c.Draw("EDUCATION", left, 13, bold: true);
            c.Advance(20);
            c.Draw("University of Tromsø, Bachelor of Science in Ecology", left, 11);
            c.DrawRight("2015 – 2018", 535, 11);
        }
        var resume = Read(document.ToBytes());

        var job = Assert.Single(resume.Work);
        Assert.Equal(["Sampled the river mouths every fortnight and logged the readings for the regional water quality report."],
            job.Highlights);
    }

    /// <summary>Each word drawn with its space, the next word moved on by the same stretch.</summary>
    private static void Justified(PdfCanvas c, string line, double x, double size, double pad)
    {
        var words = line.Split(' ');
        for (var i = 0; i < words.Length; i++)
        {
            x = c.Draw(i < words.Length - 1 ? words[i] + " " : words[i], x, size) + pad;
        }
    }
}
