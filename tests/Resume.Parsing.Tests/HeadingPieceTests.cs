using DocumentFormat.OpenXml.Wordprocessing;
using PdfSharp.Pdf;
using Resume.Fixtures;
using static Resume.Fixtures.DocxResume;
using static Resume.Parsing.Tests.Parsing;

namespace Resume.Parsing.Tests;

/// <summary>Section headings as real people's resumes set them: cut into cells, wrapped onto two lines, followed by a
/// colon in a cell of its own, in another case than the others, or over entry titles set in their own type.</summary>
public sealed class HeadingPieceTests
{
    private const double Left = 40, Body = 9;

    [Fact]
    public void A_heading_whose_words_a_wide_gap_cuts_into_two_cells_still_opens_its_section()
    {
        var resume = Read(Pdf(c =>
        {
            Heading(c, "Profile");
            Line(c, "Freight coordinator who keeps lorries full and drivers on time.");
            c.Advance(10);
            // A first word in an accent colour and a gap before the second, as a typeset template sets its headings.
            c.Draw("Work", Left, 14, bold: true);
            c.Draw("History", Left + c.Width("Work", 14, bold: true) + 30, 14, bold: true);
            c.Advance(22);
            Job(c, "Northwind Freight", "Logistics Coordinator", "Mar 2019 - Present", "Planned 40 routes a day across the north");
            Job(c, "Pennine Parcels", "Warehouse Supervisor", "Jun 2015 - Feb 2019", "Ran a night shift of twelve pickers");
            Heading(c, "Education");
            Line(c, "Leeds Beckett University", bold: true);
            Line(c, "BSc in Business Logistics, 2012 - 2015");
        }));

        Assert.Equal(["Northwind Freight", "Pennine Parcels"], resume.Work.Select(w => w.Name));
        Assert.Equal(["2019-03", "2015-06"], resume.Work.Select(w => w.StartDate));
    }

    [Fact]
    public void A_heading_wrapped_onto_a_second_line_in_its_type_keeps_its_list()
    {
        var resume = Read(Pdf(c =>
        {
            Heading(c, "Education", 18);
            Line(c, "University of Bristol", bold: true);
            Line(c, "PhD in Evolutionary Biology, 2019 - 2023");
            c.Advance(10);
            // Too long for the column, the heading goes on under itself at the heading's own leading.
            c.Draw("Awards", Left, 18, bold: true);
            c.Advance(24);
            Heading(c, "& Scholarships", 18);
            Line(c, "2022  Best student poster, Society for the Study of Evolution");
            Line(c, "2019  Doctoral scholarship, Natural Environment Research Council");
            c.Advance(10);
            Heading(c, "Skills", 18);
            Line(c, "Phylogenetics, population genomics, R, Python");
        }));

        Assert.Contains(resume.Awards, a => a.Title is { } title && title.Contains("Best student poster", StringComparison.Ordinal));
        Assert.Contains(resume.Awards, a => a.Title is { } title && title.Contains("Doctoral scholarship", StringComparison.Ordinal));
    }

    [Fact]
    public void Headings_typed_with_a_colon_after_a_tab_open_their_sections()
    {
        var resume = Read(Compose((body, _) => body.Append(
            Styled("Meera Raghavan", "Title"),
            Plain("meera.raghavan@example.com"),
            ColonHeading("CAREER OBJECTIVE"),
            Plain("To begin a career in software where I can learn from experienced engineers."),
            ColonHeading("EDUCATIONAL QUALIFICATION"),
            Plain("Bharathiar University, Coimbatore"),
            Plain("B.Sc. Computer Science, 2021 - 2024"),
            ColonHeading("SKILLS"),
            Bullet("Python"),
            Bullet("SQL"),
            ColonHeading("LANGUAGES KNOWN"),
            Bullet("Tamil"),
            Bullet("English"))));

        Assert.Equal("Bharathiar University, Coimbatore", Assert.Single(resume.Education).Institution);
        Assert.Equal(["Tamil", "English"], resume.Languages.Select(l => l.Name));
        Assert.Contains("Python", resume.Keywords());
        Assert.DoesNotContain("Tamil", resume.Keywords());
    }

    [Fact]
    public void A_word_heading_naming_a_table_of_schooling_in_its_own_case_opens_education()
    {
        var resume = Read(Compose((body, _) =>
        {
            body.Append(Styled("Kavya Subramanian", "Title"), Plain("kavya.s@example.com"));
            body.Append(Styled("PROFILE", "Heading2"), Plain("Engineering student who builds small web tools for her college."));
            body.Append(Styled("Academic Details", "Heading2"));
            body.Append(Grid(
                ["COURSE", "INSTITUTION", "YEAR"],
                ["B.E. Computer Science", "Anna University, Chennai", "2020 - 2024"]));
            body.Append(Styled("SKILLS", "Heading2"), Bullet("Java"), Bullet("MySQL"));
            body.Append(Styled("PROJECTS", "Heading2"), Plain("Library seat booking site"));
        }));

        Assert.Contains(resume.Education, e => e.Institution == "Anna University, Chennai");
        Assert.DoesNotContain(resume.Meta.Sections, s => s.Heading == "PROFILE" && s.Kind != "summary");
    }

