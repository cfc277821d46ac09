using PdfSharp.Pdf;
using Resume.Fixtures;
using static Resume.Parsing.Tests.Parsing;

namespace Resume.Parsing.Tests;

/// <summary>
/// An entry's header with its place set flush right ("Employer, Title ‖ Town, Region") and its range dropped to the
/// same right edge on the rows of its first items, whole or wrapped in the middle of a date ("October 2019 – March"
/// over "2022").
/// </summary>
public sealed class DatesBesideFirstItemTests
{
    [Fact]
    public void A_range_flush_right_beside_the_first_items_dates_the_entry_above_them()
    {
        const double left = 45, right = 550;
        using var document = new PdfDocument();
        using (var c = new PdfCanvas(document))
        {
            c.Draw("Teodora Vasquez-Lind", 180, 24);
            c.Advance(32);
            c.Draw("teodora.lind@example.com  ·  +46 70 555 01 77  ·  Umeå, Västerbotten", 120, 9);
            c.Advance(26);
            c.Draw("Experience", left, 13, bold: true);
            c.Advance(22);
            foreach (var (header, range, items) in new[]
            {
                ("Lindqvist Freight AB, Senior Dispatcher", new[] { "November 2022 –", "Present" },
                    new[] { "Planned daily routes for 40 trucks across the north", "Cut empty mileage by a tenth with backhaul loads", "Trained four new planners" }),
                ("Nordmark Logistics, Dispatcher", new[] { "October 2019 – March", "2022" },
                    new[] { "Dispatched 60 drivers on two shifts", "Answered customer calls about late loads", "Kept the yard log" }),
                ("Hallberg Transport, Dispatch Assistant", new[] { "June 2017 – September 2019" },
                    new[] { "Booked ferry slots for cross-border loads", "Filed delivery notes" }),
            })
            {
                c.Draw(header, left, 10);
                c.DrawRight("Umeå, Västerbotten", right, 10);
                c.Advance(12.4);
                for (var k = 0; k < items.Length; k++)
                {
                    c.Draw("•", left + 2, 10);
                    c.Draw(items[k], left + 9, 10);
                    if (k < range.Length)
                    {
                        c.DrawRight(range[k], right, 10);
                    }
                    c.Advance(12.4);
                }
                c.Advance(10);
            }
        }
        var resume = Read(document.ToBytes());

        Assert.Equal(
            [("Lindqvist Freight AB", "Senior Dispatcher", "2022-11", null), ("Nordmark Logistics", "Dispatcher", "2019-10", "2022-03"),
                ("Hallberg Transport", "Dispatch Assistant", "2017-06", "2019-09")],
            resume.Work.Select(w => (w.Name, w.Position, w.StartDate, w.EndDate)));
        Assert.Equal("Planned daily routes for 40 trucks across the north", resume.Work[0].Highlights[0]);
        Assert.Equal("Answered customer calls about late loads", resume.Work[1].Highlights[1]);
    }
}
