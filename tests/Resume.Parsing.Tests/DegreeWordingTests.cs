using static Resume.Parsing.Tests.Parsing;

namespace Resume.Parsing.Tests;

/// <summary>How degrees are worded across languages (invented people and schools): a word after the degree that says
/// what kind of course it is, school-leaving certificates, a degree in brackets after its school, remarks after the field,
/// the school's town under it, and trainings timed in days or hours under the same heading.</summary>
public sealed class DegreeWordingTests
{
    private static IReadOnlyList<Resume.Model.Education> Degrees(string heading, string lines) =>
        Read($"Mara Lindqvist\nmara.lindqvist@example.org\n\n{heading}\n{lines}\n\nSKILLS\nExcel, SQL\n").Education;

    private static Resume.Model.Education OnlyDegree(string heading, string lines) => Assert.Single(Degrees(heading, lines));

    [Theory]
    [InlineData("Master Studium Regelungstechnik, FH Talheim, Lindau.", "FH Talheim", "Master Studium", "Regelungstechnik")]
    [InlineData("Máster Universitario en Ingeniería Acústica, Universidad de Valdemora", "Universidad de Valdemora", "Máster Universitario", "Ingeniería Acústica")]
    [InlineData("Studium zum Ingenieur, Ingenieurschule für Schiffbau Talheim", "Ingenieurschule für Schiffbau Talheim", "Studium zum Ingenieur", null)]
    [InlineData("Promotion in theoretischer Optik, Universität Lindau", "Universität Lindau", "Promotion", "theoretischer Optik")]
    [InlineData("D.U.T. Génie Chimique, IUT de Valmont", "IUT de Valmont", "D.U.T.", "Génie Chimique")]
    public void A_word_on_what_kind_of_course_the_degree_is_belongs_to_the_degree(string line, string school, string type, string? area)
    {
        var degree = OnlyDegree("AUSBILDUNG", $"10/2016 – 09/2018   {line}");

        Assert.Equal((school, type, area), (degree.Institution, degree.StudyType, degree.Area));
    }

    [Fact]
    public void The_french_diploma_of_studies_is_named_whole_before_its_initials()
    {
        var degree = OnlyDegree("FORMATION", "Diplôme d’études collégiales (DEC)   2020-2022\nCollège Sainte-Aurore\nSciences humaines");

        Assert.Equal(("Collège Sainte-Aurore", "Diplôme d’études collégiales (DEC)", "Sciences humaines"), (degree.Institution, degree.StudyType, degree.Area));
    }

    [Theory]
    [InlineData("Fachoberschulreife")]
    [InlineData("Fachhochschulreife")]
    [InlineData("Allgemeine Hochschulreife")]
    public void A_german_school_leaving_certificate_under_its_school_is_the_degree(string certificate)
    {
        var degree = OnlyDegree("SCHULBILDUNG", $"08/2011 – 07/2017   Friedrich-Rabe-Realschule\n{certificate}");

        Assert.Equal(("Friedrich-Rabe-Realschule", certificate), (degree.Institution, degree.StudyType));
    }

    [Fact]
    public void A_degree_in_brackets_after_the_school_is_the_degree_taken_there()
    {
        var degree = OnlyDegree("BILDUNG", "2012 - 2017   Konrad Weber Schule 2 (Abitur)");

        Assert.Equal(("Konrad Weber Schule 2", "Abitur"), (degree.Institution, degree.StudyType));
    }

    [Theory]
    [InlineData("B.Sc. Informatik (Nebenfach: Betriebswirtschaft)", "Informatik")]
    [InlineData("B.A. Media & Design (Focus: Human-Centered Technology)", "Media & Design")]
    [InlineData("B.S. Computer Science (Human-Computer Interaction Concentration)", "Computer Science")]
    [InlineData("B. Sc. Computer Engineering, Profil: Software Engineering", "Computer Engineering")]
    public void A_remark_on_a_minor_or_a_focus_after_the_field_is_no_part_of_it(string line, string area)
    {
        var degree = OnlyDegree("EDUCATION", $"2014 - 2019   Northgate University\n{line}");

        Assert.Equal(("Northgate University", area), (degree.Institution, degree.Area));
    }

    [Fact]
    public void A_town_and_its_region_under_the_school_is_where_the_school_is()
    {
        var degrees = Degrees("FORMAÇÃO", "Ensino médio\nEscola Estadual Rio Claro\nCampo Alegre, SP\n\nBacharel em Administração\nFaculdade Aurora\nCampo Alegre, SP");

        Assert.Equal([("Escola Estadual Rio Claro", "Ensino médio", null), ("Faculdade Aurora", "Bacharel", "Administração")],
            degrees.Select(d => (d.Institution, d.StudyType, d.Area)));
    }

