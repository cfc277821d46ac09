using static Resume.Parsing.Tests.Parsing;

namespace Resume.Parsing.Tests;

/// <summary>Levels of university study named by their own word in Latin American, French and Portuguese resumes
/// (invented people): "Pregrado en Física", "Maestría en Ciencias", "Thèse de doctorat en statistique", "Doutoramento em
/// Química", "Tecnicatura Secundaria en …". The word is the study type and what follows its linking word the field.</summary>
public sealed class StudyLevelWordTests
{
    [Theory]
    [InlineData("Pregrado en Física", "Pregrado", "Física")]
    [InlineData("Maestría en Ciencias", "Maestría", "Ciencias")]
    [InlineData("Thèse de doctorat en statistique", "Thèse de doctorat", "statistique")]
    [InlineData("Doutoramento em Química", "Doutoramento", "Química")]
    [InlineData("Tecnicatura Secundaria en Ciencias de la Alimentación", "Tecnicatura Secundaria", "Ciencias de la Alimentación")]
    public void A_level_of_study_named_by_its_own_word_is_the_study_type_and_the_rest_the_field(string line, string type, string area)
    {
        var resume = Read($"Lucía Ferreyra\nlucia.ferreyra@example.com\n\nEducación\n{line}   2015 - 2019\nUniversidad de Valmonte\n\n"
            + "Idiomas\nEspañol, Inglés\n");

        var school = Assert.Single(resume.Education);
        Assert.Equal(("Universidad de Valmonte", type, area), (school.Institution, school.StudyType, school.Area));
    }
}
