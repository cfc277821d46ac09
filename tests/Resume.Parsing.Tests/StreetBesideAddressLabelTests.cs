using PdfSharp.Pdf;
using Resume.Fixtures;
using static Resume.Parsing.Tests.Parsing;

namespace Resume.Parsing.Tests;

/// <summary>
/// The personal data of a tabular Lebenslauf: labels in a column at the left, "Anschrift" beside the street and its
/// house number, the postcode and town on the row under it or after a bar on the same row.
/// </summary>
public sealed class StreetBesideAddressLabelTests
{
    [Theory]
    [InlineData("Lindenstr. 12", "24937 Flensburg")]
    [InlineData("Am Mühlenweg 4a", "24937 Flensburg")]
    [InlineData("Lindenstr.12 | 24937 Flensburg", "")]
    public void The_town_is_the_one_beside_the_postcode_not_the_street_beside_the_label(string street, string town)
    {
        const double label = 70, value = 200, size = 11;
        using var document = new PdfDocument();
        using (var c = new PdfCanvas(document, top: 70))
        {
            c.Draw("Lebenslauf", label, 18, bold: true);
            c.Advance(30);
            foreach (var (name, text) in new[] { ("Name", "Wiebke Corvinius"), ("Anschrift", street), ("", town), ("Tel.", "0171 5550192"),
                ("E-Mail", "wiebke.corvinius@example.de"), ("geb.", "14.03.1996 in Husum") })
            {
                if (name.Length == 0 && text.Length == 0)
                {
                    continue;
                }
                c.Draw(name, label, size);
                c.Draw(text, value, size);
                c.Advance(name.Length == 0 || town.Length > 0 && name == "Anschrift" ? 14 : 22);
            }
            c.Advance(14);
            c.Draw("Berufserfahrung", label, 13, bold: true);
            c.Advance(20);
            c.Draw("04/2020 – 09/2022", label, size);
            c.Draw("Gärtnerin bei der Baumschule Hedeby", value, size);
            c.Advance(28);
            c.Draw("Schulbildung", label, 13, bold: true);
            c.Advance(20);
            c.Draw("08/2009 – 06/2018", label, size);
            c.Draw("Gymnasium am Mühlenteich", value, size);
            c.Advance(14);
            c.Draw("Abschluss: Abitur", value, size);
        }
        var resume = Read(document.ToBytes());

        Assert.Equal("Flensburg", resume.Basics.Location?.City);
    }
}
