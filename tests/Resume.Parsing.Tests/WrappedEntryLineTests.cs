using PdfSharp.Pdf;
using Resume.Fixtures;
using static Resume.Parsing.Tests.Parsing;

namespace Resume.Parsing.Tests;

/// <summary>
/// A word processor wraps whatever runs past the column: an employer's long name inside its bracket or at the dash that
/// joins its parts, and an item's last words, which then stand right above the next entry's dates. Where the wrap falls
/// and the space the writer leaves between entries say which line belongs to which entry.
/// </summary>
public sealed class WrappedEntryLineTests
{
    [Fact]
    public void Names_wrapped_inside_a_bracket_and_items_wrapped_above_the_next_dates_stay_whole()
    {
        const double dates = 60, text = 200, width = 300;
        using var document = new PdfDocument();
        using (var c = new PdfCanvas(document))
        {
            c.Draw("Jonas Brandt", 60, 22);
            c.Advance(28);
            c.Draw("jonas.brandt@example.com  ·  +49 151 555 0199  ·  Lindenau", 60, 9);
            c.Advance(30);
            c.Draw("Practical experience", text, 12, bold: true);
            c.Advance(26);
            foreach (var (range, employer, items) in new[]
            {
                ("01/10/2020-continuing", "Institute for Fluid Dynamics (Technical University of Lindenau)",
                    new[] { "Tutorials for the first-year course “Fluid Mechanics and Heat Transfer I”" }),
                ("01/03/2019-31/08/2019", "Institute for Control and Measurement Engineering (Technical University of Lindenau)",
                    new[] { "Concept for evaluating camera images of worn surfaces in the test rig", "Tutorials for the course “Control Engineering Fundamentals II”" }),
                ("01/10/2017-31/01/2018", "Institute for Combustion Technology (Technical University of Lindenau)",
                    new[] { "Tutorials for the course “Thermodynamics for Engineers I”" }),
            })
            {
                c.Draw(range, dates, 13, bold: true);
                c.Draw("Research assistant", text, 13, bold: true);
                c.Advance(17);
                c.Paragraph(employer, text, width, 10, leading: 12.5);
                foreach (var item in items)
                {
                    c.Draw("▪", text, 10);
                    c.Paragraph(item, text + 8, width - 8, 10, leading: 12.5);
                }
                c.Advance(14);
            }
        }
        var resume = Read(document.ToBytes());

        Assert.Equal(
            [
                ("Institute for Fluid Dynamics (Technical University of Lindenau)", "2020-10", (string?)null),
                ("Institute for Control and Measurement Engineering (Technical University of Lindenau)", "2019-03", "2019-08"),
                ("Institute for Combustion Technology (Technical University of Lindenau)", "2017-10", "2018-01"),
            ],
            resume.Work.Select(w => (w.Name, w.StartDate, w.EndDate)));
        Assert.Equal("Tutorials for the course “Control Engineering Fundamentals II”", resume.Work[1].Highlights[^1]);
    }

    [Fact]
    public void A_long_name_in_capitals_wrapped_at_its_dash_is_the_employer_under_the_title()
    {
        var resume = Read(DocxResume.Compose((body, _) =>
        {
            body.Append(DocxResume.Styled("Awa Ceesay", "Title"), DocxResume.Plain("awa.ceesay@example.com"),
                DocxResume.Bold("PROFESSIONAL EXPERIENCE"));
            body.Append(DocxResume.Broken(("Programme Assistant", true),
                ("Ministry of Fisheries Water Resources and National Assembly Matters (MOFWR)- Project Coordination Unit (PCU), The Gambia", false),
                ("February 2022 – Present", false)));
            body.Append(DocxResume.Bullet("Kept the minutes of the project steering meetings"));
            body.Append(DocxResume.Broken(("Office Assistant", true), ("Harbourside Traders", false), ("May 2019 – January 2022", false)));
            body.Append(DocxResume.Bullet("Filed the delivery notes"));
        }));

        Assert.Equal(
            [
                ("Ministry of Fisheries Water Resources and National Assembly Matters (MOFWR)- Project Coordination Unit (PCU)", "Programme Assistant", "2022-02"),
                ("Harbourside Traders", "Office Assistant", "2019-05"),
            ],
            resume.Work.Select(w => (w.Name, w.Position, w.StartDate)));
    }
}
