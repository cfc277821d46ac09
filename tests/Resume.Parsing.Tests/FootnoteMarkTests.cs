using PdfSharp.Pdf;
using Resume.Fixtures;
using static Resume.Parsing.Tests.Parsing;

namespace Resume.Parsing.Tests;

/// <summary>A footnote's mark set small and raised after a word of a degree line ("Doctor in Physics¹") is no text of
/// its own: it neither makes an entry nor stays in the degree.</summary>
public sealed class FootnoteMarkTests
{
    [Theory]
    [InlineData("1")]
    [InlineData("*")]
    [InlineData("†")]
    public void A_raised_small_mark_after_a_degree_is_no_entry(string mark)
    {
        var resume = Read(Page(mark));

        Assert.Equal(["Lakeshore Institute of Technology", "Universidad del Valle Alto"], resume.Education.Select(e => e.Institution));
        Assert.Equal(["Doctor", "Master"], resume.Education.Select(e => e.StudyType));
        Assert.Equal("Physics", resume.Education[0].Area);
    }

    private static byte[] Page(string mark)
    {
        const double dates = 54, left = 130, text = 10;
        using var document = new PdfDocument();
        using (var c = new PdfCanvas(document))
        {
            c.Draw("Inés Barroso Quintero", left, 18, bold: true);
            c.Advance(16);
            c.Draw("ines.barroso@example.org · +41 79 555 01 23 · Lausanne", left, text);
            c.Advance(28);
            c.Draw("Education", left, 13, bold: true);
            c.Advance(18);
            c.Draw("2021–2025", dates, text);
            var end = c.Draw("Doctor in Physics", left, text);
            c.Draw(mark, end + 0.3, text * 0.6, y: c.Y - text * 0.4);
            c.Advance(13);
            c.Draw("Laboratory of Optics, Lakeshore Institute of Technology", left, text);
            c.Advance(13);
            c.Draw("Measuring the shape of faint galaxies in wide surveys.", left, text);
            c.Advance(18);
            c.Draw("2019–2021", dates, text);
            c.Draw("Master in Physics", left, text);
            c.Advance(13);
            c.Draw("Departamento de Física, Universidad del Valle Alto", left, text);
            c.Advance(28);
            c.Draw("Experience", left, 13, bold: true);
            c.Advance(18);
            c.Draw("2020–2021", dates, text);
            c.Draw("Teaching Assistant, Universidad del Valle Alto", left, text);
            c.Advance(13);
            c.Draw("• Led the weekly problem sessions of the optics course", left, text);
            c.Advance(40);
            c.Draw(mark, left, text * 0.6, y: c.Y - text * 0.4);
            c.Draw("Defence planned for the summer of 2025", left + 5, text * 0.8);
        }
        return document.ToBytes();
    }
}
