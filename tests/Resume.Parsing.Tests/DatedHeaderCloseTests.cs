using PdfSharp.Pdf;
using Resume.Fixtures;
using static Resume.Parsing.Tests.Parsing;

namespace Resume.Parsing.Tests;

/// <summary>
/// Designed pages that open each entry with a bold title and close its header with one plain line naming the employer
/// and town, the dates at the right ("Employer, Town ‖ 04/2020 - 08/2022"): the plain lines after it, short phrases as
/// often as sentences, say what was done there and are no further header pieces.
/// </summary>
public sealed class DatedHeaderCloseTests
{
    private sealed record Job(string Title, string Employer, string Dates, string[] Body);

    private static readonly Job[] Jobs =
    [
        new("WAREHOUSE LEAD", "Northgate Supply Co", "03/2021 - 06/2024",
            ["Inventory, dispatch, returns", "Forklift rota for six staff"]),
        new("STOCK CLERK", "Pellam Home Goods", "09/2017 - 02/2021",
            ["Goods in, stock counts, labelling", "Weekly order sheets"]),
        new("SALES ASSISTANT", "Corbin Hardware", "05/2015 - 08/2017",
            ["Till, returns and customer orders"]),
    ];

    [Fact]
    public void Plain_lines_after_the_plain_dated_line_under_a_bold_title_are_body_not_header()
    {
        using var document = new PdfDocument();
        using (var c = new PdfCanvas(document, top: 60))
        {
            c.Draw("Idris Wennholm", 72, 22);
            c.Advance(26);
            c.Draw("idris.wennholm@example.com", 72, 10);
            c.Advance(30);
            c.Draw("WORK EXPERIENCE", 72, 14, bold: true);
            c.Advance(24);
            foreach (var job in Jobs)
            {
                c.Draw(job.Title, 72, 10, bold: true);
                c.Advance(12);
                c.Draw(job.Employer + ", Leeds", 72, 10);
                c.DrawRight(job.Dates, 540, 10);
                c.Advance(14);
                foreach (var line in job.Body)
                {
                    c.Draw(line, 72, 10);
                    c.Advance(13);
                }
                c.Advance(10);
            }
        }
        var resume = Read(document.ToBytes());

        Assert.Equal(Jobs.Select(j => (j.Employer, j.Title)), resume.Work.Select(w => (w.Name!, w.Position!)));
        Assert.Equal(["2021-03", "2017-09", "2015-05"], resume.Work.Select(w => w.StartDate));
        Assert.All(resume.Work.Zip(Jobs), p => Assert.Contains(p.Second.Body[0].TrimEnd(','),
            (p.First.Summary ?? "") + " " + string.Join(" ", p.First.Highlights ?? [])));
    }
}
