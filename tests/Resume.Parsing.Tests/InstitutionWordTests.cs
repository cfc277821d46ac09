using static Resume.Parsing.Tests.Parsing;

namespace Resume.Parsing.Tests;

/// <summary>Schools named by the word for their kind in the language of the CV ("Akademia", "Politechnika", "Accademia",
/// "Univerzita", "Yliopisto"): the school, not the field studied there, whichever order the degree line keeps (invented
/// schools).</summary>
public sealed class InstitutionWordTests
{
    [Theory]
    [InlineData("Licencjat – Ekonomia, Akademia Górnośląska w Bytomiu", "Akademia Górnośląska w Bytomiu", "Ekonomia")]
    [InlineData("Inżynier – Budownictwo, Politechnika Nadwiślańska", "Politechnika Nadwiślańska", "Budownictwo")]
    [InlineData("Diploma – Pittura, Accademia di Belle Arti di Vallombra", "Accademia di Belle Arti di Vallombra", "Pittura")]
    [InlineData("Bakalár – Ekonómia, Univerzita Horného Váhu", "Univerzita Horného Váhu", "Ekonómia")]
    public void The_kind_of_school_names_the_institution(string line, string institution, string area)
    {
        var resume = Read($"""
            Ewa Marczak
            ewa.marczak@example.pl | +48 601 234 999

            EDUCATION

            {line} | 2013 – 2016
            """);

        Assert.Equal((institution, area), (resume.Education[0].Institution, resume.Education[0].Area));
    }
}
