using PdfSharp.Pdf;
using Resume.Fixtures;
using static Resume.Parsing.Tests.Parsing;

namespace Resume.Parsing.Tests;

/// <summary>A Word template with a photo at the top left and, under it in the left margin, three lines beside their
/// icons (the town, the number, the address) level with the middle of the first job: a block of its own, not the start
/// of the job's lines beside it. A job's item that wraps before the span of years it closes on keeps them.</summary>
public sealed class SidebarContactTrioTests
{
    [Fact]
    public void Three_contact_lines_in_the_left_margin_are_contact_not_pieces_of_the_jobs_beside_them()
    {
        var resume = Read(PhotoSidebarPage());

        Assert.Equal(("520-555-0111", "rowan.ashby@example.com"), (resume.Basics.Phone, resume.Basics.Email));
        Assert.Equal([("Ironwood Gates", "1999-12"), ("Saguaro Federal Bank", "1995-10")], resume.Work.Select(w => (w.Name!, w.StartDate!)));
        Assert.Equal(3, resume.Work[1].Highlights.Count);
    }

    private static byte[] PhotoSidebarPage()
    {
        const double main = 230;
        using var document = new PdfDocument();
        using (var c = new PdfCanvas(document))
        {
            c.Draw("Rowan", main, 24, bold: true, y: 130);
            c.Draw("Ashby", main, 24, bold: true, y: 160);
            c.Draw("Experience", main, 12, bold: true, y: 240);
            c.Y = 262;
            c.Draw("Tucson, AZ", 94, 10, y: 374);
            c.Draw("520-555-0111", 94, 11, y: 406);
            c.Draw("rowan.ashby@example.com", 94, 11, y: 446);
            void Job(string dates, string line, string[] items)
            {
                c.Draw(dates, main, 9, bold: true);
                c.Y += 12;
                c.Draw(line, main, 11);
                c.Y += 24;
                for (var k = 0; k < items.Length; k++)
                {
                    var wrapped = items[k].Split('/');
                    c.Draw("•", main + 18, 11);
                    foreach (var part in wrapped)
                    {
                        c.Draw(part.Trim(), main + 36, 11);
                        c.Y += 14;
                    }
                }
                c.Y += 16;
            }
            Job("December 1999–Present", "President • Ironwood Gates",
                ["Small business owner with twenty years of experience in the / creation of a successful ornamental iron company.",
                 "Responsible for hiring, training and daily management of the / team members.",
                 "Reviewing sales and financial goals, directing activities, / delegating responsibilities and meeting all legal / requirements."]);
            Job("October 1995–January 2003", "Personal Banking Officer • Saguaro Federal Bank",
                ["Expanded customer relationships by keeping a regular / follow-up with each customer.",
                 "Number one in-store sales representative in seven states from / 1997 until 2002.",
                 "Responsible for reaching aggressive goals in the sale of / multiple financial products."]);
            c.Draw("Education", main, 12, bold: true);
            c.Y += 20;
            c.Draw("Arizona State University, Tempe, AZ", main, 11, bold: true);
        }
        return document.ToBytes();
    }
}
