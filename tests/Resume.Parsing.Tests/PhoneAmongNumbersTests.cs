using static Resume.Parsing.Tests.Parsing;

namespace Resume.Parsing.Tests;

/// <summary>
/// Numbers in a contact block that are not the phone, and phones written in ways a pattern of groups misses: a postcode
/// after its label ("cep 30666-470") is part of the address; a calling code in brackets before an unbroken national number
/// ("(+86)-13625528915") is a phone.
/// </summary>
public sealed class PhoneAmongNumbersTests
{
    [Fact]
    public void A_postcode_after_its_label_is_not_the_phone_on_the_line_below()
    {
        var resume = Read("Marta Quaresma\nEndereço: Rua das Acácias 329, bairro Serra, Belo Horizonte - MG cep 30666-470\n"
            + "Contato: (31)99680-8034 E-mail: marta.quaresma@example.com\n\nEXPERIÊNCIA\nVendedora - Loja Central\n");

        Assert.Equal("(31)99680-8034", resume.Basics.Phone);
    }

    [Fact]
    public void A_bracketed_calling_code_before_an_unbroken_number_is_a_phone()
    {
        var resume = Read("Wen Lao\nHarbour University | Lakeside\nTel: (+86)-13625528915 | Email: wen.lao@example.com\n\nEDUCATION\nHarbour University\n");

        Assert.Equal("(+86)-13625528915", resume.Basics.Phone);
    }
}
