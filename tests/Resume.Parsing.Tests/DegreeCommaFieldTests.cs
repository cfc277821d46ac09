using static Resume.Parsing.Tests.Parsing;

namespace Resume.Parsing.Tests;

/// <summary>
/// A profile export prints each degree as "the degree as the person typed it, the field of study · (dates)": whatever
/// words the first part holds ("Diploma of Education", "Grado en Arquitectura", "Licentiate degree"), it is the degree,
/// and what follows the comma is the field.
/// </summary>
public sealed class DegreeCommaFieldTests
{
    [Theory]
    [InlineData("Grado en Arquitectura, Diseño urbano", "Grado en Arquitectura", "Diseño urbano")]
    [InlineData("Diploma of Education, Early Childhood Care", "Diploma of Education", "Early Childhood Care")]
    [InlineData("Licentiate degree, Enfermería", "Licentiate degree", "Enfermería")]
    public void The_degree_before_the_comma_is_whole_and_the_field_follows_it(string line, string degree, string field)
    {
        var resume = Read(Document(line));

        var education = Assert.Single(resume.Education);
        Assert.Equal("Universidad del Litoral Norte", education.Institution);
        Assert.Equal((degree, field), (education.StudyType, education.Area));
    }

    [Fact]
    public void A_second_award_after_the_comma_is_no_field()
    {
        var resume = Read(Document("B.A. in History, Certificate in Museum Studies"));

        Assert.Equal("B.A.", Assert.Single(resume.Education).StudyType?.Split(' ')[0]);
    }

    [Fact]
    public void With_no_school_read_yet_the_part_after_a_degree_in_a_field_is_the_school()
    {
        var resume = Read("""
            Lucía Ferreyra Sosa
            lucia.ferreyra@example.com

            Education
            Postgraduate Diploma in Hospitality Management, CodeClan · (2012 - 2013)
            """);

        var education = Assert.Single(resume.Education);
        Assert.Equal(("CodeClan", "Postgraduate Diploma", "Hospitality Management"), (education.Institution, education.StudyType, education.Area));
    }

    private static string Document(string degreeLine) => $"""
        Lucía Ferreyra Sosa
        lucia.ferreyra@example.com

        Experience
        Estudio Patio Verde
        Project Assistant
        March 2018 - May 2021 (3 years 3 months)
        Drew the planting plans for the studio's courtyard projects.

        Education
        Universidad del Litoral Norte
        {degreeLine} · (2012 - 2017)
        """;
}
