using System.Globalization;
using PdfSharp.Pdf;

namespace Resume.Fixtures;

/// <summary>
/// Layouts of design tools and online builders (Canva and the like): a coloured sidebar beside the main column, a footer
/// band of contact details across the page, short sections set as a grid, a timeline's dates in a strip of their own
/// between the sidebar and the entries, and sections marked by icons instead of headings.
/// </summary>
public static class DesignedShapes
{
    private const double Side = 30, SideWidth = 150, Dates = 270, Main = 300, MainRight = 560;

    /// <summary>A sidebar of skills and languages beside the jobs and schools, and a footer band across the bottom of the
    /// page: the e-mail under the sidebar, the phone over the gutter, the address under the main column.</summary>
    public static byte[] SidebarWithFooterBand(Person person)
    {
        const double Near = 230;
        using var document = new PdfDocument();
        using (var c = new PdfCanvas(document))
        {
            c.Draw(person.Name, Near, 24, bold: true);
            c.Advance(26);
            c.Draw(person.Label, Near, 12);
            c.Advance(40);
            var top = c.Y;
            DrawSidebar(c, person);
            c.Y = top;
            c.Draw("EXPERIENCE", Near, 13, bold: true);
            c.Advance(24);
            foreach (var job in person.Jobs)
            {
                DrawJob(c, job, datesInStrip: false, Near);
            }
            c.Advance(8);
            c.Draw("EDUCATION", Near, 13, bold: true);
            c.Advance(24);
            foreach (var school in person.Schools)
            {
                DrawSchool(c, school, datesInStrip: false, Near);
            }
            c.Y = 790;
            c.Draw(person.Email, 14, 7, bold: true);
            c.Draw(person.Phone, Side + SideWidth - 40, 12, bold: true);
            c.Draw($"{person.City}, {person.Region}", 400, 9, bold: true);
        }
        return PdfResume.Save(document);
    }

    /// <summary>One column whose short sections stand side by side in pairs: "SKILLS" beside "LANGUAGES", each over its
    /// own list, between the jobs and the schools set across the column.</summary>
    public static byte[] SectionGrid(Person person)
    {
        const double Left = 60, Right = 320;
        using var document = new PdfDocument();
        using (var c = new PdfCanvas(document))
        {
            c.Draw(person.Name, Left, 22, bold: true);
            c.Advance(20);
            c.Draw($"{person.Email}   {person.Phone}", Left, 9);
            c.Advance(30);
            c.Draw("EXPERIENCE", Left, 12, bold: true);
            c.Advance(20);
            foreach (var job in person.Jobs)
            {
                c.Draw(job.Position, Left, 10, bold: true);
                c.DrawRight(Range(job), 540, 10);
                c.Advance(14);
                c.Draw(job.Company, Left, 10);
                c.Advance(14);
                foreach (var highlight in job.Highlights)
                {
                    c.Paragraph(highlight, Left, 480, 9, bullet: "•");
                }
                c.Advance(8);
            }
            c.Draw("SKILLS", Left, 12, bold: true);
            c.Draw("LANGUAGES", Right, 12, bold: true);
            c.Advance(20);
            var keywords = person.Skills.SelectMany(s => s.Keywords).ToList();
            for (var i = 0; i < Math.Max(keywords.Count, person.Languages.Count); i++)
            {
                if (i < keywords.Count)
                {
                    c.Draw("• " + keywords[i], Left, 9);
                }
                if (i < person.Languages.Count)
                {
                    c.Draw($"• {person.Languages[i].Language} ({person.Languages[i].Fluency})", Right, 9);
                }
                c.Advance(13);
            }
            c.Advance(10);
            c.Draw("EDUCATION", Left, 12, bold: true);
            c.Advance(20);
            foreach (var school in person.Schools)
            {
                c.Draw(school.Institution, Left, 10, bold: true);
                c.DrawRight($"{school.Start.Year} – {school.End.Year}", 540, 10);
                c.Advance(14);
                c.Draw($"{school.Degree} in {school.Area}", Left, 9);
                c.Advance(20);
            }
        }
        return PdfResume.Save(document);
    }

