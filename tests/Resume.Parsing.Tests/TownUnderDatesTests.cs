using static Resume.Parsing.Tests.Parsing;
using static Resume.Parsing.Tests.PdfTeXPage;

namespace Resume.Parsing.Tests;

/// <summary>The employer and its dates on one line, the title and its town under them, each pair set flush left and flush
/// right: a town no list knows ("Modena") is where the job was, not its employer, however title-like the employer's own
/// words ("Istituto Tecnico") (invented people).</summary>
public sealed class TownUnderDatesTests
{
    [Fact]
    public void The_town_under_the_dates_is_the_jobs_place()
    {
        static string Right(double edge, double y, string text, string face) => Words(edge - text.Length * 4.6, y, 9, text, face);
        var resume = Read(Page(
            Words(60, 760, 20, "Giulia Ferraresi", Upright),
            Words(60, 740, 10, "giulia.ferraresi@example.it  +39 347 123 4567  Bologna", Upright),
            Words(60, 700, 14, "Esperienza lavorativa", Bold),
            Words(60, 680, 9, "Liceo Scientifico Galvani Nuovo", Bold) + Right(540, 680, "09/2019 - oggi", Upright),
            Words(60, 667, 9, "Docente di matematica", Italic) + Right(540, 667, "Bologna", Upright),
            Words(72, 652, 9, "- Insegnamento in cinque classi del triennio", Upright),
            Words(60, 632, 9, "Istituto Tecnico Marconi Sud", Bold) + Right(540, 632, "10/2017 - 06/2019", Upright),
            Words(60, 619, 9, "Docente supplente", Italic) + Right(540, 619, "Modena", Upright),
            Words(72, 604, 9, "- Supplenze di matematica e fisica", Upright),
            Words(60, 570, 14, "Istruzione", Bold),
            Words(60, 550, 10, "Laurea magistrale in Matematica, Universita di Bologna, 2015 - 2017", Upright)));

        Assert.Equal([("Liceo Scientifico Galvani Nuovo", "Docente di matematica"), ("Istituto Tecnico Marconi Sud", "Docente supplente")],
            resume.Work.Select(w => (w.Name, w.Position)));
        Assert.Equal("Modena", resume.Work[1].Location);
    }
}
