using static Resume.Parsing.Tests.Parsing;

namespace Resume.Parsing.Tests;

/// <summary>The town of a header line: past a street type word that opens a street's name, across full stops, and none
/// where only a country is named (invented people).</summary>
public sealed class HeaderTownTests
{
    [Theory]
    [InlineData("Italy · ines.valdor@example.org", null)]
    [InlineData("02 Place des Lilas, 75013, Paris, France", "Paris")]
    [InlineData("Valmont. Provincia de Córdoba. Argentina.", "Valmont")]
    public void The_town_of_the_header_is_read_past_a_street_type_word_and_full_stops_and_a_country_alone_is_none(string line, string? city)
    {
        var resume = Read($"Inés Valdor\nAnalista de datos\n{line}\ninesv@example.org\n\nEXPERIENCIA\nAnalista   2020 - 2023\nBanco Valmont\n");

        Assert.Equal(city, resume.Basics.Location?.City);
    }

    [Fact]
    public void An_address_wrapped_after_its_postcode_under_the_email_gives_the_town()
    {
        var resume = Read("Valentin Gerstner\nSoftwareentwickler\n\nBERUFSERFAHRUNG\nSpieleentwickler   03/2025 - 04/2025\nNordlicht Studios GmbH\n\n"
            + "ÜBER MICH\nLeidenschaftlicher Spieleentwickler mit Erfahrung in Unreal Engine und Godot.\nv.gerstner@example.de\nLindenallee 73, 22301\nHamburg, Deutschland\n26 Jahre alt\n+49 162 555 0199\n");

        Assert.Equal("Hamburg", resume.Basics.Location?.City);
    }
}
