using PdfSharp.Pdf;
using Resume.Fixtures;
using static Resume.Parsing.Tests.Parsing;

namespace Resume.Parsing.Tests;

/// <summary>
/// A personal site printed to PDF: each job's title in a larger face, the employer under it, its list, and then its
/// dates on a line of their own, close under the list and a wide space above the next title.
/// </summary>
public sealed class DatesClosingEntriesTests
{
    [Fact]
    public void A_line_of_dates_under_a_list_dates_the_entry_it_closes()
    {
        const double left = 50;
        using var document = new PdfDocument();
        using (var c = new PdfCanvas(document))
        {
            c.Draw("Marisol Okonkwo-Berg", 200, 24);
            c.Advance(30);
            c.Draw("marisol.berg@example.org", 220, 10);
            c.Advance(28);
            c.Draw("Professional Experience", left, 24);
            c.Advance(34);
            foreach (var (title, employer, items, dates) in new[]
            {
                ("Harbour Operations Analyst", "Tidewater Port Authority",
                    new[] { "Modelled berth schedules for container and bulk vessels", "Cut idle crane hours with a weekly forecast" },
                    "September 2021 – Present"),
                ("Logistics Coordinator", "Greenfield Produce Cooperative",
                    new[] { "Booked refrigerated haulage for forty farms", "Kept the cold-chain records for audits", "Answered growers' questions" },
                    "May 2019 – August 2021"),
                ("Warehouse Assistant", "Lindqvist Storage",
                    new[] { "Picked and packed orders on the night shift" },
                    "June 2017 – April 2019"),
            })
            {
                c.Draw(title, left, 17);
                c.Advance(22);
                c.Draw(employer, left, 10);
                c.Advance(20);
                foreach (var item in items)
                {
                    c.Draw(item, left + 12, 10);
                    c.Advance(15);
                }
                c.Draw(dates, left, 10);
                c.Advance(44);
            }
        }
        var resume = Read(document.ToBytes());

        Assert.Equal(
            [("Tidewater Port Authority", "Harbour Operations Analyst", "2021-09", null),
                ("Greenfield Produce Cooperative", "Logistics Coordinator", "2019-05", "2021-08"),
                ("Lindqvist Storage", "Warehouse Assistant", "2017-06", "2019-04")],
            resume.Work.Select(w => (w.Name, w.Position, w.StartDate, w.EndDate)));
        Assert.Equal(3, resume.Work[1].Highlights.Count);
    }
}
