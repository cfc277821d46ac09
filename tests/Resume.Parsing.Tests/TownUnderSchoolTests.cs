using static Resume.Parsing.Tests.Parsing;

namespace Resume.Parsing.Tests;

/// <summary>A school's town printed on the line under its name is where the school is, not the field of study.</summary>
public sealed class TownUnderSchoolTests
{
    [Theory]
    [InlineData("Versmold")]
    [InlineData("Bad Iburg")]
    [InlineData("Omsk (Russland)")]
    public void A_lone_town_under_a_school_is_no_field(string town)
    {
        var text = $"""
            Lena Kowalczyk
            lena.kowalczyk@example.de

            SCHULBILDUNG
            09/2013 – 06/2015   Realschulabschluss, Akademie Sonnenfeld
            {town}

            BERUFSERFAHRUNG
            08/2018 – 01/2022   Fachinformatikerin, Nordlicht GmbH
            • Baute die Buchhaltung neu
            """;

        var school = Assert.Single(Read(text).Education);

        Assert.Equal("Akademie Sonnenfeld", school.Institution);
        Assert.Null(school.Area);
    }

    [Theory]
    [InlineData("Kinesiology")]
    [InlineData("Journalism")]
    [InlineData("Informatik")]
    public void A_lone_field_under_a_school_stays_the_field(string field)
    {
        var text = $"""
            Lena Kowalczyk
            lena.kowalczyk@example.de

            EDUCATION
            09/2013 – 06/2017   Bachelor, Harwick College
            {field}
            """;

        Assert.Equal(field, Assert.Single(Read(text).Education).Area);
    }
}