    [Fact]
    public void Words_of_the_school_s_own_name_left_over_are_not_the_field()
    {
        var degree = OnlyDegree("EDUCACIÓN", "Universidad de Santa Clara de Valdemora   2015 - 2020\nSanta Clara de Valdemora");

        Assert.Equal("Universidad de Santa Clara de Valdemora", degree.Institution);
        Assert.Null(degree.Area);
    }

    [Fact]
    public void A_school_name_cut_after_the_french_and_runs_on_into_the_next_line()
    {
        var degree = OnlyDegree("FORMATION", "Licence Développement Web   2019 - 2020\nInstitut Supérieur d'Électronique et\nd'Informatique de Valmont");

        Assert.Equal("Institut Supérieur d'Électronique et d'Informatique de Valmont", degree.Institution);
    }

    [Fact]
    public void Courses_timed_in_days_or_hours_under_a_year_are_trainings_not_degrees()
    {
        var degrees = Degrees("FORMATION", "2024\nModèles linéaires et ANOVA (4 jours)\nIntroduction à Julia (3 jours)\n\n2011\nD.U.T. Génie Chimique, IUT de Valmont");

        var degree = Assert.Single(degrees);
        Assert.Equal(("IUT de Valmont", "D.U.T."), (degree.Institution, degree.StudyType));
    }

    [Fact]
    public void A_labelled_branch_of_study_under_the_degree_is_its_field()
    {
        var degree = OnlyDegree("AUSBILDUNG", "10/2009 – 06/2013   Diplom-Ingenieur\nHochschule Talheim\nFachbereich: Maschinenbau");

        Assert.Equal(("Hochschule Talheim", "Diplom-Ingenieur", "Maschinenbau"), (degree.Institution, degree.StudyType, degree.Area));
    }

    [Fact]
    public void A_degree_named_two_ways_either_side_of_a_slash_is_one_degree_and_a_school_closed_by_its_town_is_whole()
    {
        var degree = OnlyDegree("AUSBILDUNG", "Hochschulreife / Abitur   2017\nLessing Schule Talheim - Hamburg\nNaturwissenschaftliches Profil\nIm Rahmen meines Profils lag mein Schwerpunkt auf Physik.");

        Assert.Equal("Hochschulreife / Abitur", degree.StudyType);
        Assert.StartsWith("Lessing Schule Talheim", degree.Institution);
        Assert.DoesNotContain("Profil", degree.Institution);
    }

    [Fact]
    public void A_name_and_its_country_beside_a_degree_with_no_school_read_is_the_school()
    {
        var degree = OnlyDegree("EDUCATION", "2012–2015   Ph.D in Computer Science   Inlab Rennes, France");

        Assert.Equal(("Ph.D", "Computer Science"), (degree.StudyType, degree.Area));
        Assert.StartsWith("Inlab Rennes", degree.Institution);
    }

    [Fact]
    public void Intermediate_alone_under_a_school_and_its_town_is_the_school_leaving_qualification()
    {
        var degree = OnlyDegree("EDUCATION", "Rampur Inter College, Kalpi   2015 - 2017\nIntermediate\nPCM");

        Assert.Equal(("Rampur Inter College, Kalpi", "Intermediate", "PCM"), (degree.Institution, degree.StudyType, degree.Area));
    }

    [Theory]
    [InlineData("NORTHGATE UNIVERSITY · MSE, Mechanical Engineering (Robotics)", "MSE", "Mechanical Engineering (Robotics)")]
    [InlineData("NORTHGATE UNIVERSITY · BSE, Civil Engineering", "BSE", "Civil Engineering")]
    [InlineData("NORTHGATE UNIVERSITY · MASc, Chemical Engineering", "MASc", "Chemical Engineering")]
    public void The_engineering_and_applied_science_initials_name_a_degree(string line, string type, string area)
    {
        var degree = OnlyDegree("EDUCATION", $"{line}   2017 - 2019");

        Assert.Equal(("NORTHGATE UNIVERSITY", type, area), (degree.Institution, degree.StudyType, degree.Area));
    }

    [Theory]
    [InlineData("Master of Laws (LL.M.), Rijksuniversiteit Lindenhorst", "Rijksuniversiteit Lindenhorst", "Master of Laws (LL.M.)")]
    [InlineData("Bachelor of Laws (LL.B.), Kelmscott University", "Kelmscott University", "Bachelor of Laws (LL.B.)")]
    [InlineData("Master in de Rechten, Rijksuniversiteit Lindenhorst", "Rijksuniversiteit Lindenhorst", "Master")]
    public void A_law_degree_s_dotted_initials_stay_with_it_and_a_compound_university_name_is_the_school(string line, string school, string type)
    {
        var degree = OnlyDegree("EDUCATION", $"{line}   2017 - 2019");

        Assert.Equal((school, type), (degree.Institution, degree.StudyType));
    }
}
