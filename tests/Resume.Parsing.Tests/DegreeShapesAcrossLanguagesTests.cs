using static Resume.Parsing.Tests.Parsing;

namespace Resume.Parsing.Tests;

/// <summary>Degree lines as students and graduates of every field print them in many languages (invented people): a
/// doctorate named "Promotion", an exchange student's standing, a German degree marked with the kind of school that awards
/// it, a school-leaving diploma whose option is its field, a field named by its track's label, a school named after "à",
/// Polish "z" linking degree and field, and a graduation date introduced in Spanish.</summary>
public sealed class DegreeShapesAcrossLanguagesTests
{
    private static Resume.Model.Education OnlyDegree(string heading, string lines) =>
        Assert.Single(Read($"Mira Lindqvist\nmira.lindqvist@example.org\n\n{heading}\n{lines}\n\nSprachen\nDeutsch, Englisch\n").Education);

    [Theory]
    [InlineData("Promotion • Mathematik", "Promotion", "Mathematik")]
    [InlineData("Austauschstudent, Maschinenbau", "Austauschstudent", "Maschinenbau")]
    [InlineData("Diplom-Ingenieur (FH) Maschinenbau", "Diplom-Ingenieur (FH)", "Maschinenbau")]
    [InlineData("Baccalauréat général option Mathématiques", "Baccalauréat général", "Mathématiques")]
    [InlineData("Diploma di maturità indirizzo Scientifico", "Diploma di maturità", "Scientifico")]
    [InlineData("Licencjat z Pielęgniarstwa", "Licencjat", "Pielęgniarstwa")]
    [InlineData("Highschool Degree", "Highschool Degree", null)]
    public void The_degree_and_its_field_part_where_the_grammar_of_the_degree_says(string degree, string type, string? area)
    {
        var school = OnlyDegree("Ausbildung", $"{degree}   2014 - 2017\nHochschule Talheim");

        Assert.Equal(("Hochschule Talheim", type, area), (school.Institution, school.StudyType, school.Area));
    }

    [Theory]
    [InlineData("Spécialité Génie Civil", "Génie Civil")]
    [InlineData("Filière Ingénierie des Systèmes d'Information", "Ingénierie des Systèmes d'Information")]
    [InlineData("Schwerpunkt Robotik", "Robotik")]
    public void A_track_label_before_the_field_is_no_part_of_it(string line, string area)
    {
        var school = OnlyDegree("FORMATION", $"2007 - 2009   IUT de Valmont\n{line}");

        Assert.Equal(("IUT de Valmont", area), (school.Institution, school.Area));
    }

    [Fact]
    public void A_school_named_after_the_french_a_is_where_the_degree_was_taken()
    {
        var school = OnlyDegree("FORMATION", "Double diplôme à l'IAE de Valmont   2011 - 2012");

        Assert.Equal(("IAE de Valmont", "Double diplôme"), (school.Institution, school.StudyType));
    }

    [Fact]
    public void A_spanish_expected_graduation_label_is_no_school()
    {
        var school = OnlyDegree("EDUCACIÓN", "Licenciatura en Ciencias Biológicas, Universidad de Valmonte   Graduación estimada: Abril 2021");

        Assert.Equal(("Universidad de Valmonte", "Licenciatura", "Ciencias Biológicas"), (school.Institution, school.StudyType, school.Area));
    }
}
