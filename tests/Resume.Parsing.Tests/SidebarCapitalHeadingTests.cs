using PdfSharp.Pdf;
using Resume.Fixtures;
using static Resume.Parsing.Tests.Parsing;

namespace Resume.Parsing.Tests;

/// <summary>A German Word template's sidebar at the right of the page: its headings ("SPRACHEN", "PC-KENNTNISSE") set in
/// capitals in the type of the main column's text, over items in smaller type.</summary>
public sealed class SidebarCapitalHeadingTests
{
    [Fact]
    public void Capital_headings_of_a_right_sidebar_open_its_sections()
    {
        using var document = new PdfDocument();
        using (var c = new PdfCanvas(document))
        {
            const double left = 45, right = 390;
            c.Draw("LENA FALKENRATH", right, 22, bold: true);
            c.Advance(22);
            c.Draw("lena.falkenrath@example.de", right, 10);
            c.Advance(60);
            var top = c.Y;
            c.Draw("B E R U F S E R F A H R U N G", left, 14);
            c.Advance(30);
            foreach (var (employer, title, dates) in new[] { ("Bäckerei Sonnenkorn, Kassel", "Verkäuferin", "04/2021 – 05/2023"), ("Gärtnerei Lindholm, Kassel", "Aushilfe im Verkauf", "06/2019 – 03/2021") })
            {
                c.Draw(employer, left, 10, bold: true);
                c.Draw(dates, 255, 10);
                c.Advance(12);
                c.Draw(title, left, 10);
                c.Advance(24);
            }
            c.Advance(16);
            c.Draw("S C H U L B I L D U N G", left, 14);
            c.Advance(30);
            c.Draw("Friedrich-Ebert-Realschule, Kassel", left, 10, bold: true);
            c.Draw("08/2013 – 07/2019", 255, 10);
            c.Advance(12);
            c.Draw("Fachoberschulreife", left, 10);
            c.Y = top;
            c.Draw("SPRACHEN", right, 10);
            c.Advance(26);
            foreach (var language in new[] { "Deutsch", "Englisch", "Polnisch" })
            {
                c.Draw(language, right, 8);
                c.Advance(17);
            }
            c.Advance(22);
            c.Draw("PC-KENNTNISSE", right, 10);
            c.Advance(26);
            foreach (var skill in new[] { "MS-Office", "Kassensysteme", "Warenwirtschaft" })
            {
                c.Draw(skill, right, 8);
                c.Advance(17);
            }
        }
        var resume = Read(document.ToBytes());

        Assert.Equal(["Deutsch", "Englisch", "Polnisch"], resume.Languages.Select(l => l.Name!));
        Assert.Equal(["MS-Office", "Kassensysteme", "Warenwirtschaft"], resume.Keywords());
        Assert.Equal(["Friedrich-Ebert-Realschule"], resume.Education.Select(e => e.Institution!.Split(',')[0]));
    }
}
