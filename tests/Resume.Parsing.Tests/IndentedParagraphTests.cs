using PdfSharp.Pdf;
using Resume.Fixtures;
using static Resume.Parsing.Tests.Parsing;

namespace Resume.Parsing.Tests;

/// <summary>
/// A job's description set as an indented paragraph with no glyphs, as Word users type it under a bold entry line: the
/// indent sets it apart from the entry lines, but it is running text (the job's summary), not a list of items.
/// </summary>
public sealed class IndentedParagraphTests
{
    private const double Left = 50, Indent = 80, Width = 420;

    [Fact]
    public void An_indented_paragraph_of_several_sentences_is_the_jobs_summary()
    {
        var resume = Read(Page(c =>
        {
            Entry(c, "Softwareentwickler – Lindqvist Kassensysteme GmbH", "07/2020 – 10/2020");
            c.Paragraph("Die Lindqvist Kassensysteme GmbH ist ein Unternehmen, das Software für Kassen im europäischen Raum "
                + "vertreibt. In einer Abteilung von fünf Personen arbeitete die Entwicklung an Frontend und Backend. "
                + "Dabei entstanden mehrere Produkte für Händler in drei Ländern.", Indent, Width, 10);
            c.Advance(6);
            c.Paragraph("Schlagworte: C#, SQL, Vue.js", Indent, Width, 10);
        }));

        var job = Assert.Single(resume.Work);
        Assert.Equal("Lindqvist Kassensysteme GmbH", job.Name);
        Assert.StartsWith("Die Lindqvist Kassensysteme GmbH ist ein Unternehmen", job.Summary);
        Assert.DoesNotContain(job.Highlights, h => h.Contains("Abteilung", StringComparison.Ordinal));
    }

    [Fact]
    public void An_indented_account_in_the_first_person_is_the_jobs_summary()
    {
        var resume = Read(Page(c =>
        {
            Entry(c, "Developer, Okafor Digital GbR, Mannheim", "02/2022 – 07/2022");
            c.Paragraph("My work mainly consisted of building new features for the booking pages of small shops and "
                + "fixing the bugs their owners reported", Indent, Width, 10);
        }));

        var job = Assert.Single(resume.Work);
        Assert.Empty(job.Highlights);
        Assert.StartsWith("My work mainly consisted of building new features", job.Summary);
    }

    [Fact]
    public void Wrapped_items_in_a_row_stay_items_though_their_glyphs_were_drawn_as_shapes()
    {
        // A template that draws its bullets as discs leaves no glyph in the text: several wrapped blocks in a row, each
        // with a name of its own ("My Harbour Town"), are a list, not a paragraph.
        var resume = Read(Page(c =>
        {
            Entry(c, "Game Developer, Brightwater Games, Bamberg", "09/2021 – 05/2024");
            c.Paragraph("My Harbour Town - Performance Refactoring: Found and removed the worst bottlenecks of a large "
                + "simulation first written for Flash. Brought its code up to the studio's standards.", Indent, Width, 10);
            c.Paragraph("Castle Keep 2 - Feature Engineering: Built new gameplay systems for the mobile release. Reworked "
                + "the save format so that players kept their progress across devices.", Indent, Width, 10);
        }));

        var job = Assert.Single(resume.Work);
        Assert.True(string.IsNullOrEmpty(job.Summary));
        Assert.StartsWith("My Harbour Town - Performance Refactoring", job.Highlights[0]);
    }

    private static void Entry(PdfCanvas c, string line, string dates)
    {
        c.Draw(line, Left, 10, bold: true);
        c.DrawRight(dates, 545, 10, bold: true);
        c.Advance(16);
    }

    private static byte[] Page(Action<PdfCanvas> body)
    {
        using var document = new PdfDocument();
        using (var c = new PdfCanvas(document))
        {
            c.Draw("Jonas Brandauer", Left, 20, bold: true);
            c.Advance(18);
            c.Draw("jonas.brandauer@example.com", Left, 10);
            c.Advance(26);
            c.Draw("Berufserfahrung", Left, 14, bold: true);
            c.Advance(20);
            body(c);
        }
        return document.ToBytes();
    }
}
