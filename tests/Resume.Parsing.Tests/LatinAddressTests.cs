using static Resume.Parsing.Tests.Parsing;

namespace Resume.Parsing.Tests;

/// <summary>Addresses as Brazil, Portugal, Spain and Italy write them: the house number after its street and a comma, a
/// CEP of five digits and three after the state.</summary>
public sealed class LatinAddressTests
{
    private const string Body = "\n\nEXPERIÊNCIA\nAssistente Administrativo, Padaria Sol Nascente   Mar 2019 - Jun 2021\n- Atendimento ao cliente no balcão\n";

    [Fact]
    public void A_street_and_house_number_then_town_then_state_and_cep_give_the_town_and_no_cep_for_a_phone()
    {
        var resume = Read("Marina Duarte Lopes\nRua Jaguaribe, 88, Osasco, São Paulo 06018-120\n(11)98123-4567   marina.lopes@example.com" + Body);

        Assert.Equal("(11)98123-4567", resume.Basics.Phone);
        Assert.Equal("Osasco", resume.Basics.Location?.City);
    }

    [Fact]
    public void A_labelled_cep_alone_is_no_phone()
    {
        var resume = Read("Marina Duarte Lopes\nmarina.lopes@example.com   Recife, PE\nCEP: 50710-220" + Body);

        Assert.Null(resume.Basics.Phone);
    }
}
