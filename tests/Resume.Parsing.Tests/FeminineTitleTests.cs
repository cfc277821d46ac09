using PdfSharp.Pdf;
using Resume.Fixtures;
using static Resume.Parsing.Tests.Parsing;

namespace Resume.Parsing.Tests;

/// <summary>German titles for women end in -in on the word for the one who does the work, in any trade ("Zeichnerin",
/// "Landschaftsgärtnerin", "Friseurin", "Biologin"); no list of trades holds them all.</summary>
public sealed class FeminineTitleTests
{
    private static byte[] Lebenslauf(string title)
    {
        const double left = 60, right = 530, size = 11;
        using var document = new PdfDocument();
        using (var c = new PdfCanvas(document, top: 60))
        {
            c.Draw("Liesel Hartenfels", left, 22, bold: true);
            c.Advance(28);
            c.Draw("liesel.hartenfels@example.de | +49 160 5550147 | Kassel", left, size);
            c.Advance(30);
            c.Draw("Berufserfahrung", left, 15, bold: true);
            c.Advance(22);
            foreach (var (employer, dates, bullet) in new[]
                {
                    ("Grünbau Fuldatal GmbH, Hamburg", "05/2020 – heute", "Pflege von 30 Parkanlagen"),
                    ("Staudenhof Wilhelmshöhe, Köln", "08/2017 – 04/2020", "Anzucht und Verkauf von Stauden"),
                })
            {
                c.Draw(title, left, size, bold: true);
                c.DrawRight(dates, right, size);
                c.Advance(14);
                c.Draw(employer, left, size);
                c.Advance(16);
                c.Draw("•", left + 12, size);
                c.Draw(bullet, left + 26, size);
                c.Advance(24);
            }
            c.Draw("Ausbildung", left, 15, bold: true);
            c.Advance(22);
            c.Draw("Berufsschule Kassel-Nord", left, size, bold: true);
            c.DrawRight("2014 – 2017", right, size);
        }
        return document.ToBytes();
    }

    [Theory]
    [InlineData("Landschaftsgärtnerin")]
    [InlineData("Technische Zeichnerin")]
    [InlineData("Friseurin")]
    [InlineData("Meeresbiologin")]
    public void A_womans_title_over_the_employer_is_the_position(string title)
    {
        var resume = Read(Lebenslauf(title));

        Assert.Equal(new (string?, string?)[] { (title, "Grünbau Fuldatal GmbH"), (title, "Staudenhof Wilhelmshöhe") },
            resume.Work.Select(w => (w.Position, w.Name)));
    }
}
