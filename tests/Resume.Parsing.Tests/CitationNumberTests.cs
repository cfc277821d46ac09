using Resume.Parsing.Fields;
using static Resume.Parsing.Tests.Parsing;

namespace Resume.Parsing.Tests;

/// <summary>A reference list's page ranges and identifiers fit a phone's pattern; read as what they are, they give no phone.</summary>
public sealed class CitationNumberTests
{
    [Theory]
    [InlineData("Journal of Stuff, vol. 9, no. 4, pp. 1363–1373, Aug. 2025.")]
    [InlineData("org/10.1080/00031305.2017.1375986.")]
    [InlineData("Diabetologia (2020). DOI: 10.1007/s00125\u2011020\u201105113\u20118.")]
    [InlineData("In: Festschrift für Ada Brenner, S. 1005–1022.")]
    public void A_page_range_or_the_tail_of_an_identifier_is_no_phone(string text) =>
        Assert.Null(ContactParser.FindPhone(text));

    [Theory]
    [InlineData("Tel. 0171 2345678", "0171 2345678")]
    [InlineData("Phone: 555-201-3344", "555-201-3344")]
    [InlineData("Mobile-9876 543 210", "9876 543 210")]
    public void A_phone_after_its_label_is_still_a_phone(string text, string phone) =>
        Assert.Equal(phone, ContactParser.FindPhone(text));

    [Fact]
    public void A_doi_wrapped_onto_its_own_line_in_the_publications_gives_no_phone()
    {
        var text = "Mara Quill\nmara.quill@example.org\n\nEDUCATION\nPhD in History, Northam University (2014).\n\n"
            + "PUBLICATIONS\nTobin Ashe and Mara Quill, \"Counting Parish Ledgers\" Archive Quarterly 72, no. 1 (2018): 80–88, https://doi.\n"
            + "org/10.5555/00031305.2017.1375986.\n";

        Assert.Null(Read(text).Basics.Phone);
    }
}
