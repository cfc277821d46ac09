using PdfSharp.Pdf;
using Resume.Fixtures;
using static Resume.Parsing.Tests.Parsing;

namespace Resume.Parsing.Tests;

/// <summary>
/// A Lebenslauf (and a French, Spanish or Italian CV) opens with a small form of personal details, a bold label cell
/// beside each value ("Geburtsort  Mainz", "Familienstand  ledig"): facts about the person in any language, never skills.
/// </summary>
public sealed class EuropeanPersonalDetailsTests
{
    [Theory]
    [InlineData("Persönliche Daten", "Geburtsdatum", "Geburtsort", "Staatsangehörigkeit", "Familienstand", "Kenntnisse")]
    [InlineData("Informations personnelles", "Date de naissance", "Lieu de naissance", "Nationalité", "Situation familiale", "Compétences")]
    [InlineData("Datos personales", "Fecha de nacimiento", "Lugar de nacimiento", "Nacionalidad", "Estado civil", "Habilidades")]
    [InlineData("Dati personali", "Data di nascita", "Luogo di nascita", "Nazionalità", "Stato civile", "Competenze")]
    public void A_form_of_personal_details_gives_no_skills(string heading, string born, string place, string nationality, string status, string skills)
    {
        const double left = 60, value = 200;
        using var document = new PdfDocument();
        using (var c = new PdfCanvas(document))
        {
            c.Draw("Oskar Wendelin Brauer", left, 18, bold: true);
            c.Advance(22);
            c.Draw("Lindenweg 4, 79100 Freiburg – oskar.brauer@example.de", left, 10);
            c.Advance(30);
            c.Draw(heading, left, 15);
            c.Advance(22);
            foreach (var (label, text) in new[] { (born, "14.10.1998"), (place, "Mainz"), (nationality, "Deutsch"), (status, "ledig") })
            {
                c.Draw(label, left, 11, bold: true);
                c.Draw(text, value, 11);
                c.Advance(18);
            }
            c.Advance(20);
            c.Draw(skills, left, 15);
            c.Advance(22);
            c.Draw("EDV", left, 11, bold: true);
            c.Draw("Excel, Gimp, Python", value, 11);
            c.Advance(18);
        }
        var resume = Read(document.ToBytes());

        var keywords = resume.Keywords();
        Assert.Contains("Python", keywords);
        Assert.DoesNotContain(keywords, k => k is "Mainz" or "ledig" or "Deutsch" || k == place || k == status);
    }
}