    [Fact]
    public void A_two_word_section_name_in_the_headings_type_but_not_their_capitals_is_a_heading()
    {
        var resume = Read(Pdf(c =>
        {
            Line(c, "PROFILE", bold: true);
            Line(c, "Engineering student who builds small web tools for her college.");
            c.Advance(10);
            Line(c, "Academic Details", bold: true);
            Line(c, "Anna University, Chennai", bold: true);
            Line(c, "B.E. in Computer Science, 2020 - 2024");
            c.Advance(10);
            Line(c, "SKILLS", bold: true);
            Line(c, "Java, MySQL, HTML");
            c.Advance(10);
            Line(c, "PROJECTS", bold: true);
            Line(c, "Library seat booking site for the college reading room");
        }));

        Assert.Equal("Anna University, Chennai", Assert.Single(resume.Education).Institution);
    }

    [Fact]
    public void A_skill_whose_name_hyphenates_a_section_word_is_no_heading()
    {
        var resume = Read(Compose((body, _) => body.Append(
            Bold("Andrei Volkov"),
            Plain("andrei.volkov@example.com"),
            Bold("Experience"),
            Plain("iOS Engineer, Fieldnote Apps, 2016 - 2023"),
            Bold("Skills"),
            Bold("Objective-C"),
            Plain("UIKit, Core Data, Instruments"),
            Bold("Swift"),
            Plain("SwiftUI, Combine"))));

        Assert.Contains("Core Data", resume.Keywords());
        Assert.DoesNotContain("UIKit", resume.Basics.Summary ?? "", StringComparison.Ordinal);
    }

    [Fact]
    public void A_service_heading_opens_volunteering()
    {
        var resume = Read("""
            Jordan Pike
            jordan.pike@example.com

            EXPERIENCE
            Delivery Driver, Swift Couriers, Jan 2020 - Present
            - Delivered 120 parcels a day across three towns

            SERVICE
            Volunteer Missionary, Hope Outreach, Sep 2016 - Aug 2018
            - Taught English classes twice a week
            """);

        Assert.Equal("Hope Outreach", Assert.Single(resume.Volunteer).Organization);
        Assert.Equal(["Swift Couriers"], resume.Work.Select(w => w.Name));
    }

    private static Paragraph ColonHeading(string text) => new(
        new ParagraphProperties(new ParagraphStyleId { Val = "Heading1" }),
        new Run(new DocumentFormat.OpenXml.Wordprocessing.Text(text)), new Run(new TabChar()), new Run(new DocumentFormat.OpenXml.Wordprocessing.Text(":")));

    private static Table Grid(params string[][] rows)
    {
        var table = new Table(new TableProperties(new TableWidth { Type = TableWidthUnitValues.Pct, Width = "5000" }));
        foreach (var row in rows)
        {
            table.Append(new TableRow(row.Select(cell => new TableCell(Plain(cell)))));
        }
        return table;
    }

    private static byte[] Pdf(Action<PdfCanvas> draw)
    {
        using var document = new PdfDocument();
        using (var c = new PdfCanvas(document))
        {
            Line(c, "Dana Whitlock", size: 18, bold: true);
            Line(c, "dana.whitlock@example.com | (555) 201-4471");
            c.Advance(12);
            draw(c);
        }
        return document.ToBytes();
    }

    private static void Heading(PdfCanvas c, string text, double size = 14)
    {
        c.Draw(text, Left, size, bold: true);
        c.Advance(size + 8);
    }

    private static void Line(PdfCanvas c, string text, double size = Body, bool bold = false)
    {
        c.Draw(text, Left, size, bold);
        c.Advance(size + 4);
    }

    private static void Job(PdfCanvas c, string employer, string title, string dates, string bullet)
    {
        c.Draw(employer, Left + 20, Body, bold: true);
        c.DrawRight("Leeds, UK", 555, Body);
        c.Advance(Body + 4);
        c.Draw(title, Left + 20, Body);
        c.DrawRight(dates, 555, Body);
        c.Advance(Body + 4);
        c.Draw("•", Left + 8, Body);
        c.Draw(bullet, Left + 20, Body);
        c.Advance(Body + 8);
    }
}
