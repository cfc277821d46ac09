using static Resume.Parsing.Tests.Parsing;

namespace Resume.Parsing.Tests;

/// <summary>Degrees as the Romance languages, Turkish, Polish and Slovak name them (invented people): the kind of a
/// school-leaving degree said after it ("Bachillerato Internacional", "Baccalauréat français") is part of its name, and
/// "Yüksek Lisans", "Doktora", "inżynier" and "bakalár" are degrees.</summary>
public sealed class DegreeKindTests
{
    private static Resume.Model.Education OnlyDegree(string heading, string lines) =>
        Assert.Single(Read($"Elif Demir\nelif.demir@example.com\n\n{heading}\n{lines}\n").Education);

    [Theory]
    [InlineData("Educación", "Colegio Alameda\tjunio 2023\nBachillerato Internacional", "Bachillerato Internacional")]
    [InlineData("Formation", "Lycée Victor Duruy\t2020\nBaccalauréat français", "Baccalauréat français")]
    [InlineData("Formation", "Lycée Victor Duruy\t2020\nBac général", "Bac général")]
    public void The_kind_of_a_school_leaving_degree_said_after_it_is_part_of_its_name(string heading, string lines, string type)
    {
        var school = OnlyDegree(heading, lines);

        Assert.Equal((type, null), (school.StudyType, school.Area));
    }

    [Fact]
    public void A_field_after_the_kind_is_still_the_field()
    {
        var school = OnlyDegree("Educación", "Universidad de Valmonte\t2018 - 2022\nGrado en Ingeniería Civil");

        Assert.Equal(("Grado", "Ingeniería Civil"), (school.StudyType, school.Area));
    }

    [Theory]
    [InlineData("Yüksek Lisans", "Yüksek Lisans")]
    [InlineData("Doktora", "Doktora")]
    [InlineData("Lisans", "Lisans")]
    public void Turkish_degrees_are_the_study_type_beside_their_field(string degree, string type)
    {
        var school = OnlyDegree("Eğitim", $"2019 – 2021 Ege Teknik Üniversitesi – Bilgisayar Mühendisliği – {degree}");

        Assert.Equal(("Ege Teknik Üniversitesi", type, "Bilgisayar Mühendisliği"), (school.Institution, school.StudyType, school.Area));
    }
}
