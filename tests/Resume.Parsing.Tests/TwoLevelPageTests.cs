using PdfSharp.Pdf;
using Resume.Fixtures;
using static Resume.Parsing.Tests.Parsing;

namespace Resume.Parsing.Tests;

/// <summary>Overleaf's two-column entry templates: each entry a table row with the title, employer and bullets in a wide
/// cell and the dates, spelled out, in a narrow cell at the right where they wrap; main sections' titles set larger than
/// the rest.</summary>
public sealed class TwoLevelPageTests
{
    private const double Left = 50, Right = 545;

    [Fact]
    public void A_range_wrapped_down_a_narrow_right_cell_beside_title_employer_and_bullet_dates_the_entry()
    {
        var resume = Read(Page(c =>
        {
            Heading(c, "Experience", 14);
            Entry(c, "Regional Sales Manager", "Tidewater Media Group", ["January 2024", "– November", "2025"]);
            Entry(c, "Senior Account Executive", "Northwind Beverages", ["September", "2021 –", "January 2024"]);
            Heading(c, "Education", 14);
            Entry(c, "University of Hamburg", "Bachelor of Business Administration in Marketing", ["September", "2010 – May", "2014"], bullets: false);
        }));

        Assert.Equal(["Tidewater Media Group", "Northwind Beverages"], resume.Work.Select(w => w.Name));
        Assert.Equal(["2024-01", "2021-09"], resume.Work.Select(w => w.StartDate));
        Assert.Equal(["2025-11", "2024-01"], resume.Work.Select(w => w.EndDate));
        Assert.Equal([2, 2], resume.Work.Select(w => w.Highlights.Count));
        Assert.Equal("2014-05", Assert.Single(resume.Education).EndDate);
    }

    [Fact]
    public void Known_sections_names_bold_and_larger_than_the_text_are_a_second_level_of_headings_below_larger_main_ones()
    {
        var resume = Read(Page(c =>
        {
            Heading(c, "Summary", 14);
            Text(c, "Controller with ten years of audit and month-end close work.");
            Heading(c, "Experience", 14);
            Entry(c, "Financial Controller", "Juniper Systems", ["07/2021 – Present"]);
            Heading(c, "Education", 14);
            Entry(c, "University of Stirling", "BAcc, Accounting", ["09/2011 – 06/2015"], bullets: false);
            Heading(c, "Certifications", 12);
            Text(c, "Chartered Management Accountant, CIMA");
            Text(c, "Certified Public Accountant, AICPA");
            Heading(c, "Languages", 12);
            Text(c, "English (native), Xhosa (fluent)");
        }));

        Assert.Equal(["Chartered Management Accountant", "Certified Public Accountant"], resume.Certificates.Select(x => x.Name));
        Assert.Equal("University of Stirling", Assert.Single(resume.Education).Institution);
    }

    [Fact]
    public void A_half_known_heading_in_the_style_of_the_other_levels_known_headings_opens_its_section()
    {
        var resume = Read(Page(c =>
        {
            Heading(c, "Summary", 14);
            Text(c, "Operations executive who has run plants and turnarounds on two continents.");
            Heading(c, "Skills", 12);
            Text(c, "Leadership: Strategic Planning, Board Relations, Change Management");
            Heading(c, "Executive Experience", 14);
            Entry(c, "Chief Operating Officer", "Meridian Health Partners", ["05/2023 – Present"]);
            Entry(c, "Senior Vice President", "Carrow Capital Group", ["04/2018 – 02/2023"]);
            Heading(c, "Education", 14);
            Entry(c, "Saint Columba Business School", "Master of Business Administration", ["09/2008 – 05/2012"], bullets: false);
            Heading(c, "Certifications", 12);
            Text(c, "Certified Director, Institute of Directors");
            Heading(c, "Awards", 12);
            Text(c, "Executive of the Year, Northern Trade Council");
        }));

        Assert.Equal(["Meridian Health Partners", "Carrow Capital Group"], resume.Work.Select(w => w.Name));
        Assert.Equal(["Chief Operating Officer", "Senior Vice President"], resume.Work.Select(w => w.Position));
        Assert.DoesNotContain(resume.Skills.SelectMany(s => s.Keywords), k => k.Contains("Meridian", StringComparison.Ordinal));
    }

