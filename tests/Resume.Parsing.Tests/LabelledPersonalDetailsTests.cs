using PdfSharp.Pdf;
using Resume.Fixtures;
using static Resume.Parsing.Tests.Parsing;

namespace Resume.Parsing.Tests;

/// <summary>
/// A tradesperson's CV typed as a form: "Name:", "Location:" and "Address:" labels down the top of the page.
/// </summary>
public sealed class LabelledPersonalDetailsTests
{
    [Fact]
    public void A_form_of_address_and_a_street_alone_leave_the_name_and_the_town_as_a_person_reads_them()
    {
        const double left = 60;
        using var document = new PdfDocument();
        using (var c = new PdfCanvas(document))
        {
            foreach (var line in new[]
            {
                "Name: Mr Tobias Wrenfield", "Location: Whitby", "Nationality: British", "Address: 14 Harbour Road",
                "        North Yorkshire", "Mobile: 07700900461", "Email: tobias.wrenfield@example.co.uk",
            })
            {
                c.Draw(line, left, 11);
                c.Advance(15);
            }
            c.Advance(14);
            c.Draw("Key Skills", left, 13, bold: true);
            c.Advance(18);
            foreach (var skill in new[] { "Welding", "Pipe Fitting", "Blueprint Reading" })
            {
                c.Draw("•", left + 10, 11);
                c.Draw(skill, left + 24, 11);
                c.Advance(15);
            }
        }
        var resume = Read(document.ToBytes());

        Assert.Equal("Tobias Wrenfield", resume.Basics.Name);
        Assert.Equal("Whitby", resume.Basics.Location?.City);
    }
}
