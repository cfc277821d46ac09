using System.Globalization;
using PdfSharp.Pdf;

namespace Resume.Fixtures;

/// <summary>
/// A design tool's timeline: each entry opens with its month range set as three cells far apart ("03 / 2021", "–",
/// "08 / 2022"), then the title, then the employer, then its points.
/// </summary>
public static class SpacedDateRanges
{
    public static byte[] Timeline(Person person)
    {
        const double Left = 60;
        using var document = new PdfDocument();
        using (var c = new PdfCanvas(document))
        {
            c.Draw(person.Name, Left, 22, bold: true);
            c.Advance(22);
            c.Draw(person.Email, Left, 10);
            c.Advance(14);
            c.Draw(person.Phone, Left, 10);
            c.Advance(36);
            c.Draw("EXPERIENCE", Left, 13, bold: true);
            c.Advance(26);
            foreach (var job in person.Jobs)
            {
                c.Draw(Spaced(job.Start), Left, 11);
                c.Draw("–", Left + 72, 11);
                c.Draw(job.End is { } end ? Spaced(end) : "today", Left + 90, 11);
                c.Advance(16);
                c.Draw(job.Position, Left, 10);
                c.Advance(14);
                c.Draw(job.Company, Left, 10);
                c.Advance(14);
                foreach (var highlight in job.Highlights)
                {
                    c.Draw("• " + highlight, Left + 20, 9);
                    c.Advance(12);
                }
                c.Advance(14);
            }
        }
        return PdfResume.Save(document);
    }

    private static string Spaced(DateOnly date) => date.ToString("MM / yyyy", CultureInfo.InvariantCulture);
}
