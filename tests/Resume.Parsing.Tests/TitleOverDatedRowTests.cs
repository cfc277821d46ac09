using PdfSharp.Pdf;
using Resume.Fixtures;
using static Resume.Parsing.Tests.Parsing;

namespace Resume.Parsing.Tests;

/// <summary>
/// A TeX CV class set another way: each entry's title on a line of its own, set larger, over the row that carries the
/// dates in a column at the left and the employer beside them. Where every dated row has such a line over it, it is the
/// entry's title, whole, dashes and all, and not the name of a group of entries.
/// </summary>
public sealed class TitleOverDatedRowTests
{
    [Fact]
    public void A_larger_line_over_every_dated_row_is_that_entrys_title_and_the_row_beside_the_dates_its_employer()
    {
        const double rule = 140, text = 148;
        using var document = new PdfDocument();
        using (var c = new PdfCanvas(document, top: 70))
        {
            c.Draw("Ilse Brandauer", 72, 24);
            c.Advance(22);
            c.Draw("ilse.brandauer@example.de", 72, 10);
            c.Advance(40);
            c.Draw("Berufserfahrung", text, 14.3);
            c.Advance(22);
            foreach (var (dates, title, employer, item) in new[]
            {
                ("seit 9.2021", "Leitende Ingenieurin", "Kestrel Orbit Systems GmbH", "Leitung der Bahnanalyse"),
                ("3.2019 – 8.2021", "Beraterin in der Missionsplanung – Nebentätigkeit", "Norden Raumfahrt AG", "Planung der Startfenster"),
                ("1.2016 – 2.2019", "Software Engineer – Flight Dynamics", "Altmark Satellite Services GmbH", "Entwicklung der Lageregelung"),
            })
            {
                c.Draw(title, text, 12);
                c.Advance(17);
                c.DrawRight(dates, rule, 10);
                c.Draw(employer, text, 10);
                c.Advance(13);
                c.Draw("• " + item, text + 8, 10);
                c.Advance(24);
            }
            c.Draw("Sprachen", text, 14.3);
            c.Advance(22);
            c.Draw("Deutsch, Englisch", text, 10);
        }
        var resume = Read(document.ToBytes());

        Assert.Equal(new (string?, string?, string?)[]
            {
                ("Kestrel Orbit Systems GmbH", "Leitende Ingenieurin", "2021-09"),
                ("Norden Raumfahrt AG", "Beraterin in der Missionsplanung – Nebentätigkeit", "2019-03"),
                ("Altmark Satellite Services GmbH", "Software Engineer – Flight Dynamics", "2016-01"),
            },
            resume.Work.Select(w => (w.Name, w.Position, w.StartDate)));
    }
}
