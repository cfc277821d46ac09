using PdfSharp.Pdf;
using Resume.Fixtures;
using static Resume.Parsing.Tests.Parsing;

namespace Resume.Parsing.Tests;

/// <summary>
/// A JSON Resume theme printed from the browser: each job's title set large and bold, written as its holder writes it
/// (in lower case, as Polish and other languages write a post), the employer in small bold type under it, then the
/// dates, the place and a paragraph; a long title wraps in its own type on the narrow column.
/// </summary>
public sealed class LowerCaseTitleTests
{
    [Fact]
    public void A_title_in_lower_case_set_large_opens_its_job_and_a_wrapped_one_stays_whole()
    {
        const double left = 196;
        using var document = new PdfDocument();
        using (var c = new PdfCanvas(document))
        {
            c.Draw("Zofia Wiśniewska-Kral", left, 26);
            c.Advance(34);
            c.Draw("zofia.kral@example.pl", left, 10);
            c.Advance(40);
            c.Draw("Work", left, 20);
            c.Advance(32);
            foreach (var (title, employer, dates, place, paragraph) in new[]
            {
                (new[] { "Kierownik projektu" }, "Fundacja Zielone Miasto", "Jan 2021 – Present", "Kraków",
                    new[] { "Prowadzę projekty edukacyjne dla szkół i bibliotek w Małopolsce oraz", "koordynuję pracę wolontariuszy." }),
                (new[] { "koordynator wydarzeń" }, "Stowarzyszenie Sztuka Ulicy", "Mar 2018 – Dec 2020", "Kraków",
                    new[] { "Organizowałem festiwale i warsztaty dla mieszkańców dzielnicy oraz", "dbałem o kontakty z urzędem miasta i z partnerami." }),
                (new[] { "Specjalista ds wdrażania programów dla osób z", "niepełnosprawnościami" }, "Urząd Miasta Tarnowa", "Sep 2015 – Feb 2018", "Tarnów",
                    new[] { "Przygotowywałem wnioski o dofinansowanie i raporty z realizacji", "programów miejskich." }),
            })
            {
                foreach (var line in title)
                {
                    c.Draw(line, left, 16, bold: true);
                    c.Advance(24.8);
                }
                c.Draw(employer, left, 10.5, bold: true);
                c.Advance(15.7);
                c.Draw(dates, left, 10.5);
                c.Advance(15.7);
                c.Draw(place, left, 10.5);
                c.Advance(22.5);
                foreach (var line in paragraph)
                {
                    c.Draw(line, left, 10.5);
                    c.Advance(15.7);
                }
                c.Advance(17);
            }
        }
        var resume = Read(document.ToBytes());

        Assert.Equal(
            [("Fundacja Zielone Miasto", "Kierownik projektu", "2021-01"), ("Stowarzyszenie Sztuka Ulicy", "koordynator wydarzeń", "2018-03"),
                ("Urząd Miasta Tarnowa", "Specjalista ds wdrażania programów dla osób z niepełnosprawnościami", "2015-09")],
            resume.Work.Select(w => (w.Name, w.Position, w.StartDate)));
    }
}
