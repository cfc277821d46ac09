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

    [Fact]
    public void A_trunk_zero_in_brackets_between_the_calling_code_and_an_unbroken_number_is_part_of_the_phone()
    {
        var resume = Read("Hollis Brandt\nLeeds | +44(0)7731605518 | hollis.brandt@example.com\n\nEXPERIENCE\nNurse - Riverside Clinic\n");

        Assert.Equal("+44(0)7731605518", resume.Basics.Phone);
    }

    [Fact]
    public void An_area_code_parted_by_a_slash_stays_with_the_groups_after_it()
    {
        var resume = Read("Jonas Krell\nLindenweg 4, 04109 Leipzig\nMobil: 0176 / 482 61937\njonas.krell@example.com\n\nBERUFSERFAHRUNG\nMechatroniker - Werk Nord\n");

        Assert.Equal("017648261937", string.Concat(resume.Basics.Phone!.Where(char.IsDigit)));
    }

    [Fact]
    public void A_mobile_number_led_by_its_calling_code_without_a_plus_is_a_phone()
    {
        var resume = Read("Priya Venkatesan\npriya.venkatesan@example.com | 919845021736 | Chennai\n\nEXPERIENCE\nAnalyst - Harbour Freight Co\n");

        Assert.Equal("919845021736", resume.Basics.Phone);
    }

    [Fact]
    public void A_twelve_digit_run_that_no_calling_code_explains_is_no_phone()
    {
        var resume = Read("Priya Venkatesan\npriya.venkatesan@example.com | 000845021736 | Chennai\n\nEXPERIENCE\nAnalyst - Harbour Freight Co\n");

        Assert.Null(resume.Basics.Phone);
    }
}
