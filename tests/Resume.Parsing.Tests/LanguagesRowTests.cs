using static Resume.Parsing.Tests.Parsing;

namespace Resume.Parsing.Tests;

/// <summary>A row of spoken languages among the skills rows (invented people).</summary>
public sealed class LanguagesRowTests
{
    [Fact]
    public void A_languages_row_among_skills_rows_lists_languages_even_with_a_tongue_the_names_list_lacks()
    {
        var resume = Read("""
            Malte Brinkhorst
            malte.brinkhorst@example.de

            KENNTNISSE
            Programmiersprachen: C, Python, MATLAB
            Sprachen: Deutsch (Muttersprache), Englisch (C1), Latein (Kleines Latinum), Kiswahili (A1)
            """);

        Assert.Equal(["Deutsch", "Englisch", "Latein", "Kiswahili"], resume.Languages.Select(l => l.Name));
        Assert.Equal("C1", resume.Languages[1].Fluency);
        Assert.Equal(["C", "Python", "MATLAB"], resume.Keywords());
    }

    [Fact]
    public void A_row_of_programming_languages_under_the_label_languages_stays_skills()
    {
        var resume = Read("""
            Priya Ramaswamy
            priya.r@example.com

            SKILLS
            Languages: Python, Go, Rust, SQL
            Tools: Docker, Git
            """);

        Assert.Empty(resume.Languages);
        Assert.Contains("Rust", resume.Keywords());
    }

    [Fact]
    public void A_languages_and_skills_heading_over_labelled_rows_lists_skills_and_the_tongues_row_as_languages()
    {
        var resume = Read("""
            Lucía Arbeloa Quintana
            lucia.arbeloa@example.es

            IDIOMAS Y COMPETENCIAS
            Idiomas: Español, Ingles, Frances (básico)
            Software estadístico: Stata, EViews, R
            Análisis: Econometría, Series temporales
            """);

        Assert.Equal(["Español", "Ingles", "Frances"], resume.Languages.Select(l => l.Name));
        Assert.Equal(["Stata", "EViews", "R", "Econometría", "Series temporales"], resume.Keywords());
    }

    [Fact]
    public void A_languages_section_whose_rows_rate_tongues_stays_languages()
    {
        var resume = Read("""
            Lucía Arbeloa Quintana
            lucia.arbeloa@example.es

            IDIOMAS
            Nativo: Español, Catalán
            Avanzado: Ingles, Frances
            """);

        Assert.Equal(["Español", "Catalán", "Ingles", "Frances"], resume.Languages.Select(l => l.Name));
        Assert.Empty(resume.Keywords());
    }
}
