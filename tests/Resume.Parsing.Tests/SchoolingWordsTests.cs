using Resume.Model;
using static Resume.Parsing.Tests.Parsing;

namespace Resume.Parsing.Tests;

/// <summary>How schooling is written across the languages the parser reads (invented people): degree words and the words
/// linking them to their field, subjects, grades, the town under a school, captions and lists under a degree.</summary>
public sealed class SchoolingWordsTests
{
    private static Education OnlyDegree(string heading, string lines) =>
        Assert.Single(Read($"Inés Valdor\nines.valdor@example.org\n\n{heading}\n{lines}\n\nIDIOMAS\nEspañol, Inglés\n").Education);
    [Theory]
    [InlineData("Burgerlijk Ingenieur in de Computerwetenschappen, Universiteit Valmont", "Universiteit Valmont", "Burgerlijk Ingenieur", "Computerwetenschappen")]
    [InlineData("Colegio San Telmo\nBachiller en Ciencias Naturales", "Colegio San Telmo", "Bachiller", "Ciencias Naturales")]
    [InlineData("Universidad de Valmont\nIngeniería Informática", "Universidad de Valmont", "Ingeniería", "Informática")]
    [InlineData("Ausbildung als Fachinformatiker Anwendungsentwicklung\nBerufskolleg Valmont", "Berufskolleg Valmont", "Ausbildung als Fachinformatiker", "Anwendungsentwicklung")]
    [InlineData("Licence de Physique, Université de Valmont", "Université de Valmont", "Licence", "Physique")]
    public void Degree_words_of_other_languages_and_their_linking_words_part_the_degree_from_its_field(string lines, string school, string type, string area)
    {
        var degree = OnlyDegree("FORMACIÓN", "2016 - 2020\n" + lines);

        Assert.Equal((school, type, area), (degree.Institution, degree.StudyType, degree.Area));
    }

    [Theory]
    [InlineData("Erasmus Exchange Semester, Universität Valmont", "Erasmus Exchange Semester")]
    [InlineData("Semestre à l'étranger, Valmont University", "Semestre à l'étranger")]
    public void A_semester_abroad_is_the_kind_of_study_not_its_field(string line, string type)
    {
        var degree = OnlyDegree("FORMATION", "2020 - 2021\n" + line);

        Assert.Equal((type, null), (degree.StudyType, degree.Area));
    }

    [Theory]
    [InlineData("Industriële Wetenschappen, GTI Valmont", "GTI Valmont", "Industriële Wetenschappen")]
    [InlineData("Wirtschaftsinformatik, ATV Valmont", "ATV Valmont", "Wirtschaftsinformatik")]
    public void A_subject_named_in_another_language_is_the_field_and_the_other_name_the_school(string line, string school, string area)
    {
        var degree = OnlyDegree("OPLEIDING", "2005 - 2011: " + line);

        Assert.Equal((school, area), (degree.Institution, degree.Area));
    }

    [Theory]
    [InlineData("Promedio: 7.48")]
    [InlineData("Nota final: 8,5")]
    [InlineData("Moyenne : 14,2")]
    [InlineData("Notendurchschnitt: 1,7")]
    public void A_grade_labelled_in_another_language_is_the_score_not_the_field(string grade)
    {
        var degree = OnlyDegree("FORMACIÓN", $"Universidad de Valmont   2020 - 2024\nLicenciatura en Química\n{grade}");

        Assert.Equal(("Licenciatura", "Química"), (degree.StudyType, degree.Area));
        Assert.NotNull(degree.Score);
    }

    [Theory]
    [InlineData("Ensavia, Toulouse — 2024 - 2026", "Ensavia")]
    [InlineData("Allgemeinbildende Schule Nr. 3   2001 - 2008\nOmsk (Russland)", "Allgemeinbildende Schule Nr. 3")]
    public void A_town_beside_or_under_the_school_is_where_it_is_not_the_field(string lines, string school)
    {
        var degree = OnlyDegree("FORMATION", lines);

        Assert.Equal((school, null), (degree.Institution, degree.Area));
    }

    [Fact]
    public void A_horizontal_bar_parts_the_degree_its_field_and_the_school_as_a_dash_does()
    {
        var degree = OnlyDegree("AUSBILDUNG", "Bachelor ― Computer Games Technology ― Fachhochschule Valmont\nOktober 2020 - September 2024");

        Assert.Equal(("Fachhochschule Valmont", "Bachelor", "Computer Games Technology"), (degree.Institution, degree.StudyType, degree.Area));
    }

    [Fact]
    public void Courses_listed_under_the_school_are_no_part_of_its_name()
    {
        var degree = OnlyDegree("EDUCAÇÃO E FORMAÇÃO", "2012 - 2015   Licenciatura em Engenharia Informática\nInstituto Superior de Valmont\n- Base de Dados\n- Compiladores\n- Matemática");

        Assert.Equal(("Instituto Superior de Valmont", "Licenciatura", "Engenharia Informática"), (degree.Institution, degree.StudyType, degree.Area));
    }

    [Fact]
    public void A_caption_over_the_courses_of_a_degree_opens_no_degree_of_its_own()
    {
        var resume = Read("Inés Valdor\nines.valdor@example.org\n\nEDUCATION\nM.A. in Sociology   Oct 2023 – Oct 2025\nUniversity of Valmont\n"
            + "• Built a comparative dataset of survey microdata across the member states\n• Designed a reproducible workflow in R for the analysis\n"
            + "Selected coursework research\n• Social Planning: evaluated transport policies through case studies\n• Welfare and Public Action: examined local welfare governance\n\n"
            + "B.A. in Sociology   Sep 2019 – Oct 2022\nUniversity of Valmont\n\nSKILLS\nR, Stata\n");

        Assert.Equal([("M.A.", "Sociology"), ("B.A.", "Sociology")], resume.Education.Select(e => (e.StudyType, e.Area)));
    }
}
