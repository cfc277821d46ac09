using static Resume.Parsing.Tests.Parsing;

namespace Resume.Parsing.Tests;

/// <summary>The word a Portuguese or Spanish writer sets above their name ("Currículo", "Hoja de vida") says what the
/// document is, not whose it is: the name is the line under it.</summary>
public sealed class DocumentTitleWordsTests
{
    [Theory]
    [InlineData("Currículo")]
    [InlineData("Hoja de vida")]
    public void A_document_title_above_the_name_is_not_the_name(string title)
    {
        var resume = Read($"{title}\nRenato Alves Pinheiro\nBrasileiro, Solteiro\n(19) 99762-1954 / renato.pinheiro@example.com\n\n"
            + "OBJETIVO\nAtuar nas áreas administrativas\n\nEXPERIÊNCIA PROFISSIONAL\nRecepcionista – Barbearia Central\n");

        Assert.Equal("Renato Alves Pinheiro", resume.Basics.Name);
    }
}
