using System.Globalization;
using PdfSharp.Pdf;

namespace Resume.Fixtures;

/// <summary>
/// Entry lines indented past the list under them, as typst's brilliant-cv sets them: the employer (bold, its town
/// flush right) and the title (its dates flush right) start well right of the bullets, whose wrapped lines hang back
/// under the items' text, left of every entry line.
/// </summary>
public static class IndentedEntryShapes
{
    public static byte[] EntryLinesRightOfBullets(Person person)
    {
        const double heading = 40, entry = 64, right = 555;
        using var document = new PdfDocument();
        using (var c = new PdfCanvas(document))
        {
            c.Draw(person.Name, 220, 18, bold: true);
            c.Advance(20);
            c.Draw($"{person.Email}  |  {person.Phone}  |  {person.City}, {person.Region}", 150, 9);
            c.Advance(30);
            c.Draw("Professional Experience", heading, 14, bold: true);
            c.Advance(22);
            foreach (var job in person.Jobs)
            {
                c.Draw(job.Company, entry, 9, bold: true);
                c.DrawRight(job.Location ?? person.City, right, 9);
                c.Advance(12);
                c.Draw(job.Position, entry, 9);
                c.DrawRight($"{Month(job.Start)} - {(job.End is { } end ? Month(end) : "Current")}", right, 9);
                c.Advance(16);
                foreach (var highlight in job.Highlights)
                {
                    c.Paragraph(highlight, heading, 330, 8.5, bullet: "•", leading: 11);
                }
                c.Advance(8);
            }
            c.Draw("Education", heading, 14, bold: true);
            c.Advance(22);
            foreach (var school in person.Schools)
            {
                c.Draw(school.Institution, entry, 9, bold: true);
                c.DrawRight(person.City, right, 9);
                c.Advance(12);
                c.Draw($"{school.Degree} {school.Area}", entry, 9);
                c.DrawRight($"{Month(school.Start)} - {Month(school.End)}", right, 9);
                c.Advance(18);
            }
        }
        return PdfResume.Save(document);
    }

    private static string Month(DateOnly date) => date.ToString("MMM yyyy", CultureInfo.InvariantCulture);
}
