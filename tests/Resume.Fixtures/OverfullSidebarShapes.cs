using System.Globalization;
using PdfSharp.Pdf;

namespace Resume.Fixtures;

/// <summary>
/// A sidebar of contact details and skills at the left, set in large type, whose e-mail address and profile links are
/// too long for it and run on across the gutter into the main column's left band (a TeX box or a design tool lets an
/// unbreakable word overfill); beside it a main column of dated jobs, their bullets indented past the dates.
/// </summary>
public static class OverfullSidebarShapes
{
    private const double Side = 34, Main = 200, Body = 290, Right = 560;

    public static byte[] AddressesRunningOn(Person person)
    {
        using var document = new PdfDocument();
        using (var c = new PdfCanvas(document))
        {
            var top = c.Y;
            c.Draw("EXPERIENCE", Main, 14, bold: true);
            c.Advance(28);
            foreach (var job in person.Jobs)
            {
                c.Draw($"{Month(job.Start)}–{(job.End is { } end ? Month(end) : "Present")}", Main, 8.5);
                c.Draw(job.Position, Body, 10, bold: true);
                c.Advance(13);
                c.Draw(job.Company, Body, 10);
                c.Advance(14);
                foreach (var highlight in job.Highlights)
                {
                    c.Paragraph(highlight, Body, Right - Body, 9, bullet: "•", leading: 12);
                }
                c.Advance(16);
            }
            c.Advance(10);
            c.Draw("EDUCATION", Main, 14, bold: true);
            c.Advance(28);
            foreach (var school in person.Schools)
            {
                c.Draw($"{school.Start.Year}–{school.End.Year}", Main, 8.5);
                c.Draw($"{school.Degree}, {school.Area}", Body, 10, bold: true);
                c.Advance(13);
                c.Draw(school.Institution, Body, 10);
                c.Advance(22);
            }

            c.Y = top - 40;
            c.Draw(person.Name, Side, 20, bold: true);
            c.Advance(30);
            c.Draw("Contact", Side, 15, bold: true);
            c.Advance(34);
            c.Draw($"{person.City}, {person.Region}", Side, 13);
            c.Advance(30);
            c.Draw(person.Phone, Side, 13);
            c.Advance(40);
            foreach (var address in new[] { person.Email, $"linkedin.com/in/{person.LinkedIn}", $"github.com/{person.GitHub}" })
            {
                c.Draw(address, Side, 13);
                c.Advance(44);
            }
            c.Draw("Skills", Side, 15, bold: true);
            c.Advance(34);
            foreach (var keyword in person.Skills.SelectMany(s => s.Keywords).Take(8))
            {
                c.Draw(keyword, Side, 12);
                c.Advance(30);
            }
        }
        return PdfResume.Save(document);
    }

    private static string Month(DateOnly date) => date.ToString("MM/yyyy", CultureInfo.InvariantCulture);
}
