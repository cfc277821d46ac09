using PdfSharp.Pdf;
using Resume.Fixtures;
using static Resume.Parsing.Tests.Parsing;

namespace Resume.Parsing.Tests;

/// <summary>
/// An entry header that runs title, employer and place together with commas and fills its column, so its last words
/// wrap onto a line of their own above the items (a LaTeX CV class's justified entry, a narrow Word column).
/// </summary>
public sealed class WrappedCommaHeaderTests
{
    [Fact]
    public void The_last_words_of_a_header_wrapped_off_the_right_edge_stay_in_the_header_and_are_no_employer()
    {
        const double margin = 45, text = 150;
        using var document = new PdfDocument();
        using (var c = new PdfCanvas(document))
        {
            c.Draw("Ingrid Solheim-Baptiste", text, 24);
            c.Advance(32);
            c.Draw("ingrid.sb@example.com  ·  +1 360 555 0142", text, 9);
            c.Advance(26);
            c.Draw("Work Experience", text, 13, bold: true);
            c.Advance(22);
            // The first header ends where the column ends: its town wraps ("Port" / "Angeles, WA").
            var first = "Site Supervisor and Safety Lead, Calder Building Services, Port";
            var right = text + c.Width(first, 10);
            foreach (var (dates, header, wrapped, items) in new[]
            {
                ("2021 – now", first, "Angeles, WA", new[] { "Ran a crew of 14 on a six-storey timber frame", "Kept the build two weeks ahead of plan" }),
                ("2017 – 2021", "Carpenter, Fjordline Homes, Sequim, WA", (string?)null, new[] { "Framed 30 family houses", "Trained three apprentices" }),
            })
            {
                c.Draw(dates, margin, 10);
                c.Draw(header, text, 10);
                c.Advance(12.4);
                if (wrapped is not null)
                {
                    c.Draw(wrapped, text, 10);
                    c.Advance(12.4);
                }
                foreach (var item in items)
                {
                    c.Draw("•", text + 2, 10);
                    c.Draw(item, text + 10, 10);
                    c.Advance(12.4);
                }
                c.Advance(10);
            }
            c.Draw("Education", text, 13, bold: true);
            c.Advance(22);
            c.Draw("2013 – 2016", margin, 10);
            c.Draw("Fagbrev in Carpentry, Molde Technical College", text, 10);
            Assert.True(c.Width("Fagbrev in Carpentry, Molde Technical College", 10) < right - text);
        }
        var resume = Read(document.ToBytes());

        Assert.Equal(
            [("Calder Building Services", "Site Supervisor and Safety Lead", "2021", null), ("Fjordline Homes", "Carpenter", "2017", "2021")],
            resume.Work.Select(w => (w.Name, w.Position, w.StartDate, w.EndDate)));
        Assert.Equal("Port Angeles, WA", resume.Work[0].Location);
        Assert.Equal(2, resume.Work[0].Highlights.Count);
    }
}
