using static Resume.Parsing.Tests.Parsing;

namespace Resume.Parsing.Tests;

/// <summary>The document's title on the name's own line (invented people): "Lebenslauf Jonas Albrecht", "Curriculum
/// Vitae – Ana Souza", "CV de Marie Dupont". The name is what follows the title; a title alone names nobody.</summary>
public sealed class TitledNameTests
{
    [Theory]
    [InlineData("Lebenslauf Jonas Albrecht", "Jonas Albrecht")]
    [InlineData("Curriculum Vitae – Ana Souza", "Ana Souza")]
    [InlineData("CV de Marie Dupont", "Marie Dupont")]
    [InlineData("Lebenslauf von Piotr Wiśniewski", "Piotr Wiśniewski")]
    [InlineData("Curriculum Vitae Tomasz Kowalczyk", "Tomasz Kowalczyk")]
    public void The_name_after_the_title_is_the_persons(string line, string name)
    {
        var resume = Read($"{line}\njonas.albrecht@example.de\n\nBerufserfahrung\n\n03/2019 – heute  Tischler, Holzwerk Lenz GmbH\n");

        Assert.Equal(name, resume.Basics.Name);
    }

    [Theory]
    [InlineData("Curriculum Vitae")]
    [InlineData("Lebenslauf-Entwurf")]
    [InlineData("CVS Pharmacy")]
    [InlineData("CV Page")]
    [InlineData("Résumé Builder")]
    public void A_line_that_is_no_title_before_a_name_is_left_as_it_is(string line)
    {
        Assert.Equal(line, Resume.Parsing.Fields.TitledName.Strip(line));
    }
}
