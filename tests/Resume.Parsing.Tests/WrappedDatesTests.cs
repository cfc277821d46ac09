using PdfSharp.Pdf;
using Resume.Fixtures;
using static Resume.Parsing.Tests.Parsing;

namespace Resume.Parsing.Tests;

/// <summary>
/// Designed pages that set each job on one bold line, "Title | Employer (dates)", in a narrow column: where the title and
/// employer fill the line, the bracketed dates wrap whole onto the next line.
/// </summary>
public sealed class WrappedDatesTests
{
    [Fact]
    public void Bracketed_dates_wrapped_whole_under_a_line_that_filled_its_column_close_that_line()
    {
        using var document = new PdfDocument();
        using (var c = new PdfCanvas(document, top: 60))
        {
            c.Draw("Bastien Okonkwo-Leroux", 250, 20, bold: true);
            c.Advance(24);
            c.Draw("bastien.okonkwo@example.com", 250, 10);
            c.Advance(30);
            c.Draw("WORK EXPERIENCE", 250, 12, bold: true);
            c.Advance(30);
            foreach (var line in new[]
            {
                "Technician | Quayside Garages (2023 - 2024)",
                "Maintenance Technician | Harbour Parking Services",
                "(2021 - 2023)",
                "Operations Agent | Harbour Parking (2019 - 2021)",
            })
            {
                c.Draw(line, 250, 12, bold: true);
                c.Advance(16.5);
            }
            c.Advance(12);
            c.Draw("EDUCATION", 250, 12, bold: true);
            c.Advance(20);
            c.Draw("BTS Maintenance des Systèmes, Lycée Vauban (2017 - 2019)", 250, 9);
        }
        var resume = Read(document.ToBytes());

        Assert.Equal([("Quayside Garages", "Technician", "2023"), ("Harbour Parking Services", "Maintenance Technician", "2021"),
                ("Harbour Parking", "Operations Agent", "2019")],
            resume.Work.Select(w => (w.Name, w.Position, w.StartDate)));
    }
}
