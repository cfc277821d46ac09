using PdfSharp.Pdf;
using Resume.Fixtures;
using Resume.Model;
using static Resume.Parsing.Tests.Parsing;

namespace Resume.Parsing.Tests;

/// <summary>
/// Letter-spaced text (each glyph placed on its own with tracking after it, as CSS letter-spacing prints) whose words
/// include one of a single glyph ("&amp;", "—"): that word has no gap of its own to show the tracking, so the spaces
/// around it are read against the words beyond.
/// </summary>
public sealed class TrackedTextTests
{
    private static readonly Person Person = People.Backend;

    [Fact]
    public void A_tracked_heading_with_an_ampersand_and_tracked_ranges_with_a_lone_dash_are_read_as_words()
    {
        var resume = Read(ProducerShapes.LetterSpacedLoneGlyphs(Person));

        Assert.Equal([SectionKinds.Work, SectionKinds.Education], resume.Meta.Sections.Select(s => s.Kind));
        Assert.Equal(Person.Jobs.Select(j => j.Company), resume.Work.Select(w => w.Name!));
        Assert.Equal([("2021-03", null), ("2017-09", "2021-02")], resume.Work.Select(w => (w.StartDate, w.EndDate)));
        Assert.Equal(Person.Schools.Select(s => s.Institution), resume.Education.Select(e => e.Institution!));
    }

    [Theory]
    [InlineData("NORA DE LUCA")]
    [InlineData("MAYA JUN LI")]
    public void A_two_letter_word_in_a_tracked_name_is_one_word(string name)
    {
        using var document = new PdfDocument();
        using (var c = new PdfCanvas(document))
        {
            var x = 60.0;
            foreach (var ch in name)
            {
                x = c.Draw(ch.ToString(), x, 28, bold: true) + 4;
            }
            c.Advance(30);
            c.Draw("nora.deluca@example.com · +1 206 555 0147 · Tacoma, WA", 60, 9.5);
            c.Advance(26);
            c.Draw("EXPERIENCE", 60, 12, bold: true);
            c.Advance(18);
            c.Draw("UX Designer, Lumen Studio", 60, 10, bold: true);
            c.DrawRight("Mar 2021 – Present", 535, 10);
            c.Advance(13);
            c.Paragraph("Designed the booking flow of a clinic app used in twelve towns", 70, 460, 10, bullet: "•");
        }
        Assert.Equal(name, Read(document.ToBytes()).Basics.Name);
    }
}