    /// <summary>A sidebar whose schools stand beside the jobs, one school's line (its name and town) running on to a few
    /// points short of the main column's headings, which start right after it (its entries indented further); the rest
    /// of the sidebar stays well inside it.</summary>
    public static byte[] SidebarLineNearMainColumn(Person person)
    {
        const double Size = 9.8;
        var longest = person.Schools.Select(s => $"{s.Institution} - {person.City}").MaxBy(t => t.Length)!;
        using var document = new PdfDocument();
        using (var c = new PdfCanvas(document))
        {
            var main = Side + c.Width(longest, Size) + 3;
            c.Draw(person.Name, main - 6, 26, bold: true);
            c.Advance(30);
            c.Draw(person.Label, main - 6, 14);
            c.Advance(40);
            var top = c.Y;
            c.Draw(person.Email, Side, 9);
            c.Advance(14);
            c.Draw(person.Phone, Side, 9);
            c.Advance(30);
            c.Draw("EDUCATION", Side, 15, bold: true);
            c.Advance(24);
            foreach (var school in person.Schools)
            {
                c.Draw($"{school.Degree} in {school.Area}", Side, 11, bold: true);
                c.Advance(15);
                c.Draw($"{school.Institution} - {person.City}", Side, Size);
                c.Advance(14);
                c.Draw($"{school.Start.Year} - {school.End.Year}", Side, 9);
                c.Advance(22);
            }
            c.Draw("SKILLS", Side, 15, bold: true);
            c.Advance(22);
            foreach (var keyword in person.Skills.SelectMany(s => s.Keywords))
            {
                c.Draw(keyword, Side + 20, 11);
                c.Advance(15);
            }
            var bottom = c.Y;
            c.Y = top - 10;
            c.Draw("Experience", main, 15, bold: true);
            c.Advance(24);
            foreach (var job in person.Jobs)
            {
                c.Draw(Range(job), main + 14, 10);
                c.Advance(13);
                c.Draw(job.Company, main + 14, 10);
                c.Advance(12);
                c.Draw(job.Position, main + 14, 12);
                c.Advance(15);
                foreach (var highlight in job.Highlights)
                {
                    c.Draw(highlight, main + 14, 7);
                    c.Advance(12);
                }
                c.Advance(30);
            }
            c.Draw("Languages", main, 15, bold: true);
            c.Advance(24);
            foreach (var (language, fluency) in person.Languages)
            {
                c.Draw($"{language} ({fluency})", main + 14, 10);
                c.Advance(14);
            }
            c.Y = Math.Max(c.Y, bottom);
        }
        return PdfResume.Save(document);
    }

    /// <summary>A sidebar at the left, then a strip of dates (each entry's end over its start, beside its title and the
    /// line under it), then the entries; with <paramref name="headings"/> false the main column marks its sections with
    /// icons only, so it has no heading at all.</summary>
    public static byte[] TimelineBesideSidebar(Person person, bool headings = true)
    {
        using var document = new PdfDocument();
        using (var c = new PdfCanvas(document))
        {
            c.Draw(person.Name, Main, 24, bold: true);
            c.Advance(26);
            c.Draw(person.Label, Main, 12);
            c.Advance(40);
            var top = c.Y;
            DrawSidebar(c, person);
            // An icon's row stands where a heading would.
            c.Y = headings ? top : top + 20;
            if (headings)
            {
                c.Draw("EXPERIENCE", Main, 13, bold: true);
            }
            c.Advance(24);
            foreach (var job in person.Jobs)
            {
                DrawJob(c, job, datesInStrip: true, Main);
            }
            c.Advance(8);
            if (headings)
            {
                c.Draw("EDUCATION", Main, 13, bold: true);
            }
            c.Advance(24);
            foreach (var school in person.Schools)
            {
                DrawSchool(c, school, datesInStrip: true, Main);
            }
        }
        return PdfResume.Save(document);
    }

