using static Resume.Parsing.Tests.Parsing;

namespace Resume.Parsing.Tests;

/// <summary>Where a designed sidebar names the person's town: a town joined to its state's code by a dash, a Brazilian
/// address that names the district before the town, and a town the lists do not know before a country named in French.</summary>
public sealed class TownBesideStateCodeTests
{
    private const string Body = "\n\nEXPERIÊNCIA\nAssistente Administrativo, Padaria Sol Nascente   Mar 2019 - Jun 2021\n- Atendimento ao cliente no balcão\n";

    [Theory]
    [InlineData("Caruaru-Pe", "Caruaru", "Pe")]
    [InlineData("Itapevi - SP", "Itapevi", "SP")]
    [InlineData("Juazeiro do Norte/CE", "Juazeiro do Norte", "CE")]
    public void A_town_joined_to_its_state_code_is_the_town(string line, string town, string state)
    {
        var resume = Read($"Marina Duarte Lopes\n{line}\nmarina.lopes@example.com\n(81) 99123-4567" + Body);

        Assert.Equal(town, resume.Basics.Location?.City);
        Assert.Equal(state, resume.Basics.Location?.Region);
    }

    [Fact]
    public void A_district_before_the_town_and_its_state_code_is_part_of_the_street()
    {
        var resume = Read("Marina Duarte Lopes\nRua das Flores, 120 - Jardim Paulista, Itapevi - SP\nmarina.lopes@example.com" + Body);

        Assert.Equal("Itapevi", resume.Basics.Location?.City);
    }

    [Fact]
    public void A_town_its_region_and_a_country_code_with_no_street_keep_the_town_first()
    {
        var resume = Read("Marina Duarte Lopes\nmarina.lopes@example.com\nValencia, Comunitat Valenciana, ES" + Body);

        Assert.Equal("Valencia", resume.Basics.Location?.City);
    }

    [Fact]
    public void A_birthplace_with_its_state_code_at_the_end_of_personal_facts_is_not_the_town()
    {
        var resume = Read("Marina Duarte Lopes\nmarina.lopes@example.com\nOutras informações: Casada, dois filhos, Natural de Caruaru/PE" + Body);

        Assert.NotEqual("Outras informações: Casada", resume.Basics.Location?.City);
        Assert.NotEqual("Caruaru", resume.Basics.Location?.City);
    }

    [Fact]
    public void A_town_in_small_letters_before_a_country_named_in_french_is_the_town()
    {
        var resume = Read("Lucie Marchal\nlucie.marchal@example.com\nwavre, Belgique\n0471 22 33 44" + Body);

        Assert.Equal("wavre", resume.Basics.Location?.City);
    }
}
