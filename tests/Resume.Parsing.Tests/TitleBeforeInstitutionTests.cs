using static Resume.Parsing.Tests.Parsing;

namespace Resume.Parsing.Tests;

/// <summary>"Title, Institution, Town": a title never runs on past its comma into a piece that names an institution, however
/// title-like that piece's words ("Istituto Tecnico"); the town the lists do not know closes the line (invented people).</summary>
public sealed class TitleBeforeInstitutionTests
{
    [Theory]
    [InlineData("Docente supplente, Istituto Tecnico Marconi Sud, Modena | 10/2017 – 06/2019", "Istituto Tecnico Marconi Sud", "Docente supplente")]
    [InlineData("Técnico de laboratorio, Hospital Comarcal del Alcor, Utrera | 10/2017 – 06/2019", "Hospital Comarcal del Alcor", "Técnico de laboratorio")]
    [InlineData("Bank Teller, First Harbour, Grimsby | 10/2017 – 06/2019", "First Harbour", "Bank Teller")]
    public void The_institution_after_the_title_is_the_employer(string header, string employer, string title)
    {
        var resume = Read($"""
            Giulia Ferraresi
            giulia.ferraresi@example.it | +39 347 123 4567

            EXPERIENCE

            Docente di matematica, Liceo Scientifico Galvani, Bologna | 09/2019 – oggi
            • Insegnamento in cinque classi del triennio
            {header}
            • Supplenze di matematica e fisica

            EDUCATION

            Laurea magistrale in Matematica, Università di Bologna, 2015 – 2017
            """);

        Assert.Equal((employer, title), (resume.Work[1].Name, resume.Work[1].Position));
    }
}
