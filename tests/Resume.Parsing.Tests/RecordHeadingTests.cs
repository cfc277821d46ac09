using static Resume.Parsing.Tests.Parsing;

namespace Resume.Parsing.Tests;

/// <summary>"Historial académico", "Proyectos académicos": Spanish and Portuguese CVs call a section a record or an
/// academic list as often as "Formación" or "Proyectos".</summary>
public sealed class RecordHeadingTests
{
    [Fact]
    public void An_academic_record_heading_opens_the_education_section()
    {
        const string text = """
            Lucía Fernández Ortega
            lucia.fernandez@example.com | 7721-4480

            Sobre mí
            Estudiante de último año con interés en el diseño de interfaces.

            Historial Académico
            Licenciatura en Diseño Gráfico - Universidad del Valle Central 2021 – actualidad
            Bachillerato técnico en contabilidad - Instituto Nacional de Occidente 2018 – 2020

            Proyectos académicos
            Mercado Verde: una tienda en línea de productos locales.
            """;

        var resume = Read(text);

        Assert.Equal(["Universidad del Valle Central", "Instituto Nacional de Occidente"], resume.Education.Select(e => e.Institution));
        Assert.Equal("Mercado Verde", Assert.Single(resume.Projects).Name);
    }

    [Fact]
    public void A_section_that_says_none_under_its_heading_holds_no_entry()
    {
        const string text = """
            Lucía Fernández Ortega
            lucia.fernandez@example.com | 7721-4480

            Historial profesional
            Ninguno

            Historial Académico
            Licenciatura en Diseño Gráfico - Universidad del Valle Central 2021 – actualidad
            """;

        var resume = Read(text);

        Assert.Empty(resume.Work);
        Assert.Equal("Universidad del Valle Central", Assert.Single(resume.Education).Institution);
    }
}
