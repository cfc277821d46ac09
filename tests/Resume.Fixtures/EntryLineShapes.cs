using PdfSharp.Pdf;

namespace Resume.Fixtures;

/// <summary>
/// Resumes whose entries open in ways that test where one job ends and the next begins: a header line that starts in
/// lower case ("iOS Developer, …") right under a bullet's wrapped last line, set in the entries' larger type, with the
/// team named after the employer ("Title, Employer, Team") and the town after the dates on the line below them.
/// </summary>
public static class EntryLineShapes
{
    private const double Left = 60;

    /// <summary>Each job as "Title, Employer, Unit" in 11 pt over "Mon YYYY – Mon YYYY, Town" in 8 pt, then its
    /// highlights as 9 pt bullets indented past the header, each wrapped to a narrow measure.</summary>
    public static byte[] TitleEmployerUnit(IReadOnlyList<(string Title, string Employer, string Unit, string Town, string Dates, string[] Highlights)> jobs)
    {
        using var document = new PdfDocument();
        using (var c = new PdfCanvas(document))
        {
            c.Draw("Ilse Varga", Left, 18, bold: true);
            c.Advance(20);
            c.Draw("ilse.varga@example.com | +36 30 555 0142", Left, 9);
            c.Advance(24);
            c.Draw("EMPLOYMENT HISTORY:", Left, 10);
            c.Advance(14);
            foreach (var job in jobs)
            {
                c.Draw($"{job.Title}, {job.Employer}, {job.Unit}", Left, 11);
                c.Advance(13);
                c.Draw($"{job.Dates}, {job.Town}", Left, 8);
                c.Advance(20);
                foreach (var highlight in job.Highlights)
                {
                    c.Paragraph(highlight, Left + 40, 300, 9, bullet: "•", leading: 12);
                }
                c.Advance(14);
            }
            c.Draw("EDUCATION:", Left, 10);
            c.Advance(14);
            c.Draw("Computer Science, Danube Technical University, Bachelor", Left, 11);
            c.Advance(13);
            c.Draw("Sep 2014 – Jun 2018, Győr", Left, 8);
        }
        return PdfResume.Save(document);
    }
}