    /// <summary>The mirror of <see cref="TimelineBesideSidebar"/>, as Word's two-column templates set it: the entries at the
    /// left, each employer's line with its dates in a strip of their own beside it, and a sidebar at the right of the page
    /// whose own date (a date of birth beside its label) stands inside it.</summary>
    public static byte[] TimelineBesideRightSidebar(Person person)
    {
        const double Left = 40, Strip = 250, Right = 385;
        using var document = new PdfDocument();
        using (var c = new PdfCanvas(document))
        {
            c.Draw(person.Name, Right, 22, bold: true);
            c.Advance(24);
            c.Draw(person.Email, Right, 10);
            c.Advance(14);
            c.Draw(person.Phone, Right, 10);
            c.Advance(60);
            var top = c.Y;
            c.Draw("EXPERIENCE", Left, 13, bold: true);
            c.Advance(28);
            foreach (var job in person.Jobs)
            {
                c.Draw(job.Company, Left, 10, bold: true);
                c.Draw($"{Numeric(job.Start)} – {(job.End is { } end ? Numeric(end) : "now")}", Strip, 10);
                c.Advance(13);
                c.Draw(job.Position, Left, 10);
                c.Advance(24);
            }
            c.Advance(10);
            c.Draw("EDUCATION", Left, 13, bold: true);
            c.Advance(28);
            foreach (var school in person.Schools)
            {
                c.Draw(school.Institution, Left, 10, bold: true);
                c.Draw($"{Numeric(school.Start)} – {Numeric(school.End)}", Strip, 10);
                c.Advance(13);
                c.Draw($"{school.Degree} in {school.Area}", Left, 10);
                c.Advance(24);
            }
            c.Y = top - 8;
            c.Draw("DETAILS", Right, 10, bold: true);
            c.Advance(22);
            c.Draw("Born:", Right, 10);
            c.Draw("12.03.1990", Right + 70, 10);
            c.Advance(12);
            c.Draw($"{person.City}, {person.Region}", Right, 10);
            c.Advance(30);
            c.Draw("SKILLS", Right, 10, bold: true);
            c.Advance(22);
            foreach (var keyword in person.Skills.SelectMany(s => s.Keywords))
            {
                c.Draw(keyword, Right, 9);
                c.Advance(17);
            }
            c.Advance(20);
            c.Draw("LANGUAGES", Right, 10, bold: true);
            c.Advance(22);
            foreach (var (language, _) in person.Languages)
            {
                c.Draw(language, Right, 9);
                c.Advance(17);
            }
        }
        return PdfResume.Save(document);
    }

    private static void DrawSidebar(PdfCanvas c, Person person)
    {
        c.Draw("PROFILE", Side, 12, bold: true);
        c.Advance(20);
        c.Paragraph(person.Summary, Side, SideWidth - 20, 8.5);
        c.Advance(14);
        c.Draw("CONTACT", Side, 12, bold: true);
        c.Advance(20);
        foreach (var line in new[] { person.Email, person.Phone, $"{person.City}, {person.Region}" })
        {
            c.Draw(line, Side, 8.5);
            c.Advance(14);
        }
        c.Advance(14);
        c.Draw("SKILLS", Side, 12, bold: true);
        c.Advance(20);
        foreach (var keyword in person.Skills.SelectMany(s => s.Keywords))
        {
            c.Draw(keyword, Side, 9);
            c.Advance(14);
        }
        c.Advance(14);
        c.Draw("LANGUAGES", Side, 12, bold: true);
        c.Advance(20);
        foreach (var (language, fluency) in person.Languages)
        {
            c.Draw($"{language} - {fluency}", Side, 9);
            c.Advance(14);
        }
    }

    private static void DrawJob(PdfCanvas c, Job job, bool datesInStrip, double main)
    {
        if (datesInStrip)
        {
            c.DrawRight(job.End is { } end ? Month(end) : "PRESENT", Dates, 10);
            c.Draw(job.Position, main, 11);
            c.Advance(15);
            c.DrawRight(Month(job.Start), Dates, 10);
            c.Draw(job.Company, main, 11);
            c.Advance(16);
        }
        else
        {
            c.Draw(job.Position, main, 11, bold: true);
            c.Advance(15);
            c.Draw(job.Company, main, 10);
            c.DrawRight(Range(job), MainRight, 10);
            c.Advance(16);
        }
        foreach (var highlight in job.Highlights)
        {
            c.Paragraph(highlight, main, MainRight - main, 8.5, bullet: "•");
        }
        c.Advance(10);
    }

    private static void DrawSchool(PdfCanvas c, School school, bool datesInStrip, double main)
    {
        if (datesInStrip)
        {
            c.DrawRight(Month(school.End), Dates, 10);
            c.Draw(school.Institution, main, 11);
            c.Advance(15);
            c.DrawRight(Month(school.Start), Dates, 10);
            c.Draw($"{school.Degree} in {school.Area}", main, 11);
            c.Advance(16);
            c.Draw("Courses in the field and a final thesis.", main, 8.5);
            c.Advance(22);
            return;
        }
        c.Draw(school.Institution, main, 11, bold: true);
        c.DrawRight($"{school.Start.Year} – {school.End.Year}", MainRight, 10);
        c.Advance(15);
        c.Draw($"{school.Degree} in {school.Area}", main, 10);
        c.Advance(22);
    }

    private static string Range(Job job) => $"{Month(job.Start)} – {(job.End is { } end ? Month(end) : "Present")}";

    private static string Numeric(DateOnly date) => date.ToString("MM/yyyy", CultureInfo.InvariantCulture);

    private static string Month(DateOnly date) => date.ToString("MMM yyyy", CultureInfo.InvariantCulture).ToUpperInvariant();
}