    [Fact]
    public void Light_capitals_clearly_larger_than_the_text_are_a_level_beside_a_sidebars_bold_capitals()
    {
        var resume = Read(Page(c =>
        {
            Heading(c, "EDUCATION", 12);
            Entry(c, "Ausbildung Tischler", "Berufskolleg Hagen", ["2009 – 2012"], bullets: false);
            Heading(c, "LANGUAGES", 12);
            Text(c, "German, English");
            Heading(c, "INTERESTS", 12);
            Text(c, "Climbing");
            Heading(c, "WHO AM I", 15, bold: false);
            Text(c, "A joiner who moved to web work and still builds furniture at weekends.");
            Heading(c, "PROFESSIONAL EXPERIENCES", 15, bold: false);
            Entry(c, "Web Developer", "Holzwerk Digital", ["03/2021 – Present"]);
            Heading(c, "PROJECTS", 15, bold: false);
            Text(c, "Workshop planner, a booking tool for a shared wood shop");
            Heading(c, "SKILLS & PROFICIENCY LEVEL", 15, bold: false);
            Text(c, "TypeScript");
            Text(c, "Figma");
        }));

        Assert.Equal(["Holzwerk Digital"], resume.Work.Select(w => w.Name));
        Assert.Equal(["TypeScript", "Figma"], resume.Skills.SelectMany(s => s.Keywords));
    }

    [Fact]
    public void A_known_heading_shares_its_bold_level_with_half_known_ones()
    {
        var resume = Read(Page(c =>
        {
            Heading(c, "EDUCATION", 12);
            Entry(c, "M.S. in Aerospace Engineering", "University of Kansas", ["2021 – 2023"], bullets: false);
            Heading(c, "PROGRAMMING LANGUAGES", 12);
            Text(c, "Fortran");
            Text(c, "Python");
            Heading(c, "ENGINEERING SKILLS/TOOLS", 12);
            Text(c, "GMAT, STK, Trajectory Design");
            Heading(c, "EXPERIENCES", 15, bold: false);
            Entry(c, "Mission Design Intern", "Orbital Dynamics Lab", ["06/2022 – 08/2022"]);
            Heading(c, "PROJECTS", 15, bold: false);
            Text(c, "Low-thrust transfer optimiser for a cubesat mission study");
        }));

        Assert.Equal("University of Kansas", Assert.Single(resume.Education).Institution);
        Assert.Equal(["Fortran", "Python", "GMAT", "STK", "Trajectory Design"], resume.Skills.SelectMany(s => s.Keywords));
    }

    private static void Heading(PdfCanvas c, string text, double size, bool bold = true)
    {
        c.Y += 10;
        c.Draw(text, Left, size, bold: bold);
        c.Y += size + 6;
    }

    private static void Text(PdfCanvas c, string text)
    {
        c.Draw(text, Left, 10);
        c.Y += 14;
    }

    /// <summary>The dates' pieces close the rows from the title down, flush with the cell's right edge.</summary>
    private static void Entry(PdfCanvas c, string title, string second, string[] dates, bool bullets = true)
    {
        var rows = new List<(string Text, double X)> { (title, Left), (second, Left) };
        if (bullets)
        {
            rows.Add(("• Grew the accounts in the region by a fifth in one year", Left + 4));
            rows.Add(("• Coached a team of four through their first quarter", Left + 4));
        }
        for (var k = 0; k < rows.Count || k < dates.Length; k++)
        {
            if (k < rows.Count)
            {
                c.Draw(rows[k].Text, rows[k].X, 10, bold: k == 0);
            }
            if (k < dates.Length)
            {
                c.DrawRight(dates[k], Right, 10);
            }
            c.Y += 12;
        }
        c.Y += 8;
    }

    private static byte[] Page(Action<PdfCanvas> draw)
    {
        using var document = new PdfDocument();
        using (var c = new PdfCanvas(document))
        {
            c.Draw("Dana Whitfield", 200, 20, bold: true);
            c.Y += 22;
            c.Draw("Columbus, OH · 614-555-0894 · dana.whitfield@example.com", 150, 9);
            c.Y += 20;
            draw(c);
        }
        return document.ToBytes();
    }
}
