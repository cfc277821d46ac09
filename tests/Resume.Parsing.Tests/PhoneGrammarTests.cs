using Resume.Parsing.Fields;
using static Resume.Parsing.Tests.Parsing;

namespace Resume.Parsing.Tests;

/// <summary>A number written with its calling code and the national number unbroken: the code and the length its
/// country dials tell it from any other run of digits.</summary>
public sealed class PhoneGrammarTests
{
    [Theory]
    [InlineData("Call +49 8925775100 any time", "+49 8925775100")]
    [InlineData("+353874850562", "+353874850562")]
    [InlineData("+44 1174960520", "+44 1174960520")]
    [InlineData("+254-771873950", "+254-771873950")]
    [InlineData("+1 4155550123", "+1 4155550123")]
    [InlineData("+962-777414338", "+962-777414338")]
    [InlineData("+229 96554433", "+229 96554433")]
    [InlineData("+359877100799", "+359877100799")]
    [InlineData("+998901234567", "+998901234567")]
    [InlineData("+37061234567", "+37061234567")]
    public void A_calling_code_and_an_unbroken_national_number_of_its_countrys_length_is_a_phone(string text, string phone) =>
        Assert.Equal(phone, ContactParser.FindPhone(text));

    [Theory]
    [InlineData("+49(0)1745646533", "+49(0)1745646533")]
    [InlineData("Mobil 0049(0)1778783784", "0049(0)1778783784")]
    [InlineData("+43 (0)6641234567", "+43 (0)6641234567")]
    public void A_bracketed_trunk_zero_after_the_calling_code_ends_the_code(string text, string phone) =>
        Assert.Equal(phone, ContactParser.FindPhone(text));

    [Theory]
    [InlineData("+1 41555")]
    [InlineData("+44 117496052011234")]
    [InlineData("+999 123456789")]
    [InlineData("Grew revenue +12345678 units")]
    public void Digits_whose_length_no_country_dials_after_that_code_are_not_a_phone(string text) =>
        Assert.Null(ContactParser.FindPhone(text));

    [Theory]
    [InlineData("+ 63 9171234567", "+ 63 9171234567")]
    [InlineData("(+ 44) 7700900123", "(+ 44) 7700900123")]
    public void A_plus_set_apart_from_its_calling_code_still_opens_the_number(string text, string phone) =>
        Assert.Equal(phone, ContactParser.FindPhone(text));

    [Fact]
    public void A_header_with_an_unbroken_international_number_gives_the_phone()
    {
        var text = "Elif Yilmaz\nelif@example.com | +49 8925775100 | Munich, Bavaria\n\nEXPERIENCE\nEngineer, Acme GmbH   Mar 2019 - Jun 2021\n- Built the billing service\n";

        Assert.Equal("+49 8925775100", Read(text).Basics.Phone);
    }

    [Theory]
    [InlineData("(425) 555 – 0188", "4255550188")]
    [InlineData("+1 425 555 — 0188", "14255550188")]
    [InlineData("(425) 555–0188", "4255550188")]
    public void A_number_whose_last_group_is_set_off_by_a_dash_spaced_or_not_is_one_phone(string number, string digits)
    {
        var text = $"Dana Whitlock\ndana.whitlock@example.com | {number} | Tacoma, WA\n\nEXPERIENCE\nServer, Harbor Grill   Mar 2019 - Jun 2021\n- Served a section of twelve tables\n";

        Assert.Equal(digits, new string(Read(text).Basics.Phone?.Where(char.IsAsciiDigit).ToArray()));
    }

    [Fact]
    public void A_spaced_dash_between_years_in_a_header_joins_nothing()
    {
        var text = "Dana Whitlock\ndana.whitlock@example.com | Tacoma, WA | 2019 – 2021\n\nEXPERIENCE\nServer, Harbor Grill   Mar 2019 - Jun 2021\n- Served a section of twelve tables\n";

        Assert.Null(Read(text).Basics.Phone);
    }
}
