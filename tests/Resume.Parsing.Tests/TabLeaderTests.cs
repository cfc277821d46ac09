using PdfSharp.Pdf;
using Resume.Fixtures;
using static Resume.Parsing.Tests.Parsing;

namespace Resume.Parsing.Tests;

/// <summary>A word processor's dotted tab leader, printed to PDF as a row of full stops between two cells.</summary>
public sealed class TabLeaderTests
{
    [Fact]
    public void A_dotted_leader_between_an_employer_and_its_dates_is_neither()
    {
        using var document = new PdfDocument();
        using (var c = new PdfCanvas(document))
        {
            c.Draw("Anna Lebedeva", 220, 20, bold: true);
            c.Advance(24);
            c.Draw("anna.lebedeva@example.com • Minneapolis, MN", 160, 9);
            c.Advance(30);
            c.Draw("RELEVANT EXPERIENCE", 50, 13, bold: true);
            c.Advance(22);
            foreach (var (line, bullet) in new[]
            {
                ("Curriculum Lead, Pinecrest Insurance S.L.", "Designed a 4-week robotics course for 20 students"),
                ("Head of Department, Northwind Travel", "Mentored 5 newly qualified teachers"),
            })
            {
                var dates = line.StartsWith("Curriculum", StringComparison.Ordinal) ? "Nov 2021 – Present" : "Dec 2017 – Sep 2021";
                var dots = new string('.', (int)((540 - c.Width(dates, 11) - 50 - c.Width(line, 11)) / c.Width(".", 11)));
                c.Draw(line + dots + dates, 50, 11);
                c.Advance(15);
                c.Draw("•", 50, 11);
                c.Draw(bullet, 62, 11);
                c.Advance(20);
            }
        }
        var resume = Read(document.ToBytes());

        Assert.Equal(["Pinecrest Insurance S.L.", "Northwind Travel"], resume.Work.Select(w => w.Name));
        Assert.Equal(["Curriculum Lead", "Head of Department"], resume.Work.Select(w => w.Position));
        Assert.Equal([("2021-11", null), ("2017-12", "2021-09")], resume.Work.Select(w => (w.StartDate, w.EndDate)));
    }
}
