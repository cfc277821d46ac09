using PdfSharp.Pdf;
using Resume.Fixtures;
using static Resume.Parsing.Tests.Parsing;

namespace Resume.Parsing.Tests;

/// <summary>A Word template with a sidebar on the left of both pages: on page two the sidebar holds only two short
/// lists (traits, interests) whose lines stand level with the main column's, which alone would read as labels in a
/// margin. Page one was two flows at that gutter, and so is page two: the traits are no piece of the job beside them.</summary>
public sealed class SidebarSecondPageTests
{
    [Fact]
    public void A_short_sidebar_list_on_page_two_stays_in_the_sidebar()
    {
        var resume = Read(TwoPages());

        var job = Assert.Single(resume.Work, w => w.StartDate == "2012-03");
        Assert.Equal("Hafenlicht Logistik AG", job.Name);
        Assert.DoesNotContain(job.Highlights, h => h.Contains("Gewissenhaft", StringComparison.Ordinal) || h.Contains("Segeln", StringComparison.Ordinal));
        Assert.Contains("Gewissenhaft", resume.Keywords());
    }

    private const double Side = 36, Main = 234, Pitch = 12.2, Size = 10;

    private static byte[] TwoPages()
    {
        using var document = new PdfDocument();
        using (var c = new PdfCanvas(document))
        {
            c.Draw("FRIEDA HOLM", Side, 18, y: 90);
            var y = 120.0;
            foreach (var line in new[] { "0171 555 0199", "frieda.holm@example.com", "Lindenweg 12", "28195 Bremen" })
            {
                c.Draw(line, Side, Size, y: y);
                y += Pitch;
            }
            y += 30;
            c.Draw("IT-KENNTNISSE", Side, 11, y: y);
            y += 24;
            foreach (var tool in new[] { "MS Office", "SAP ERP", "Photoshop", "Google Ads", "Canva", "Zendesk", "Trello", "Wordpress", "Slack", "Prezi" })
            {
                c.Draw(tool, Side, Size, y: y);
                y += Pitch;
            }
            y = 90;
            c.Draw("BERUFLICHER WERDEGANG", Main, 12, y: y);
            y += 28;
            y = Job(c, y, "Seit 07.2019", "Teamleiterin", "Nordwerk Handels GmbH, Bremen", 14);
            Job(c, y + 20, "04.2016 – 06.2019", "Vertriebsleiterin", "Kontorhaus Vertrieb KG, Bremen", 12);

            c.NewPage();
            y = 60;
            var sidebar = new[] { "PERSÖNLICHKEIT", "Gewissenhaft", "Entscheidungsfreudig", "Strukturiert", "Kreativ", "INTERESSEN", "Segeln", "Gebäudefotografie" };
            foreach (var line in sidebar)
            {
                c.Draw(line, Side, Size, y: y);
                y += Pitch;
            }
            Job(c, 60, "03.2012 – 03.2016", "Projektleiterin", "Hafenlicht Logistik AG, Bremen", 12);
        }
        return document.ToBytes();
    }

    private static double Job(PdfCanvas c, double y, string dates, string title, string employer, int items)
    {
        c.Draw(dates, Main, Size, y: y);
        c.Draw(title, Main, Size, bold: true, y: y + Pitch);
        c.Draw(employer, Main, Size, y: y + 2 * Pitch);
        y += 3 * Pitch;
        for (var k = 1; k <= items; k++)
        {
            c.Draw("•", Main + 8, Size, y: y);
            c.Draw($"Betreuung von Kunden und Projekten im Bereich Nummer {k}", Main + 21, Size, y: y);
            y += Pitch;
        }
        return y;
    }
}
