using System.Globalization;
using PdfSharp.Pdf;

namespace Resume.Fixtures;

/// <summary>
/// Two columns that each run on to the next page, as HTML resume themes print through a browser: a main column of work
/// history at the left and a sidebar of contact details and skills at the right; the sidebar's last section ends the
/// first page while the work history carries on at the top of the second page's main column, under no heading.
/// </summary>
public static class ColumnFlowShapes
{
    private const double Main = 50, MainRight = 330, Side = 360;

    /// <param name="employerBlurbs">Each job opens with the employer's line (its street address set flush right), a
    /// paragraph on what the company does and its web address, then the job's dates and title (a theme's employer
    /// "summary" block) instead of title, employer and dates.</param>
    public static byte[] SidebarRunningOn(Person person, bool employerBlurbs = false)
    {
        using var document = new PdfDocument();
        using (var c = new PdfCanvas(document))
        {
            c.Draw(person.Name, 200, 20, bold: true);
            c.Advance(22);
            c.Draw(person.Label.ToUpperInvariant(), 220, 12);
            c.Advance(40);
            var top = c.Y;
            c.Draw("WORK EXPERIENCE", Main, 13, bold: true);
            c.Advance(26);
            var (first, rest) = (person.Jobs.Take(1).ToList(), person.Jobs.Skip(1).ToList());
            foreach (var job in first)
            {
                DrawJob(c, job, employerBlurbs);
            }
            c.Y = top;
            c.Draw("CONTACT", Side, 13, bold: true);
            c.Advance(22);
            foreach (var line in new[] { $"{person.City}, {person.Region}", person.Phone, person.Email })
            {
                c.Draw(line, Side, 9);
                c.Advance(16);
            }
            c.Advance(14);
            c.Draw("SKILLS", Side, 13, bold: true);
            c.Advance(22);
            foreach (var group in person.Skills.Take(2))
            {
                c.Draw(group.Name, Side, 10, bold: true);
                c.Advance(14);
                c.Draw(string.Join("   ", group.Keywords), Side + 10, 8.5);
                c.Advance(20);
            }

            c.NewPage();
            top = c.Y;
            foreach (var job in rest)
            {
                DrawJob(c, job, employerBlurbs);
            }
            c.Advance(10);
            c.Draw("EDUCATION", Main, 13, bold: true);
            c.Advance(24);
            foreach (var school in person.Schools)
            {
                c.Draw(school.Institution, Main, 11, bold: true);
                c.Advance(14);
                c.Draw($"{school.Degree} in {school.Area}", Main, 9);
                c.Advance(14);
                c.Draw($"{school.Start.Year} – {school.End.Year}", Main, 9);
                c.Advance(22);
            }
            c.Y = top;
            foreach (var group in person.Skills.Skip(2))
            {
                c.Draw(group.Name, Side, 10, bold: true);
                c.Advance(14);
                c.Draw(string.Join("   ", group.Keywords), Side + 10, 8.5);
                c.Advance(20);
            }
            c.Advance(14);
            c.Draw("LANGUAGES", Side, 13, bold: true);
            c.Advance(22);
            foreach (var (language, fluency) in person.Languages)
            {
                c.Draw(language, Side, 10, bold: true);
                c.Advance(14);
                c.Draw(fluency, Side + 10, 8.5);
                c.Advance(20);
            }
        }
        return PdfResume.Save(document);
    }

    private static void DrawJob(PdfCanvas c, Job job, bool employerBlurb)
    {
        var dates = $"{Month(job.Start)} – {(job.End is { } end ? Month(end) : "Present")}";
        if (employerBlurb)
        {
            c.Draw(job.Company, Main, 11, bold: true);
            c.DrawRight(job.Location ?? "", MainRight, 11);
            c.Advance(16);
            c.Paragraph($"{job.Company} builds software and services for customers in many industries, with teams and offices across several countries and regions of the world.",
                Main, MainRight - Main, 9, leading: 14);
            c.Draw("https://www.example.com", Main + 10, 9);
            c.Advance(14);
            c.Draw(dates, Main, 9);
            c.Advance(26);
            c.Draw(job.Position, Main, 11, bold: true);
            c.Advance(16);
        }
        else
        {
            c.Draw(job.Company, Main, 11, bold: true);
            c.Advance(16);
            c.Draw(dates, Main, 9);
            c.Advance(16);
            c.Draw(job.Position, Main, 11, bold: true);
            c.Advance(16);
        }
        foreach (var highlight in job.Highlights)
        {
            c.Paragraph(highlight, Main + 8, MainRight - Main - 8, 9, bullet: "•", leading: 14);
        }
        c.Advance(24);
    }

    private static string Month(DateOnly date) => date.ToString("MMMM yyyy", CultureInfo.InvariantCulture);
}
