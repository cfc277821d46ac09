using PdfSharp.Pdf;
using Resume.Fixtures;
using static Resume.Parsing.Tests.Parsing;

namespace Resume.Parsing.Tests;

/// <summary>A Word template with the person's name, set larger than any heading over two lines, and their contact lines
/// at the top of a sidebar on the right: the page is read a column at a time, main column first, yet those lines are
/// the document's header, not the end of the main column's last section.</summary>
public sealed class NameAtopColumnTests
{
    [Fact]
    public void A_name_atop_a_right_sidebar_read_after_the_main_column_is_the_name()
    {
        var resume = Read(SidebarNamePage());

        Assert.Equal("Ingrid Solberg", resume.Basics.Name);
        Assert.Equal("ingrid.solberg@example.com", resume.Basics.Email);
    }

    private static byte[] SidebarNamePage()
    {
        const double main = 40, side = 400;
        using var document = new PdfDocument();
        using (var c = new PdfCanvas(document))
        {
            c.Draw("UTDANNING", main, 16);
            c.Y += 28;
            c.Draw("Sykepleie, Høgskolen i Bergen (2019-2022)", main, 12);
            c.Y += 16;
            foreach (var course in new[] { "Anatomi og fysiologi", "Farmakologi", "Klinisk praksis i sykehus", "Psykisk helsearbeid" })
            {
                c.Draw(course, main, 10);
                c.Y += 14;
            }
            c.Y += 10;
            c.Draw("Helse- og oppvekstfag, Fana videregående skole (2016-2019)", main, 12);
            c.Y += 40;
            c.Draw("PROSJEKTER", main, 16);
            c.Y += 28;
            c.Draw("Bacheloroppgave om pasientsikkerhet i hjemmetjenesten", main, 11);
            c.Y += 16;
            c.Draw("Frivillig arbeid med helsekampanje for eldre", main, 11);

            c.Draw("Ingrid", side, 22, y: 80);
            c.Draw("Solberg", side, 22, y: 106);
            c.Draw("ingrid.solberg@example.com", side, 10, y: 140);
            c.Draw("+47 912 34 567", side, 10, y: 154);
            c.Draw("ERFARING", side, 16, y: 220);
            c.Draw("Sommervikar", side, 12, y: 248);
            c.Draw("Haukeland sykehus, Bergen", side, 12, y: 264);
        }
        return document.ToBytes();
    }
}
